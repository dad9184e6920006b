//! Reply suggestions: from the chat model when one is configured, else from the offline
//! BM25 [`Bm25`] ranker over canned replies, templates and earlier agent replies.

use super::canned;
use super::context::{Candidate, Context};
use super::detect::language_name;
use super::openai::ChatMessage;
use super::ranker::Bm25;
use super::Providers;
use crate::error::AppResult;
use switchboard_protocol::{Suggestion, SuggestionSource, Translation};

/// How many suggestions the ranker offers.
pub const TOP: usize = 3;
/// How many of the customer's latest messages make the ranker's query.
pub const QUERY_MESSAGES: usize = 3;

/// A stable id for a suggested text (FNV-1a), so feedback on the same text groups.
pub fn suggestion_id(source: &str, text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    format!("{source}-{h:016x}")
}

/// The conversation as a plain transcript for a model.
pub fn transcript(ctx: &Context) -> String {
    ctx.recent
        .iter()
        .map(|l| {
            let who = if l.from_customer { "Customer" } else { "Agent" };
            format!("{who}: {}", l.text)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The ranker's query: the customer's latest messages.
pub fn query(ctx: &Context) -> String {
    let said: Vec<&str> = ctx
        .recent
        .iter()
        .rev()
        .filter(|l| l.from_customer)
        .take(QUERY_MESSAGES)
        .map(|l| l.text.as_str())
        .collect();
    said.join("\n")
}

/// Up to [`TOP`] distinct suggestions in the agent's language, best first. A canned reply
/// found in any language is offered in the agent's language, with its customer-language
/// variant as translation; other texts are offered only when written in the agent's
/// language (texts in other languages only when nothing else matched).
pub fn offline(ctx: &Context, corpus: &[Candidate]) -> Vec<Suggestion> {
    let query = query(ctx);
    let index = Bm25::new(
        &corpus
            .iter()
            .map(|c| c.indexed.as_str())
            .collect::<Vec<_>>(),
    );
    let agent = ctx.agent_language.as_str();
    let mut items: Vec<Suggestion> = Vec::new();
    let mut foreign: Vec<Suggestion> = Vec::new();
    for (i, _) in index.rank(&query) {
        if items.len() >= TOP {
            break;
        }
        let cand = &corpus[i];
        let suggestion = match cand.group {
            Some(g) => {
                let (lang, text) = match canned::variant(g, agent) {
                    Some(t) => (agent, t),
                    None => ("en", canned::variant(g, "en").unwrap_or(&cand.text)),
                };
                let translation = ctx
                    .foreign_customer_language()
                    .filter(|c| *c != lang)
                    .and_then(|c| canned::variant(g, c).map(|t| (c, t)))
                    .map(|(c, t)| Translation {
                        text: t.to_owned(),
                        source_language: lang.to_owned(),
                        target_language: c.to_owned(),
                    });
                (true, text.to_owned(), translation)
            }
            None => {
                let mine = cand.language.as_deref().is_none_or(|l| l == agent);
                (mine, cand.text.clone(), None)
            }
        };
        let (mine, text, translation) = suggestion;
        if items.iter().chain(&foreign).any(|s| s.text == text) {
            continue;
        }
        let s = Suggestion {
            id: suggestion_id("ranker", &text),
            text,
            translation,
            source: SuggestionSource::Ranker,
        };
        if mine {
            items.push(s);
        } else {
            foreign.push(s);
        }
    }
    if items.is_empty() {
        foreign.truncate(TOP);
        return foreign;
    }
    items
}

/// One suggestion written by the model in the agent's language, translated into the
/// customer's language when it differs (translator if configured, else the model).
pub async fn with_model(providers: &Providers, ctx: &Context) -> AppResult<Vec<Suggestion>> {
    let ai = providers.ai()?;
    let customer = ctx
        .customer_language
        .as_deref()
        .map_or("an unknown language".to_owned(), language_name);
    let system = format!(
        "You help a customer-support agent answer a customer. Write the one reply the agent \
         should send next, in {}. The customer writes in {customer}. Be concise, polite and \
         concrete; never invent order numbers, prices or policies. Answer with the reply \
         text only, without quotes.",
        language_name(&ctx.agent_language)
    );
    let text = ai
        .chat(&[
            ChatMessage::system(system),
            ChatMessage::user(transcript(ctx)),
        ])
        .await?;
    let translation = match ctx.foreign_customer_language() {
        Some(c) => Some(
            providers
                .translate_any(&text, Some(&ctx.agent_language), c)
                .await?,
        ),
        None => None,
    };
    Ok(vec![Suggestion {
        id: suggestion_id("llm", &text),
        text,
        translation,
        source: SuggestionSource::Llm,
    }])
}

#[cfg(test)]
mod tests {
    use super::super::context::Line;
    use super::*;

    fn ctx(agent: &str, customer: Option<&str>, said: &[&str]) -> Context {
        Context {
            agent_language: agent.into(),
            customer_language: customer.map(Into::into),
            recent: said
                .iter()
                .map(|t| Line {
                    from_customer: true,
                    text: (*t).into(),
                })
                .collect(),
        }
    }

    fn reply(text: &str, language: &str) -> Candidate {
        Candidate {
            indexed: text.into(),
            text: text.into(),
            language: Some(language.into()),
            group: None,
        }
    }

    #[test]
    fn ukrainian_refund_question_gets_english_refund_reply_with_translation() {
        let c = ctx("en", Some("uk"), &["Хочу повернення коштів за замовлення"]);
        let out = offline(&c, &[]);
        assert!(out.is_empty(), "no corpus, no suggestion");
        let corpus = super::super::context::corpus_for_tests();
        let out = offline(&c, &corpus);
        assert!(out[0].text.contains("refund"), "{out:?}");
        let t = out[0].translation.as_ref().unwrap();
        assert_eq!(t.target_language, "uk");
        assert!(t.text.contains("повернення"));
    }

    #[test]
    fn earlier_replies_in_the_agent_language_are_preferred() {
        let corpus = [
            reply("Votre colis arrive demain, livraison express.", "fr"),
            reply("Your parcel arrives tomorrow by express delivery.", "en"),
        ];
        let c = ctx(
            "en",
            None,
            &["where is my parcel? delivery livraison colis"],
        );
        let out = offline(&c, &corpus);
        assert_eq!(out.len(), 1);
        assert!(out[0].text.starts_with("Your parcel"));
        assert_eq!(out[0].source, SuggestionSource::Ranker);
        assert_eq!(out[0].id, suggestion_id("ranker", &out[0].text));
    }
}
