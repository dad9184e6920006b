//! Which language the customer writes, for the outgoing translation: what their recent
//! incoming translations say they wrote, else what a detector finds in their latest
//! messages, else their profile. The languages offered to choose from are named in their
//! own language (an endonym reads right whatever the agent's UI language).

use switchboard_protocol::{Author, Content, DetectedLanguage, Message};

/// The languages the composer offers, named in their own language.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("ar", "العربية"),
    ("de", "Deutsch"),
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("it", "Italiano"),
    ("ja", "日本語"),
    ("nl", "Nederlands"),
    ("pl", "Polski"),
    ("pt", "Português"),
    ("ru", "Русский"),
    ("tr", "Türkçe"),
    ("uk", "Українська"),
    ("zh", "中文"),
];

/// How many of the customer's latest messages the detector reads.
pub const DETECT_MESSAGES: usize = 3;

/// Below this confidence a detected language is not taken as a guess.
pub const MIN_CONFIDENCE: f32 = 0.5;

/// Longest text sent to the detector, in characters (the server's limit).
const MAX_DETECT_CHARS: usize = switchboard_protocol::SendMessage::MAX_CHARS;

/// The primary subtag of a BCP 47 tag, lowercased (`"pt-BR"` → `"pt"`).
pub fn primary(tag: &str) -> String {
    tag.trim()
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_lowercase()
}

/// A language's own name, or its code in capitals when the list does not have it.
pub fn name(tag: &str) -> String {
    let p = primary(tag);
    LANGUAGES
        .iter()
        .find(|(t, _)| *t == p)
        .map_or_else(|| tag.to_uppercase(), |(_, n)| (*n).to_owned())
}

/// The language the customer wrote their latest translated message in (messages oldest
/// first, as a log holds them).
pub fn from_translations<'a>(
    messages: impl DoubleEndedIterator<Item = &'a Message>,
) -> Option<String> {
    messages
        .rev()
        .filter(|m| m.author == Author::Contact)
        .find_map(|m| m.translation.as_ref())
        .map(|t| primary(&t.content_language))
        .filter(|l| !l.is_empty())
}

/// The customer's latest text messages (messages oldest first), for the detector: `None`
/// when they wrote no text.
pub fn detection_text<'a>(
    messages: impl DoubleEndedIterator<Item = &'a Message>,
) -> Option<String> {
    let mut said: Vec<&str> = messages
        .rev()
        .filter(|m| m.author == Author::Contact)
        .filter_map(|m| match &m.content {
            Content::Text { text } if !text.trim().is_empty() => Some(text.trim()),
            _ => None,
        })
        .take(DETECT_MESSAGES)
        .collect();
    said.reverse();
    let text: String = said.join("\n").chars().take(MAX_DETECT_CHARS).collect();
    (!text.is_empty()).then_some(text)
}

/// A detector's answer as a guess: `None` when undetermined or unsure.
pub fn accept(d: &DetectedLanguage) -> Option<String> {
    let l = primary(&d.language);
    (!l.is_empty() && l != "und" && d.confidence >= MIN_CONFIDENCE).then_some(l)
}

/// The language to preselect for a translation: the first known of what the customer's
/// translations say, what the detector found, and their profile — unless it is the
/// agent's own language (then there is nothing to translate, and the agent chooses).
pub fn preselect(
    from_translations: Option<&str>,
    detected: Option<&str>,
    profile: Option<&str>,
    agent: &str,
) -> Option<String> {
    [from_translations, detected, profile]
        .into_iter()
        .flatten()
        .map(primary)
        .find(|l| !l.is_empty())
        .filter(|l| *l != primary(agent))
}

/// The languages to offer: the list, with `extra` (a guess the list lacks) first.
pub fn offered(extra: Option<&str>) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = LANGUAGES
        .iter()
        .map(|(t, n)| ((*t).to_owned(), (*n).to_owned()))
        .collect();
    if let Some(e) = extra.map(primary).filter(|e| !e.is_empty()) {
        if !v.iter().any(|(t, _)| *t == e) {
            v.insert(0, (e.clone(), e.to_uppercase()));
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;
    use switchboard_protocol::{
        AgentId, ConversationId, DeliveryStatus, MessageId, MessageTranslation, Visibility,
    };

    fn msg(author: Author, text: &str, translated_from: Option<&str>) -> Message {
        Message {
            id: MessageId(1),
            conversation_id: ConversationId(1),
            client_id: None,
            author,
            visibility: Visibility::Public,
            content: Content::Text { text: text.into() },
            created_at: Utc::now(),
            status: DeliveryStatus::default(),
            channel: None,
            attachments: Vec::new(),
            reply_to: None,
            translation: translated_from.map(|l| MessageTranslation {
                text: "in English".into(),
                language: "en".into(),
                content_language: l.into(),
            }),
            mentions: Vec::new(),
        }
    }

    fn agent() -> Author {
        Author::Agent {
            id: AgentId(1),
            name: "Alex".into(),
        }
    }

    #[test]
    fn the_latest_incoming_translation_tells_the_language() {
        let log = [
            msg(Author::Contact, "Hola", Some("es")),
            msg(Author::Contact, "Bonjour", Some("fr-CA")),
            msg(agent(), "Hello", Some("de")),
            msg(Author::Contact, "merci", None),
        ];
        assert_eq!(from_translations(log.iter()).as_deref(), Some("fr"));
        assert_eq!(from_translations(log[2..].iter()), None);
    }

    #[test]
    fn the_detector_reads_the_customer_s_last_three_texts_in_order() {
        let log = [
            msg(Author::Contact, "one", None),
            msg(Author::Contact, "two", None),
            msg(agent(), "not mine", None),
            msg(Author::Contact, "  ", None),
            msg(Author::Contact, "three", None),
            msg(Author::Contact, "four", None),
        ];
        assert_eq!(
            detection_text(log.iter()).as_deref(),
            Some("two\nthree\nfour")
        );
        assert_eq!(detection_text(log[2..3].iter()), None);
    }

    #[test]
    fn unsure_or_undetermined_detections_are_not_guesses() {
        let d = |l: &str, c| DetectedLanguage {
            language: l.into(),
            confidence: c,
        };
        assert_eq!(accept(&d("uk", 0.9)).as_deref(), Some("uk"));
        assert_eq!(accept(&d("pt-BR", 0.5)).as_deref(), Some("pt"));
        assert_eq!(accept(&d("uk", 0.2)), None);
        assert_eq!(accept(&d("und", 1.0)), None);
    }

    #[test]
    fn preselection_prefers_what_the_customer_wrote_and_never_the_agent_s_language() {
        assert_eq!(
            preselect(Some("fr"), Some("es"), Some("de"), "en").as_deref(),
            Some("fr")
        );
        assert_eq!(
            preselect(None, Some("es"), Some("de"), "en").as_deref(),
            Some("es")
        );
        assert_eq!(
            preselect(None, None, Some("de-AT"), "en").as_deref(),
            Some("de")
        );
        assert_eq!(preselect(None, Some("en"), Some("de"), "en-GB"), None);
        assert_eq!(preselect(None, None, None, "en"), None);
    }

    #[test]
    fn languages_are_named_in_their_own_language() {
        assert_eq!(name("uk"), "Українська");
        assert_eq!(name("fr-CA"), "Français");
        assert_eq!(name("sw"), "SW");
        assert_eq!(offered(Some("sw"))[0], ("sw".into(), "SW".into()));
        assert_eq!(offered(Some("fr")).len(), LANGUAGES.len());
    }
}
