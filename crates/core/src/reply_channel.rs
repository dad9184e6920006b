//! Where a reply goes out: the channels the composer offers (the conversation's first,
//! then every other network the contact can be reached on) and, for email, the subject a
//! reply gets by default (the thread's, as `Re: …`, the same rule the server applies when
//! no subject is given, so the preview and the sent message agree).

use crate::message_log::MessageLog;
use switchboard_protocol::{Channel, Contact, Content};

/// The channels to answer on: the conversation's, then the contact's others, once each.
pub fn choices(conversation: Channel, contact: Option<&Contact>) -> Vec<Channel> {
    let mut out = vec![conversation];
    for c in contact.into_iter().flat_map(|c| &c.channels) {
        if c.channel != Channel::Other && !out.contains(&c.channel) {
            out.push(c.channel);
        }
    }
    out
}

/// The subject of the newest email in the loaded history, if any.
pub fn last_subject(log: Option<&MessageLog>) -> Option<&str> {
    log?.iter().rev().find_map(|m| match &m.content {
        Content::Email { subject, .. } => Some(subject.as_str()),
        _ => None,
    })
}

/// The subject a reply to `subject` gets: `Re: subject`, unless it already says `Re:`
/// (in any case), so replies stay in one thread without piling up prefixes.
pub fn reply_subject(subject: &str) -> String {
    let subject = subject.trim();
    let re = subject
        .get(..3)
        .is_some_and(|p| p.eq_ignore_ascii_case("re:"));
    if re {
        subject.to_owned()
    } else {
        format!("Re: {subject}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use switchboard_protocol::contact::ContactChannel;

    fn reach(channels: &[Channel]) -> Contact {
        let mut c: Contact = serde_json::from_value(serde_json::json!({
            "id": 1, "name": "Olena", "created_at": "2026-01-01T00:00:00Z"
        }))
        .unwrap();
        c.channels = channels
            .iter()
            .map(|&channel| ContactChannel {
                channel,
                address: "x".into(),
                window_closes_at: None,
            })
            .collect();
        c
    }

    #[test]
    fn the_conversations_channel_comes_first_and_none_twice() {
        let contact = reach(&[Channel::Email, Channel::Telegram, Channel::Email]);
        assert_eq!(
            choices(Channel::Telegram, Some(&contact)),
            [Channel::Telegram, Channel::Email]
        );
        assert_eq!(choices(Channel::Viber, None), [Channel::Viber]);
    }

    #[test]
    fn a_reply_subject_gets_one_re() {
        assert_eq!(reply_subject("Order 4821"), "Re: Order 4821");
        assert_eq!(reply_subject("RE: Order 4821"), "RE: Order 4821");
        assert_eq!(reply_subject(" re: late "), "re: late");
    }
}
