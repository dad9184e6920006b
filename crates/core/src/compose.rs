//! What the composer checks before a message goes into the outbox: the same rules the
//! server applies, so a message the server would refuse never leaves the editor.

use crate::drafts::Draft;
use crate::outbox::PendingMessage;
use chrono::{DateTime, Utc};
use switchboard_protocol::{Channel, ClientMsgId, ConversationId, Visibility};

/// Why a draft cannot be sent yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ComposeProblem {
    /// Nothing but white space.
    Empty,
    /// Longer than the channel accepts.
    TooLong {
        /// How many characters too many.
        over: usize,
        /// The channel's limit.
        limit: usize,
    },
    /// A reply quoting a message, on a network that cannot show quotes.
    QuoteNotSupported(Channel),
    /// A reply on a network whose workspace account is disconnected (named here).
    Disconnected(String),
}

/// Why a reply on `channel` cannot go out from conversation `c` now: the workspace's
/// account there is disconnected (the server refuses such a reply; a note, or a reply on
/// another of the contact's channels, still goes). `None` when nothing stands in the way.
pub fn disconnected(
    c: &switchboard_protocol::ConversationSummary,
    channel: Channel,
    visibility: Visibility,
) -> Option<ComposeProblem> {
    let account = c.business_account.as_ref()?;
    (visibility == Visibility::Public && channel == c.channel && !account.connected).then(|| {
        ComposeProblem::Disconnected(
            crate::header::business_label(account).unwrap_or_else(|| channel.as_str().to_owned()),
        )
    })
}

/// The longest text a message may have: the channel's limit for a reply, the server's
/// general limit for an internal note (notes never reach the network).
pub fn limit(channel: Channel, visibility: Visibility) -> usize {
    match visibility {
        Visibility::Public => channel.max_text_chars(),
        Visibility::Internal => switchboard_protocol::SendMessage::MAX_CHARS,
    }
}

/// The text to send (trimmed), or why it cannot be sent.
pub fn check(
    text: &str,
    channel: Channel,
    visibility: Visibility,
) -> Result<String, ComposeProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ComposeProblem::Empty);
    }
    let limit = limit(channel, visibility);
    let count = text.chars().count();
    if count > limit {
        return Err(ComposeProblem::TooLong {
            over: count - limit,
            limit,
        });
    }
    Ok(text.to_owned())
}

/// The pending message a draft becomes when the agent presses Send, or why it cannot be
/// sent. A message needs text, a file or a template; its text must fit the channel it
/// goes out on (the draft's choice, else the conversation's). A note never reaches a
/// network, so the channel and subject are dropped from it.
pub fn prepare(
    draft: &Draft,
    conversation: ConversationId,
    conversation_channel: Channel,
    visibility: Visibility,
    client_id: ClientMsgId,
    now: DateTime<Utc>,
) -> Result<PendingMessage, ComposeProblem> {
    let public = visibility == Visibility::Public;
    let channel = draft
        .channel
        .filter(|_| public)
        .unwrap_or(conversation_channel);
    let text = match check(&draft.text, channel, visibility) {
        Ok(text) => text,
        Err(ComposeProblem::Empty) if !draft.files.is_empty() || draft.template.is_some() => {
            String::new()
        }
        Err(e) => return Err(e),
    };
    if public && draft.reply_to.is_some() && !channel.supports_reply() {
        return Err(ComposeProblem::QuoteNotSupported(channel));
    }
    let mut p = PendingMessage::new(client_id, conversation, text, visibility, now);
    p.reply_to = draft.reply_to.clone();
    p.files = draft.files.clone();
    if public {
        p.channel = draft.channel;
        p.subject = draft.subject.clone().filter(|s| !s.trim().is_empty());
        p.template = draft.template.clone();
    }
    Ok(p)
}

/// Whether the length counter should show: past nine tenths of the limit.
pub fn show_counter(chars: usize, limit: usize) -> bool {
    chars > limit * 9 / 10
}

#[cfg(test)]
mod tests {
    use super::*;
    use switchboard_protocol::{AttachmentKind, Upload, UploadId};

    fn file() -> Upload {
        Upload {
            id: UploadId(1),
            name: "invoice.pdf".into(),
            size: 2048,
            mime: "application/pdf".into(),
            kind: AttachmentKind::File,
            url: "/api/uploads/u1".into(),
        }
    }

    fn prep(d: &Draft, v: Visibility) -> Result<PendingMessage, ComposeProblem> {
        prepare(
            d,
            ConversationId(4),
            Channel::Instagram,
            v,
            ClientMsgId("c".into()),
            Utc::now(),
        )
    }

