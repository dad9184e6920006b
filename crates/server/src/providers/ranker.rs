//! Okapi BM25 over short texts (canned replies, templates, earlier agent replies).
//!
//! Tokens: maximal runs of Unicode letters and digits, lowercased with Unicode rules, then
//! cut to their first [`STEM`] characters, a crude but language-neutral stemmer that joins
//! "refund"/"refunds" and "повернення"/"повернути". No stop-word list: IDF already makes
//! frequent words weigh little. IDF is the non-negative Lucene form
//! `ln(1 + (N - df + 0.5) / (df + 0.5))`.

use std::collections::HashMap;

/// Term-frequency saturation.
pub const K1: f64 = 1.2;
/// Length normalisation.
pub const B: f64 = 0.75;
/// Characters kept of each token.
pub const STEM: usize = 6;

/// The tokens of a text.
pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(|t| t.to_lowercase().chars().take(STEM).collect())
        .collect()
}

/// An index over a fixed list of documents.
pub struct Bm25 {
    docs: Vec<HashMap<String, u32>>,
    lengths: Vec<f64>,
    df: HashMap<String, u32>,
    avgdl: f64,
}

impl Bm25 {
    /// Indexes `docs` (their order gives the ids used by [`Bm25::rank`]).
    pub fn new<S: AsRef<str>>(docs: &[S]) -> Self {
        let mut df: HashMap<String, u32> = HashMap::new();
        let mut tfs = Vec::with_capacity(docs.len());
        let mut lengths = Vec::with_capacity(docs.len());
        for doc in docs {
            let tokens = tokenize(doc.as_ref());
            lengths.push(tokens.len() as f64);
            let mut tf: HashMap<String, u32> = HashMap::new();
            for t in tokens {
                *tf.entry(t).or_default() += 1;
            }
            for t in tf.keys() {
                *df.entry(t.clone()).or_default() += 1;
            }
            tfs.push(tf);
        }
        let total: f64 = lengths.iter().sum();
        let avgdl = if docs.is_empty() {
            1.0
        } else {
            (total / docs.len() as f64).max(1.0)
        };
        Self {
            docs: tfs,
            lengths,
            df,
            avgdl,
        }
    }

    fn idf(&self, term: &str) -> f64 {
        let n = self.docs.len() as f64;
        let df = f64::from(self.df.get(term).copied().unwrap_or(0));
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// The BM25 score of document `doc` for the (distinct) query terms.
    fn score(&self, terms: &[String], doc: usize) -> f64 {
        let tf = &self.docs[doc];
        let norm = K1 * (1.0 - B + B * self.lengths[doc] / self.avgdl);
        terms
            .iter()
            .filter_map(|t| tf.get(t).map(|&f| (t, f64::from(f))))
            .map(|(t, f)| self.idf(t) * f * (K1 + 1.0) / (f + norm))
            .sum()
    }

    /// Documents sharing a term with `query`, best first; equal scores keep index order.
    pub fn rank(&self, query: &str) -> Vec<(usize, f64)> {
        let mut terms = tokenize(query);
        terms.sort();
        terms.dedup();
        let mut hits: Vec<(usize, f64)> = (0..self.docs.len())
            .map(|d| (d, self.score(&terms, d)))
            .filter(|(_, s)| *s > 0.0)
            .collect();
        hits.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(docs: &[&str], query: &str) -> Vec<usize> {
        Bm25::new(docs)
            .rank(query)
            .into_iter()
            .map(|(i, _)| i)
            .collect()
    }

    #[test]
    fn tokens_are_unicode_lowercase_stems() {
        assert_eq!(tokenize("Refunds, REFUND!"), ["refund", "refund"]);
        assert_eq!(tokenize("ПОВЕРНЕННЯ коштів"), ["поверн", "коштів"]);
        assert_eq!(tokenize("Straße 12"), ["straße", "12"]);
    }

    #[test]
    fn refund_query_ranks_refund_reply_first() {
        let docs = [
            "Your parcel is on its way, delivery takes 3 to 5 days.",
            "We have issued a refund, the money will be back on your card in 5 days.",
        ];
        assert_eq!(order(&docs, "I want a refund, where is my money?"), [1, 0]);
        assert_eq!(order(&docs, "when does delivery of my parcel happen"), [0]);
    }

    #[test]
    fn rare_terms_weigh_more() {
        // "order" is in every document, "invoice" in one: IDF makes the rare term decide.
        let docs = [
            "your order your order your order",
            "your order invoice",
            "your order status",
        ];
        assert_eq!(order(&docs, "order invoice")[0], 1);
        let index = Bm25::new(&docs);
        assert!(index.idf("invoic") > index.idf("order"));
    }

    #[test]
    fn shorter_documents_win_at_equal_counts() {
        let docs = [
            "refund policy and many other unrelated words about shipping and boxes",
            "refund policy",
        ];
        assert_eq!(order(&docs, "refund"), [1, 0]);
    }

    #[test]
    fn ties_keep_index_order_and_misses_are_dropped() {
        let docs = ["hello there", "nothing", "hello there"];
        assert_eq!(order(&docs, "hello"), [0, 2]);
        assert!(order(&docs, "zebra").is_empty());
        assert!(Bm25::new::<&str>(&[]).rank("x").is_empty());
    }

    #[test]
    fn term_frequency_saturates() {
        let docs = [
            "refund refund refund refund refund refund",
            "refund money back",
        ];
        let ranked = Bm25::new(&docs).rank("refund money");
        assert_eq!(ranked[0].0, 1, "{ranked:?}");
    }
}
