//! `New message`: writing first, to a client found by name, phone, email, external id or
//! messenger username, or to a new one made from a phone number or an email.
//!
//! The rules are the server's (`crates/server/src/db/outbound.rs`): no thread for a blocked
//! contact; none beside the contact's open conversation except by email; only a channel
//! the contact can be reached on; at least one tag when the workspace says so; something
//! to send (text, a file or a template). Checking them here lets the form say what is
//! missing before anything is sent; the server's refusal is still shown if it comes.

use crate::templates::first_missing_param;
use std::collections::BTreeMap;
use switchboard_protocol::{
    Channel, ClientMsgId, Contact, ContactId, ContactMatch, ConversationId, NewContact,
    OutboundRequest, Template, TemplateUse, UploadId,
};

/// Who the message goes to, as a search or a creation found them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recipient {
    /// The contact.
    pub contact: ContactId,
    /// Their name.
    pub name: String,
    /// The channels they can be written on.
    pub channels: Vec<Channel>,
    /// Their conversation that is not closed, if any.
    pub open_conversation: Option<ConversationId>,
    /// They are blocked.
    pub blocked: bool,
}

impl From<&ContactMatch> for Recipient {
    fn from(m: &ContactMatch) -> Self {
        Recipient {
            contact: m.contact.id,
            name: m.contact.name.clone(),
            channels: m.channels.clone(),
            open_conversation: m.open_conversation,
            blocked: m.blocked,
        }
    }
}

/// Why a new client cannot be made from what was typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NewClientProblem {
    /// Nothing typed.
    Empty,
    /// It has an `@` but is not an email address.
    BadEmail,
    /// It is not a phone number of 7 to 15 digits.
    BadPhone,
}

/// A new client from a phone number or an email address (an `@` decides which).
pub fn new_contact(typed: &str) -> Result<NewContact, NewClientProblem> {
    let t = typed.trim();
    if t.is_empty() {
        return Err(NewClientProblem::Empty);
    }
    if t.contains('@') {
        let ok = t.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        }) && !t
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, ',' | '<' | '>'));
        return match ok {
            true => Ok(NewContact {
                email: Some(t.to_lowercase()),
                ..NewContact::default()
            }),
            false => Err(NewClientProblem::BadEmail),
        };
    }
    let digits = t.chars().filter(char::is_ascii_digit).count();
    let allowed = t
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().".contains(c));
    if !allowed || !(7..=15).contains(&digits) {
        return Err(NewClientProblem::BadPhone);
    }
    Ok(NewContact {
        phone: Some(t.to_owned()),
        ..NewContact::default()
    })
}

/// What is wrong with the message form (the first thing, in form order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutboundProblem {
    /// No client chosen.
    NoRecipient,
    /// The client is blocked.
    Blocked,
    /// No channel chosen.
    NoChannel,
    /// The client cannot be reached on the chosen channel.
    Unreachable,
    /// The client has an open conversation (only email may start another beside it).
    OpenConversation(ConversationId),
    /// The workspace requires a tag.
    TagsRequired,
    /// No text, file or template.
    NothingToSend,
    /// The template's parameter with this number (1-based) is empty.
    ParamMissing(usize),
    /// The text is longer than the channel allows (its limit).
    TooLong(usize),
}

/// The message form as filled in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OutboundDraft {
    /// Who to.
    pub recipient: Option<Recipient>,
    /// On which channel.
    pub channel: Option<Channel>,
    /// Tags for the new thread.
    pub tags: Vec<String>,
    /// The text (ignored when a template is chosen: the template is the text).
    pub text: String,
    /// Uploaded files.
    pub files: Vec<UploadId>,
    /// The email subject (email only).
    pub subject: String,
    /// Values of the template's numbered parameters.
    pub params: BTreeMap<String, String>,
}

/// The channel to start with for `r`: the first one they can be written on, except that
/// with an open conversation only email is possible.
pub fn default_channel(r: &Recipient) -> Option<Channel> {
    if r.open_conversation.is_some() && r.channels.contains(&Channel::Email) {
        return Some(Channel::Email);
    }
    r.channels.first().copied()
}

