//! Choosing a template in the composer: which templates are offered, and what choosing
//! one does to the draft.
//!
//! Two kinds, as the server treats them (`crates/server/src/db/compose.rs`):
//! - a canned reply (not approved, no numbered parameters) becomes the agent's own text:
//!   its variables filled in here, its files added to the draft's files, all editable;
//! - an approved template, or one with numbered parameters `{{1}}`, goes as a
//!   [`TemplateUse`]: the server sends its text, filled with the parameters the agent
//!   types, exactly as the network approved it, and attaches its files itself.
//!
//! After a channel's messaging window has closed only approved templates may be sent, so
//! only they are offered then.

use crate::variables::{fill, Filled, Values};
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
use switchboard_protocol::{
    Attachment, Channel, ConversationSummary, Template, TemplateUse, Upload,
};

/// Whether choosing `t` makes the message a template ([`TemplateUse`]) rather than text.
pub fn sent_as_template(t: &Template) -> bool {
    t.approved || !t.params.is_empty()
}

/// Whether the messaging window is closed for a public message on `channel` at `now`,
/// in a conversation on `conversation_channel` whose window closes at `closes_at`. Only
/// the conversation's own channel's window is known here (the server keeps one per
/// channel); another channel is left to the server to judge.
pub fn window_closed(
    closes_at: Option<DateTime<Utc>>,
    conversation_channel: Channel,
    channel: Channel,
    now: DateTime<Utc>,
) -> bool {
    channel == conversation_channel
        && channel.has_messaging_window()
        && closes_at.is_some_and(|at| at <= now)
}

/// Whether conversation `c`'s messaging window is closed for a public message on
/// `channel` at `now` (see [`window_closed`]).
pub fn conversation_window_closed(
    c: &ConversationSummary,
    channel: Channel,
    now: DateTime<Utc>,
) -> bool {
    window_closed(c.window_closes_at, c.channel, channel, now)
}

/// What the list offers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Offer {
    /// The window has closed: approved templates only.
    pub approved_only: bool,
    /// Writing a note: text only (a note never goes out as a template).
    pub note: bool,
}

/// The templates offered for `query` (name or text contains it, any case), names that
/// start with it first, in the server's order otherwise.
pub fn offered<'a>(all: &'a [Template], query: &str, offer: Offer) -> Vec<&'a Template> {
    let q = query.trim().to_lowercase();
    let mut hits: Vec<(u8, &Template)> = all
        .iter()
        .filter(|t| !offer.approved_only || t.approved)
        .filter(|t| !offer.note || !sent_as_template(t))
        .filter_map(|t| {
            let name = t.name.to_lowercase();
            let rank = if name.starts_with(&q) {
                0
            } else if name.contains(&q) {
                1
            } else if t.text.to_lowercase().contains(&q) {
                2
            } else {
                return None;
            };
            Some((rank, t))
        })
        .collect();
    hits.sort_by_key(|(rank, _)| *rank);
    hits.into_iter().map(|(_, t)| t).collect()
}

/// A template's file as an upload the draft can carry (same id: the server attaches it
/// like any uploaded file).
pub fn upload_of(a: &Attachment) -> Upload {
    Upload {
        id: a.id,
        name: a.name.clone(),
        size: a.size,
        mime: a.mime.clone(),
        kind: a.kind,
        url: a.url.clone(),
    }
}

/// What choosing a template does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Insert this text at the caret (variables filled; the missing ones stay, named)
    /// and add these files to the draft.
    Text {
        /// The text, filled.
        filled: Filled,
        /// Its files.
        files: Vec<Upload>,
    },
    /// Send as this template (the agent fills its parameters).
    Template(TemplateUse),
}

/// What choosing `t` does, with this conversation's `values`.
pub fn choose(t: &Template, values: &Values) -> Choice {
    if sent_as_template(t) {
        Choice::Template(TemplateUse {
            template_id: t.id,
            params: BTreeMap::new(),
        })
    } else {
        Choice::Text {
            filled: fill(&t.text, values, &BTreeMap::new()),
            files: t.attachments.iter().map(upload_of).collect(),
        }
    }
}

/// `t`'s text as it will read: variables and the parameters typed so far filled in, a
/// parameter not typed yet shown by its name in brackets (`[order number]`).
pub fn preview(t: &Template, values: &Values, params: &BTreeMap<String, String>) -> Filled {
    let mut shown = params.clone();
    for (i, name) in t.params.iter().enumerate() {
        let n = (i + 1).to_string();
        if shown.get(&n).is_none_or(|v| v.trim().is_empty()) {
            shown.insert(n, format!("[{name}]"));
        }
    }
    fill(&t.text, values, &shown)
}

