//! What the composer checks before a message goes into the outbox: the same rules the
//! server applies, so a message the server would refuse never leaves the editor.
//!
//! It also finishes the text: the server fills variables only in a template's text, so
//! an ordinary reply's `{{variables}}` are filled here ([`crate::variables`]), and a
//! note's `@mentions` become the agents to notify ([`crate::mention_targets`]).

use crate::drafts::Draft;
use crate::mention_targets::{mentioned, Target};
use crate::outbox::PendingMessage;
use crate::templates::{first_missing_param, window_closed};
use crate::variables::{fill, Values};
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
use switchboard_protocol::{Channel, ClientMsgId, ConversationId, TemplateUse, Visibility};

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
    /// The channel's messaging window has closed: only an approved template can go out.
    WindowClosed(Channel),
    /// The text has `{{variables}}` without a value in this conversation (the composer
    /// names them beside the editor).
    UnresolvedVariables,
    /// The template's numbered parameter (1-based) has no value yet.
    TemplateParamMissing(usize),
    /// A template goes out exactly as approved: text written beside it would be lost.
    TextWithTemplate,
}

/// What the composer knows about the conversation beyond the draft.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SendContext {
    /// When the conversation's messaging window closes (its own channel's).
    pub window_closes_at: Option<DateTime<Utc>>,
    /// The values of the variables here.
    pub values: Values,
    /// Who a note can mention.
    pub mention_targets: Vec<Target>,
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
/// network, so the channel, subject and template are dropped from it; its `@mentions`
/// name the agents to notify.
///
/// A reply's variables are filled with `cx.values` (one without a value is refused, so
/// the customer never gets braces). Once the messaging window has closed, only an
/// approved template goes out. A template goes alone (no text beside it, every parameter
/// filled); its pending text is the template's, filled, as the server will send it.
pub fn prepare(
    draft: &Draft,
    conversation: ConversationId,
    conversation_channel: Channel,
    visibility: Visibility,
    client_id: ClientMsgId,
    now: DateTime<Utc>,
    cx: &SendContext,
) -> Result<PendingMessage, ComposeProblem> {
    let public = visibility == Visibility::Public;
    let channel = draft
        .channel
        .filter(|_| public)
        .unwrap_or(conversation_channel);
    let template = draft.template.as_ref().filter(|_| public);
    // A template whose record the draft lost (given back by `Edit`) is the server's to judge.
    let approved = template.is_some() && draft.template_info.as_ref().is_none_or(|t| t.approved);
    if public && !approved && window_closed(cx.window_closes_at, conversation_channel, channel, now)
    {
        return Err(ComposeProblem::WindowClosed(channel));
    }
    let text = match template {
        Some(chosen) => template_text(draft, chosen, cx)?,
        None => {
            let written = if public {
                let filled = fill(&draft.text, &cx.values, &BTreeMap::new());
                if !filled.missing.is_empty() {
                    return Err(ComposeProblem::UnresolvedVariables);
                }
                filled.text
            } else {
                draft.text.clone()
            };
            match check(&written, channel, visibility) {
                Ok(text) => text,
                Err(ComposeProblem::Empty) if !draft.files.is_empty() => String::new(),
                Err(e) => return Err(e),
            }
        }
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
    } else {
        p.mentions = mentioned(&p.text, &cx.mention_targets);
    }
    Ok(p)
}