/// The body of `POST /outbound` for `draft` (with `template` chosen, if any), or the first
/// problem.
pub fn outbound_request(
    draft: &OutboundDraft,
    template: Option<&Template>,
    tags_required: bool,
    client_id: ClientMsgId,
) -> Result<OutboundRequest, OutboundProblem> {
    let r = draft
        .recipient
        .as_ref()
        .ok_or(OutboundProblem::NoRecipient)?;
    if r.blocked {
        return Err(OutboundProblem::Blocked);
    }
    let channel = draft.channel.ok_or(OutboundProblem::NoChannel)?;
    if !r.channels.contains(&channel) {
        return Err(OutboundProblem::Unreachable);
    }
    if let (Some(open), true) = (r.open_conversation, channel != Channel::Email) {
        return Err(OutboundProblem::OpenConversation(open));
    }
    let tags: Vec<String> = draft
        .tags
        .iter()
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect();
    if tags_required && tags.is_empty() {
        return Err(OutboundProblem::TagsRequired);
    }
    let text = match template {
        Some(_) => String::new(),
        None => draft.text.trim().to_owned(),
    };
    if template.is_none() && text.is_empty() && draft.files.is_empty() {
        return Err(OutboundProblem::NothingToSend);
    }
    if let Some(n) = template.and_then(|t| first_missing_param(t, &draft.params)) {
        return Err(OutboundProblem::ParamMissing(n));
    }
    let limit = channel.max_text_chars();
    if text.chars().count() > limit {
        return Err(OutboundProblem::TooLong(limit));
    }
    let subject = draft.subject.trim();
    Ok(OutboundRequest {
        contact_id: r.contact,
        channel,
        client_id,
        text,
        attachments: draft.files.clone(),
        template: template.map(|t| TemplateUse {
            template_id: t.id,
            params: draft.params.clone(),
        }),
        subject: (channel == Channel::Email && !subject.is_empty()).then(|| subject.to_owned()),
        tags,
        assign_to_me: true,
    })
}