    #[test]
    fn a_draft_needs_text_a_file_or_a_template() {
        assert_eq!(
            prep(&Draft::text("  "), Visibility::Public),
            Err(ComposeProblem::Empty)
        );
        let with_file = Draft {
            files: vec![file()],
            ..Draft::default()
        };
        let p = prep(&with_file, Visibility::Public).unwrap();
        assert_eq!(p.text, "");
        assert_eq!(p.request().attachments, vec![UploadId(1)]);
    }

    #[test]
    fn the_chosen_channel_sets_the_limit_and_notes_drop_channel_and_subject() {
        let long = Draft {
            text: "a".repeat(1500),
            channel: Some(Channel::Email),
            subject: Some("Re: invoice".into()),
            ..Draft::default()
        };
        let p = prep(&long, Visibility::Public).unwrap();
        assert_eq!(p.request().channel, Some(Channel::Email));
        assert_eq!(p.request().subject.as_deref(), Some("Re: invoice"));
        let on_instagram = Draft {
            channel: None,
            ..long.clone()
        };
        assert!(matches!(
            prep(&on_instagram, Visibility::Public),
            Err(ComposeProblem::TooLong { limit: 1000, .. })
        ));
        let note = prep(&long, Visibility::Internal).unwrap();
        assert_eq!((note.channel, note.subject), (None, None));
    }

    #[test]
    fn a_disconnected_account_stops_replies_on_its_network_only() {
        let mut c: switchboard_protocol::ConversationSummary =
            serde_json::from_value(serde_json::json!({
                "id": 5, "contact": {"id": 1, "name": "Luca"}, "channel": "facebook",
                "status": "open", "last_activity_at": "2026-11-21T10:00:00Z",
                "business_account": {"name": "Demo Store", "address": "fb.com/demo", "connected": false}
            }))
            .unwrap();
        assert_eq!(
            disconnected(&c, Channel::Facebook, Visibility::Public),
            Some(ComposeProblem::Disconnected(
                "Demo Store (fb.com/demo)".into()
            ))
        );
        assert_eq!(
            disconnected(&c, Channel::Facebook, Visibility::Internal),
            None
        );
        assert_eq!(disconnected(&c, Channel::Email, Visibility::Public), None);
        c.business_account.as_mut().unwrap().connected = true;
        assert_eq!(
            disconnected(&c, Channel::Facebook, Visibility::Public),
            None
        );
    }

    #[test]
    fn a_quote_goes_out_only_where_the_network_shows_quotes_but_always_in_a_note() {
        let quoting = Draft {
            text: "It shipped".into(),
            reply_to: Some(switchboard_protocol::ReplyRef {
                id: switchboard_protocol::MessageId(7),
                author: switchboard_protocol::Author::Contact,
                excerpt: "Where is it?".into(),
            }),
            ..Draft::default()
        };
        assert_eq!(
            prep(&quoting, Visibility::Public),
            Err(ComposeProblem::QuoteNotSupported(Channel::Instagram))
        );
        assert!(prep(&quoting, Visibility::Internal).is_ok());
        let on_telegram = Draft {
            channel: Some(Channel::Telegram),
            ..quoting
        };
        let p = prep(&on_telegram, Visibility::Public).unwrap();
        assert_eq!(
            p.request().reply_to,
            Some(switchboard_protocol::MessageId(7))
        );
    }

    #[test]
    fn empty_and_white_space_are_refused() {
        for t in ["", "  ", "\n\t "] {
            assert_eq!(
                check(t, Channel::Telegram, Visibility::Public),
                Err(ComposeProblem::Empty)
            );
        }
        assert_eq!(
            check("  hi \n", Channel::Telegram, Visibility::Public).as_deref(),
            Ok("hi")
        );
    }

    #[test]
    fn the_channel_decides_the_limit_for_replies_not_for_notes() {
        let long = "я".repeat(1001);
        assert_eq!(
            check(&long, Channel::Instagram, Visibility::Public),
            Err(ComposeProblem::TooLong {
                over: 1,
                limit: 1000
            })
        );
        assert!(
            check(&long, Channel::Instagram, Visibility::Internal).is_ok(),
            "notes stay inside"
        );
        assert!(check(&long, Channel::Telegram, Visibility::Public).is_ok());
        assert!(
            check(&"a".repeat(1000), Channel::Instagram, Visibility::Public).is_ok(),
            "the edge is allowed"
        );
    }

    #[test]
    fn the_counter_shows_near_the_limit() {
        assert!(!show_counter(900, 1000));
        assert!(show_counter(901, 1000));
    }
}
