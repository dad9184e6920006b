//! The command palette's matching: which entries (actions, views, conversations) answer
//! the typed text, best first.
//!
//! Case and accents do not matter (`Zoé` is found by `zoe`, `Алёна` by `алена`). Every
//! typed word must be found in the entry's label; entries whose label starts with the text
//! come first, then those with a word starting with it, then any other place; entries
//! that rank the same keep the order they were given in (actions before views before
//! conversations, say).

/// `s` lowercased, without accents: what matching compares.
pub fn fold(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).map(base).collect()
}

/// The letter under an accent, for the Latin and Cyrillic letters agents' names use.
fn base(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' | 'ĝ' | 'ġ' | 'ģ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
        'ł' | 'ľ' | 'ĺ' | 'ļ' => 'l',
        'ñ' | 'ń' | 'ň' | 'ņ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' | 'ŕ' => 'r',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'ť' | 'ţ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ё' => 'е',
        'й' => 'и',
        'ї' | 'і' => 'i',
        'ґ' => 'г',
        _ => c,
    }
}

/// How well a label answers the text (lower is better); `None`: it does not.
fn score(label: &str, text: &str, words: &[String]) -> Option<u8> {
    if words.is_empty() {
        return Some(3);
    }
    if !words.iter().all(|w| label.contains(w.as_str())) {
        return None;
    }
    if label.starts_with(text) {
        return Some(0);
    }
    let word_start = label
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.starts_with(words[0].as_str()));
    Some(if word_start { 1 } else { 2 })
}

/// The indexes of the `labels` that answer `query`, best first, at most `limit` of them.
/// An empty query answers every label, in the given order.
pub fn rank<'a>(
    labels: impl IntoIterator<Item = &'a str>,
    query: &str,
    limit: usize,
) -> Vec<usize> {
    let text = fold(query.trim());
    let words: Vec<String> = text.split_whitespace().map(str::to_owned).collect();
    let mut found: Vec<(u8, usize)> = labels
        .into_iter()
        .enumerate()
        .filter_map(|(i, l)| score(&fold(l), &text, &words).map(|s| (s, i)))
        .collect();
    // Stable: equal scores keep the given order.
    found.sort_by_key(|(s, _)| *s);
    found.into_iter().take(limit).map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_and_accents() {
        assert_eq!(fold("Zoé Ærø"), "zoe æro");
        assert_eq!(fold("ÇA VA"), "ca va");
        assert_eq!(fold("Алёна Йовович"), "алена иовович");
        assert_eq!(fold("Łukasz Żółć"), "lukasz zolc");
    }

    #[test]
    fn an_empty_query_keeps_everything_in_order() {
        assert_eq!(rank(["b", "a", "c"], "  ", 10), vec![0, 1, 2]);
        assert_eq!(rank(["b", "a", "c"], "", 2), vec![0, 1]);
    }

    #[test]
    fn prefixes_first_then_word_starts_then_anywhere() {
        let labels = [
            "Unassigned",
            "Assign to me",
            "Close conversation",
            "Reassign",
            "Assign…",
        ];
        assert_eq!(rank(labels, "assign", 10), vec![1, 4, 0, 3]);
        assert_eq!(rank(labels, "ASSIGN TO", 10), vec![1]);
        // Words in any order.
        assert_eq!(rank(labels, "me assign", 10), vec![1]);
        assert_eq!(rank(labels, "conv", 10), vec![2]);
        assert!(rank(labels, "zzz", 10).is_empty());
    }

    #[test]
    fn accents_and_case_do_not_matter_either_way() {
        let labels = ["Zoé Martin", "Renée Lefèvre", "Алёна Петренко"];
        assert_eq!(rank(labels, "zoe", 10), vec![0]);
        assert_eq!(rank(labels, "RENEE", 10), vec![1]);
        assert_eq!(rank(labels, "lefévre", 10), vec![1]);
        assert_eq!(rank(labels, "алена", 10), vec![2]);
    }

    #[test]
    fn equal_matches_keep_the_given_order_and_the_limit_holds() {
        let labels = ["Mine", "Mentions", "Mia Wong", "Mina"];
        assert_eq!(rank(labels, "mi", 10), vec![0, 2, 3]);
        assert_eq!(rank(labels, "m", 2), vec![0, 1]);
    }
}