/// The recipient a just-created client is (`POST /contacts` answers the contact without
/// its reachable channels): reachable as the server reaches a contact
/// (`crates/server/src/db/reach.rs`): WhatsApp and Viber with a phone, email with an
/// email (those `asked` for: a masked answer may not show the phone); no conversation yet.
pub fn new_recipient(c: &Contact, asked: &NewContact) -> Recipient {
    let mut channels: Vec<Channel> = c.channels.iter().map(|k| k.channel).collect();
    if c.phone.is_some() || asked.phone.is_some() {
        channels.extend([Channel::Whatsapp, Channel::Viber]);
    }
    if c.email.is_some() || asked.email.is_some() {
        channels.push(Channel::Email);
    }
    channels.sort();
    channels.dedup();
    Recipient {
        contact: c.id,
        name: c.name.clone(),
        channels,
        open_conversation: None,
        blocked: c.blocked,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use switchboard_protocol::TemplateId;

    fn recipient() -> Recipient {
        Recipient {
            contact: ContactId(5),
            name: "Olena".into(),
            channels: vec![Channel::Whatsapp, Channel::Viber, Channel::Email],
            open_conversation: None,
            blocked: false,
        }
    }

    fn draft() -> OutboundDraft {
        OutboundDraft {
            recipient: Some(recipient()),
            channel: Some(Channel::Whatsapp),
            tags: vec![" vip ".into()],
            text: " Hello! ".into(),
            ..OutboundDraft::default()
        }
    }

    fn id() -> ClientMsgId {
        ClientMsgId("c-1".into())
    }

    fn template(params: &[&str]) -> Template {
        Template {
            id: TemplateId(7),
            name: "Order ready".into(),
            text: "Your order {{1}} is ready".into(),
            attachments: vec![],
            channels: vec![],
            approved: true,
            params: params.iter().map(|p| (*p).to_owned()).collect(),
            language: None,
        }
    }

    #[test]
    fn a_new_client_by_phone_or_email() {
        assert_eq!(
            new_contact(" +380 (67) 123-45-67 ")
                .unwrap()
                .phone
                .as_deref(),
            Some("+380 (67) 123-45-67")
        );
        assert_eq!(
            new_contact("Olena@Example.COM").unwrap().email.as_deref(),
            Some("olena@example.com")
        );
        assert_eq!(new_contact("  "), Err(NewClientProblem::Empty));
        for bad in [
            "olena@",
            "@example.com",
            "a@b",
            "a b@c.com",
            "a@b@c.com",
            "a@.com",
        ] {
            assert_eq!(new_contact(bad), Err(NewClientProblem::BadEmail), "{bad}");
        }
        for bad in ["123456", "1234567890123456", "+380 67 abc", "Olena"] {
            assert_eq!(new_contact(bad), Err(NewClientProblem::BadPhone), "{bad}");
        }
    }

    fn created(json: &str) -> Contact {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn a_new_client_is_reachable_by_what_made_it() {
        // By phone, the answer masked (no phone shown): WhatsApp and Viber all the same.
        let by_phone = created(
            r#"{"id":77,"name":"+380671234567","created_at":"2026-01-01T00:00:00Z","phone_masked":true}"#,
        );
        let asked = new_contact("+380 67 123 45 67").unwrap();
        let r = new_recipient(&by_phone, &asked);
        assert_eq!(r.contact, ContactId(77));
        assert_eq!(r.channels, [Channel::Whatsapp, Channel::Viber]);
        assert_eq!(r.open_conversation, None);
        assert_eq!(default_channel(&r), Some(Channel::Whatsapp));
        // By email: email only.
        let by_email = created(
            r#"{"id":78,"name":"new@example.com","email":"new@example.com","created_at":"2026-01-01T00:00:00Z"}"#,
        );
        let r = new_recipient(&by_email, &new_contact("new@example.com").unwrap());
        assert_eq!(r.channels, [Channel::Email]);
        assert!(!r.blocked);
    }

    #[test]
    fn a_full_draft_becomes_the_request() {
        let r = outbound_request(&draft(), None, true, id()).unwrap();
        assert_eq!(r.contact_id, ContactId(5));
        assert_eq!(r.channel, Channel::Whatsapp);
        assert_eq!(
            (r.text.as_str(), r.tags.clone()),
            ("Hello!", vec!["vip".to_owned()])
        );
        assert_eq!(r.subject, None);
        assert!(r.assign_to_me);
    }

    #[test]
    fn each_rule_is_checked_in_form_order() {
        let bad = |d: OutboundDraft, tags_required: bool| {
            outbound_request(&d, None, tags_required, id()).unwrap_err()
        };
        let no_one = OutboundDraft {
            recipient: None,
            ..draft()
        };
        assert_eq!(bad(no_one, true), OutboundProblem::NoRecipient);
        let mut blocked = draft();
        blocked.recipient.as_mut().unwrap().blocked = true;
        assert_eq!(bad(blocked, true), OutboundProblem::Blocked);
        let no_channel = OutboundDraft {
            channel: None,
            ..draft()
        };
        assert_eq!(bad(no_channel, true), OutboundProblem::NoChannel);
        let telegram = OutboundDraft {
            channel: Some(Channel::Telegram),
            ..draft()
        };
        assert_eq!(bad(telegram, true), OutboundProblem::Unreachable);
        let mut open = draft();
        open.recipient.as_mut().unwrap().open_conversation = Some(ConversationId(9));
        assert_eq!(
            bad(open.clone(), true),
            OutboundProblem::OpenConversation(ConversationId(9))
        );
        open.channel = Some(Channel::Email);
        assert!(
            outbound_request(&open, None, true, id()).is_ok(),
            "email may start another"
        );
        let untagged = OutboundDraft {
            tags: vec![" ".into()],
            ..draft()
        };
        assert_eq!(bad(untagged.clone(), true), OutboundProblem::TagsRequired);
        assert!(outbound_request(&untagged, None, false, id()).is_ok());
        let empty = OutboundDraft {
            text: "  ".into(),
            ..draft()
        };
        assert_eq!(bad(empty.clone(), true), OutboundProblem::NothingToSend);
        let with_file = OutboundDraft {
            files: vec![UploadId(3)],
            ..empty
        };
        assert!(
            outbound_request(&with_file, None, true, id()).is_ok(),
            "a file alone"
        );
        let long = OutboundDraft {
            text: "x".repeat(Channel::Whatsapp.max_text_chars() + 1),
            ..draft()
        };
        assert_eq!(
            bad(long, true),
            OutboundProblem::TooLong(Channel::Whatsapp.max_text_chars())
        );
    }

    #[test]
    fn a_template_goes_with_its_parameters_and_no_text() {
        let t = template(&["order number"]);
        let d = draft();
        assert_eq!(
            outbound_request(&d, Some(&t), true, id()).unwrap_err(),
            OutboundProblem::ParamMissing(1)
        );
        let mut filled = d;
        filled.params.insert("1".into(), "48213".into());
        let r = outbound_request(&filled, Some(&t), true, id()).unwrap();
        assert_eq!(r.text, "");
        let used = r.template.unwrap();
        assert_eq!(used.template_id, TemplateId(7));
        assert_eq!(used.params.get("1").map(String::as_str), Some("48213"));
    }

    #[test]
    fn a_subject_only_on_email() {
        let mut d = draft();
        d.subject = " Your quote ".into();
        assert_eq!(
            outbound_request(&d, None, true, id()).unwrap().subject,
            None
        );
        d.channel = Some(Channel::Email);
        assert_eq!(
            outbound_request(&d, None, true, id())
                .unwrap()
                .subject
                .as_deref(),
            Some("Your quote")
        );
    }

    #[test]
    fn the_first_channel_unless_only_email_is_possible() {
        let mut r = recipient();
        assert_eq!(default_channel(&r), Some(Channel::Whatsapp));
        r.open_conversation = Some(ConversationId(2));
        assert_eq!(default_channel(&r), Some(Channel::Email));
        r.channels = vec![Channel::Viber];
        assert_eq!(default_channel(&r), Some(Channel::Viber));
        r.channels.clear();
        assert_eq!(default_channel(&r), None);
    }
}
