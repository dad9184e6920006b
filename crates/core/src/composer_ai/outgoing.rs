//! The outgoing translation: a reply the agent writes in their language and the customer
//! reads in theirs. The composer shows a preview of what the customer will read; on send
//! the message's text is the translation and `original` keeps what the agent wrote, so
//! the message carries both.
//!
//! Invariant: a message goes out translated only with a translation of exactly the text
//! being sent, into the language chosen ([`Preview::fresh_for`]); otherwise the composer
//! translates first and sends after.

use super::language::primary;
use crate::compose::{self, ComposeProblem};
use crate::drafts::Draft;
use crate::outbox::PendingMessage;
use switchboard_protocol::{Channel, OriginalText, Visibility};

/// A translation of a draft's text, as last fetched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    /// The text translated (trimmed, as it would be sent).
    pub source: String,
    /// The language it was translated into.
    pub target: String,
    /// The translation.
    pub text: String,
}

impl Preview {
    /// Whether this is the translation of `text` into `target` (the draft as it is now).
    pub fn fresh_for(&self, text: &str, target: &str) -> bool {
        self.source == text.trim() && primary(&self.target) == primary(target)
    }
}

/// The language a draft is to be translated into before it goes out: a reply with text,
/// whose chosen language is not the agent's own. `None`: it goes out as written.
pub fn target(draft: &Draft, mode: Visibility, agent_language: &str) -> Option<String> {
    if mode != Visibility::Public || draft.text.trim().is_empty() {
        return None;
    }
    draft
        .translate_to
        .as_deref()
        .map(primary)
        .filter(|t| !t.is_empty() && *t != primary(agent_language))
}

/// A prepared reply turned into what the customer receives: `translation` as its text,
/// the agent's words kept as `original`. Refused when the translation is longer than the
/// channel takes (`channel`: the one it goes out on).
pub fn translated(
    mut pending: PendingMessage,
    translation: &str,
    agent_language: &str,
    target: &str,
    channel: Channel,
) -> Result<PendingMessage, ComposeProblem> {
    let text = compose::check(translation, channel, Visibility::Public)?;
    pending.original = Some(OriginalText {
        text: std::mem::replace(&mut pending.text, text),
        language: primary(agent_language),
        sent_language: primary(target),
    });
    Ok(pending)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;
    use switchboard_protocol::{ClientMsgId, ConversationId};

    fn draft(text: &str, to: Option<&str>) -> Draft {
        Draft {
            text: text.into(),
            translate_to: to.map(Into::into),
            ..Draft::default()
        }
    }

    #[test]
    fn only_replies_with_text_into_another_language_are_translated() {
        let d = draft("Hello", Some("fr-FR"));
        assert_eq!(target(&d, Visibility::Public, "en").as_deref(), Some("fr"));
        assert_eq!(target(&d, Visibility::Internal, "en"), None);
        assert_eq!(
            target(&draft("  ", Some("fr")), Visibility::Public, "en"),
            None
        );
        assert_eq!(target(&draft("Hi", None), Visibility::Public, "en"), None);
        assert_eq!(
            target(&draft("Hi", Some("en")), Visibility::Public, "en-GB"),
            None
        );
    }

    #[test]
    fn a_preview_is_fresh_for_the_same_text_and_language_only() {
        let p = Preview {
            source: "Hello".into(),
            target: "fr".into(),
            text: "Bonjour".into(),
        };
        assert!(p.fresh_for("  Hello\n", "fr"));
        assert!(p.fresh_for("Hello", "fr-CA"));
        assert!(!p.fresh_for("Hello!", "fr"));
        assert!(!p.fresh_for("Hello", "de"));
    }

    #[test]
    fn the_sent_message_is_the_translation_and_keeps_the_agent_s_words() {
        let pending = PendingMessage::new(
            ClientMsgId("c".into()),
            ConversationId(2),
            "Hello".into(),
            Visibility::Public,
            Utc::now(),
        );
        let p = translated(
            pending.clone(),
            " Bonjour ",
            "en-GB",
            "fr",
            Channel::Telegram,
        )
        .unwrap();
        assert_eq!(p.text, "Bonjour");
        let o = p.original.clone().unwrap();
        assert_eq!(
            (
                o.text.as_str(),
                o.language.as_str(),
                o.sent_language.as_str()
            ),
            ("Hello", "en", "fr")
        );
        assert_eq!(p.request().original, Some(o));
        assert!(matches!(
            translated(pending, &"é".repeat(1001), "en", "fr", Channel::Instagram),
            Err(ComposeProblem::TooLong { over: 1, .. })
        ));
    }
}
