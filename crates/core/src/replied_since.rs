//! "Marta replied since you opened this conversation": whether another agent sent a public
//! reply after this agent opened the conversation, so the composer warns before a second
//! answer goes to the customer.
//!
//! What was newest is taken when the conversation opens ([`Opened::at_open`]). When its log
//! was not loaded yet, or the message is no longer in the loaded window, the time of opening
//! decides instead (server times against this device's clock: a few seconds of skew at most
//! miss or add a warning, never a message).

use crate::MessageLog;
use chrono::{DateTime, Utc};
use switchboard_protocol::{AgentId, Author, MessageId, Visibility};

/// What the agent had in front of them when they opened a conversation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Opened {
    /// The newest message of the loaded log then (`None`: not loaded, or empty).
    pub newest: Option<MessageId>,
    /// When.
    pub at: DateTime<Utc>,
}

impl Opened {
    /// The mark for a conversation opened `now` with `log` loaded (or not).
    pub fn at_open(log: Option<&MessageLog>, now: DateTime<Utc>) -> Opened {
        Opened {
            newest: log.and_then(MessageLog::newest),
            at: now,
        }
    }
}

/// The name of the last other agent who sent a public reply in `log` after `opened`
/// (`None`: nobody did; the customer, bots, the AI agent and notes do not count).
pub fn replied_since(log: &MessageLog, opened: &Opened, me: AgentId) -> Option<String> {
    let after_mark = opened
        .newest
        .and_then(|n| log.iter().position(|m| m.id == n));
    log.iter()
        .enumerate()
        .filter(|(i, m)| match after_mark {
            Some(p) => *i > p,
            None => m.created_at > opened.at,
        })
        .filter(|(_, m)| m.visibility == Visibility::Public)
        .filter_map(|(_, m)| match &m.author {
            Author::Agent { id, name } if *id != me => Some(name.clone()),
            _ => None,
        })
        .last()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use switchboard_protocol::{Message, MessagePage};

    const ME: AgentId = AgentId(1);

    fn msg(id: i64, minute: u32, author: Author, visibility: Visibility) -> Message {
        let mut m: Message = serde_json::from_value(serde_json::json!({
            "id": id,
            "conversation_id": 5,
            "author": { "kind": "contact" },
            "content": { "type": "text", "text": "hi" },
            "created_at": Utc.with_ymd_and_hms(2026, 12, 7, 3, minute, 0).unwrap(),
        }))
        .unwrap();
        m.author = author;
        m.visibility = visibility;
        m
    }

    fn agent(id: i64, name: &str) -> Author {
        Author::Agent {
            id: AgentId(id),
            name: name.into(),
        }
    }

    fn log(items: Vec<Message>) -> MessageLog {
        MessageLog::from_page(MessagePage {
            items,
            has_more_before: false,
            has_more_after: false,
        })
    }

    #[test]
    fn only_another_agents_public_reply_after_opening_counts() {
        let mut l = log(vec![
            msg(1, 0, Author::Contact, Visibility::Public),
            msg(2, 1, agent(2, "Marta"), Visibility::Public),
        ]);
        let now = Utc.with_ymd_and_hms(2026, 12, 7, 3, 2, 0).unwrap();
        let opened = Opened::at_open(Some(&l), now);
        assert_eq!(opened.newest, Some(MessageId(2)));
        assert_eq!(replied_since(&l, &opened, ME), None, "before opening");
        l.insert(msg(3, 3, Author::Contact, Visibility::Public));
        l.insert(msg(4, 4, agent(1, "Alex"), Visibility::Public));
        l.insert(msg(5, 5, agent(3, "Dmitri"), Visibility::Internal));
        assert_eq!(replied_since(&l, &opened, ME), None, "mine, a note");
        l.insert(msg(6, 6, agent(2, "Marta"), Visibility::Public));
        assert_eq!(replied_since(&l, &opened, ME).as_deref(), Some("Marta"));
        // Confirmed: the mark moves on, and the next Send goes.
        let again = Opened::at_open(Some(&l), now);
        assert_eq!(replied_since(&l, &again, ME), None);
    }

    #[test]
    fn without_a_log_at_opening_the_time_decides() {
        let opened = Opened::at_open(None, Utc.with_ymd_and_hms(2026, 12, 7, 3, 2, 0).unwrap());
        let l = log(vec![
            msg(1, 1, agent(2, "Marta"), Visibility::Public),
            msg(2, 3, agent(3, "Dmitri"), Visibility::Public),
        ]);
        assert_eq!(replied_since(&l, &opened, ME).as_deref(), Some("Dmitri"));
    }
}