/// The text of a template chosen for a reply, filled as the server will fill it; empty
/// when the draft lost the template's record (the server has it).
fn template_text(
    draft: &Draft,
    chosen: &TemplateUse,
    cx: &SendContext,
) -> Result<String, ComposeProblem> {
    if !draft.text.trim().is_empty() {
        return Err(ComposeProblem::TextWithTemplate);
    }
    let Some(t) = draft
        .template_info
        .as_ref()
        .filter(|t| t.id == chosen.template_id)
    else {
        return Ok(String::new());
    };
    if let Some(n) = first_missing_param(t, &chosen.params) {
        return Err(ComposeProblem::TemplateParamMissing(n));
    }
    Ok(fill(&t.text, &cx.values, &chosen.params).text)
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
        prep_in(d, v, &SendContext::default())
    }

    fn prep_in(
        d: &Draft,
        v: Visibility,
        cx: &SendContext,
    ) -> Result<PendingMessage, ComposeProblem> {
        prepare(
            d,
            ConversationId(4),
            Channel::Instagram,
            v,
            ClientMsgId("c".into()),
            Utc::now(),
            cx,
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

    /// A WhatsApp conversation whose window closed an hour ago, written by Alex to Anna.
    fn closed_window() -> SendContext {
        SendContext {
            window_closes_at: Some(Utc::now() - chrono::Duration::hours(1)),
            values: Values::new(
                "Anna Schmidt",
                Some("Alex Morgan"),
                Some("Demo Store"),
                None,
            ),
            mention_targets: Vec::new(),
        }
    }

    fn on_whatsapp(d: &Draft, cx: &SendContext) -> Result<PendingMessage, ComposeProblem> {
        prepare(
            d,
            ConversationId(4),
            Channel::Whatsapp,
            Visibility::Public,
            ClientMsgId("c".into()),
            Utc::now(),
            cx,
        )
    }

    fn order_update(approved: bool) -> Draft {
        Draft {
            template: Some(TemplateUse {
                template_id: switchboard_protocol::TemplateId(8),
                params: BTreeMap::from([("1".to_owned(), "48213".to_owned())]),
            }),
            template_info: Some(switchboard_protocol::Template {
                id: switchboard_protocol::TemplateId(8),
                name: "order_update".into(),
                text: "Hi {{contact.first_name}}, order {{1}} arrives {{2}}.".into(),
                attachments: Vec::new(),
                channels: vec![Channel::Whatsapp],
                approved,
                params: vec!["order number".into(), "delivery date".into()],
                language: None,
            }),
            ..Draft::default()
        }
    }

    #[test]
    fn a_closed_window_refuses_anything_but_an_approved_template() {
        let cx = closed_window();
        assert_eq!(
            on_whatsapp(&Draft::text("Are you there?"), &cx),
            Err(ComposeProblem::WindowClosed(Channel::Whatsapp))
        );
        let files_only = Draft {
            files: vec![file()],
            ..Draft::default()
        };
        assert_eq!(
            on_whatsapp(&files_only, &cx),
            Err(ComposeProblem::WindowClosed(Channel::Whatsapp))
        );
        assert_eq!(
            on_whatsapp(&order_update(false), &cx),
            Err(ComposeProblem::WindowClosed(Channel::Whatsapp)),
            "a template the network has not approved"
        );
        // Notes stay inside: the window does not apply.
        let note = prepare(
            &Draft::text("customer went quiet"),
            ConversationId(4),
            Channel::Whatsapp,
            Visibility::Internal,
            ClientMsgId("n".into()),
            Utc::now(),
            &cx,
        );
        assert!(note.is_ok());
        // Another channel's window is not known here: the server judges it.
        let on_email = Draft {
            channel: Some(Channel::Email),
            ..Draft::text("Following up by email")
        };
        assert!(on_whatsapp(&on_email, &cx).is_ok());
        // An open window takes text.
        let open = SendContext {
            window_closes_at: Some(Utc::now() + chrono::Duration::hours(1)),
            ..closed_window()
        };
        assert!(on_whatsapp(&Draft::text("Hello"), &open).is_ok());
    }

    #[test]
    fn an_approved_template_goes_alone_with_every_parameter() {
        let cx = closed_window();
        assert_eq!(
            on_whatsapp(&order_update(true), &cx),
            Err(ComposeProblem::TemplateParamMissing(2))
        );
        let mut full = order_update(true);
        if let Some(t) = full.template.as_mut() {
            t.params.insert("2".into(), "12 May".into());
        }
        let p = on_whatsapp(&full, &cx).unwrap();
        assert_eq!(p.text, "Hi Anna, order 48213 arrives 12 May.");
        assert_eq!(p.request().template, full.template);
        let with_words = Draft {
            text: "and also".into(),
            ..full.clone()
        };
        assert_eq!(
            on_whatsapp(&with_words, &cx),
            Err(ComposeProblem::TextWithTemplate)
        );
        // A template given back by `Edit` (its record lost) is left to the server.
        let restored = Draft {
            template_info: None,
            ..full
        };
        let p = on_whatsapp(&restored, &cx).unwrap();
        assert_eq!((p.text.as_str(), p.template.is_some()), ("", true));
    }

    #[test]
    fn a_reply_goes_out_with_its_variables_filled_or_not_at_all() {
        let cx = SendContext {
            window_closes_at: None,
            ..closed_window()
        };
        let d = Draft::text("Hi {{contact.first_name}}, {{agent.name}} from {{company.name}} here");
        let p = prep_in(&d, Visibility::Public, &cx).unwrap();
        assert_eq!(p.text, "Hi Anna, Alex Morgan from Demo Store here");
        assert_eq!(
            prep_in(
                &Draft::text("At the {{deal.stage}} stage"),
                Visibility::Public,
                &cx
            ),
            Err(ComposeProblem::UnresolvedVariables),
            "no deal here: the customer must not get braces"
        );
        // A note keeps what the agent wrote.
        let note = prep_in(
            &Draft::text("check {{deal.stage}}"),
            Visibility::Internal,
            &cx,
        )
        .unwrap();
        assert_eq!(note.text, "check {{deal.stage}}");
        // The limit counts the text as sent.
        let long = Draft::text(format!("{}{{{{agent.name}}}}", "a".repeat(995)));
        assert!(matches!(
            prep_in(&long, Visibility::Public, &cx),
            Err(ComposeProblem::TooLong { over: 6, .. })
        ));
    }

    #[test]
    fn a_note_notifies_the_agents_it_mentions() {
        use crate::mention_targets::TargetId;
        use switchboard_protocol::AgentId;
        let cx = SendContext {
            mention_targets: vec![Target {
                id: TargetId::Agent(AgentId(2)),
                name: "Marta Kowalska".into(),
                agents: vec![AgentId(2)],
            }],
            ..SendContext::default()
        };
        let d = Draft::text("@Marta Kowalska can you check the courier?");
        let note = prep_in(&d, Visibility::Internal, &cx).unwrap();
        assert_eq!(note.request().mentions, [AgentId(2)]);
        let reply = prep_in(&d, Visibility::Public, &cx).unwrap();
        assert!(reply.mentions.is_empty(), "a reply notifies nobody");
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