/// The number (1-based) of the first parameter of `t` without a value in `params`.
pub fn first_missing_param(t: &Template, params: &BTreeMap<String, String>) -> Option<usize> {
    (1..=t.params.len()).find(|n| {
        params
            .get(&n.to_string())
            .is_none_or(|v| v.trim().is_empty())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;
    use switchboard_protocol::{AttachmentKind, TemplateId, UploadId};

    fn template(id: i64, name: &str, text: &str, approved: bool, params: &[&str]) -> Template {
        Template {
            id: TemplateId(id),
            name: name.into(),
            text: text.into(),
            attachments: Vec::new(),
            channels: Vec::new(),
            approved,
            params: params.iter().map(|p| (*p).into()).collect(),
            language: None,
        }
    }

    fn all() -> Vec<Template> {
        vec![
            template(1, "Greeting", "Hi {{contact.first_name}}", false, &[]),
            template(
                2,
                "Price list",
                "Our prices, {{contact.first_name}}",
                false,
                &[],
            ),
            template(
                3,
                "order_update",
                "Order {{1}} arrives {{2}}",
                true,
                &["order number", "delivery date"],
            ),
            template(4, "follow_up", "Any news? Reply to continue.", true, &[]),
            template(5, "Reprice", "A greeting price", false, &[]),
        ]
    }

    fn names(v: Vec<&Template>) -> Vec<&str> {
        v.into_iter().map(|t| t.name.as_str()).collect()
    }

    #[test]
    fn the_list_filters_by_name_then_text_names_first() {
        let all = all();
        assert_eq!(
            names(offered(&all, "price", Offer::default())),
            ["Price list", "Reprice"]
        );
        assert_eq!(
            names(offered(&all, "GREET", Offer::default())),
            ["Greeting", "Reprice"]
        );
        assert_eq!(offered(&all, "", Offer::default()).len(), 5);
    }

    #[test]
    fn a_closed_window_offers_approved_templates_only() {
        let all = all();
        let closed = Offer {
            approved_only: true,
            note: false,
        };
        assert_eq!(
            names(offered(&all, "", closed)),
            ["order_update", "follow_up"]
        );
    }

    #[test]
    fn a_note_offers_text_only() {
        let all = all();
        let note = Offer {
            approved_only: false,
            note: true,
        };
        assert_eq!(
            names(offered(&all, "", note)),
            ["Greeting", "Price list", "Reprice"]
        );
    }

    #[test]
    fn a_canned_reply_becomes_text_with_its_files() {
        let mut t = template(
            2,
            "Price list",
            "Prices for {{contact.first_name}} {{x.y}}",
            false,
            &[],
        );
        t.attachments.push(Attachment {
            id: UploadId(9),
            name: "price-list.pdf".into(),
            size: 10,
            mime: "application/pdf".into(),
            kind: AttachmentKind::File,
            url: "/u/9".into(),
            duration_ms: None,
        });
        let values = Values::new("Anna Schmidt", None, None, None);
        match choose(&t, &values) {
            Choice::Text { filled, files } => {
                assert_eq!(filled.text, "Prices for Anna {{x.y}}");
                assert_eq!(filled.missing, ["x.y"]);
                assert_eq!(files.len(), 1);
                assert_eq!(
                    (files[0].id, files[0].name.as_str()),
                    (UploadId(9), "price-list.pdf")
                );
            }
            other => panic!("text expected, got {other:?}"),
        }
    }

    #[test]
    fn an_approved_template_or_one_with_parameters_goes_as_a_template() {
        let all = all();
        for t in [&all[2], &all[3]] {
            assert_eq!(
                choose(t, &Values::default()),
                Choice::Template(TemplateUse {
                    template_id: t.id,
                    params: BTreeMap::new()
                })
            );
        }
        let unapproved_with_params = template(6, "x", "{{1}}", false, &["n"]);
        assert!(sent_as_template(&unapproved_with_params));
    }

    #[test]
    fn the_preview_names_parameters_not_typed_yet() {
        let t = &all()[2];
        let params = BTreeMap::from([("1".to_owned(), "48213".to_owned())]);
        let p = preview(t, &Values::default(), &params);
        assert_eq!(p.text, "Order 48213 arrives [delivery date]");
        assert!(p.missing.is_empty());
        assert_eq!(first_missing_param(t, &params), Some(2));
        let full = BTreeMap::from([
            ("1".to_owned(), "48213".to_owned()),
            ("2".to_owned(), "12 May".to_owned()),
        ]);
        assert_eq!(first_missing_param(t, &full), None);
    }

    #[test]
    fn the_window_is_known_for_the_conversations_own_channel_only() {
        let json = serde_json::json!({
            "id": 1, "contact": {"id": 1, "name": "A"}, "channel": "whatsapp",
            "status": "open", "unread_count": 0, "last_activity_at": "2026-11-21T10:00:00Z",
            "window_closes_at": "2026-11-21T09:00:00Z"
        });
        let c: ConversationSummary = serde_json::from_value(json).unwrap();
        let now = c.window_closes_at.unwrap() + Duration::minutes(1);
        assert!(conversation_window_closed(&c, Channel::Whatsapp, now));
        assert!(!conversation_window_closed(
            &c,
            Channel::Whatsapp,
            now - Duration::hours(1)
        ));
        assert!(
            !conversation_window_closed(&c, Channel::Viber, now),
            "another channel's window"
        );
        let mut email = c.clone();
        email.channel = Channel::Email;
        assert!(
            !conversation_window_closed(&email, Channel::Email, now),
            "email has no window"
        );
    }
}
