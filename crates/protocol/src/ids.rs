//! Typed ids: a conversation id can never be passed where a message id is expected.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! int_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

int_id!(
    /// A conversation (one thread with one contact on one channel).
    ConversationId
);
int_id!(
    /// A message, note or activity entry, as numbered by the server.
    MessageId
);
int_id!(
    /// A contact (the customer).
    ContactId
);
int_id!(
    /// An agent (a human operator).
    AgentId
);

int_id!(
    /// A team of agents.
    TeamId
);
int_id!(
    /// A saved custom view (a mailbox made of filters).
    ViewId
);
int_id!(
    /// An uploaded file.
    UploadId
);
int_id!(
    /// A canned reply or an approved template.
    TemplateId
);
int_id!(
    /// A task on a contact.
    TaskId
);
int_id!(
    /// A note on a contact.
    NoteId
);
int_id!(
    /// A reminder about a conversation.
    ReminderId
);
int_id!(
    /// A calendar event linked to a conversation.
    CalendarEventId
);
int_id!(
    /// A sales pipeline.
    PipelineId
);
int_id!(
    /// A custom contact field definition.
    CustomFieldId
);

/// The id a client gives a message before sending it (a UUID v7 string).
///
/// The server stores it and answers a repeated send with the same message, so a retry after
/// a lost response can never make a second message. The server echoes it on the message and
/// on its `message_created` event, which is how the app matches its pending copy.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ClientMsgId(pub String);

impl ClientMsgId {
    /// Longest id the server accepts.
    pub const MAX_LEN: usize = 64;

    /// Whether the id is acceptable: 1 to 64 characters of `[A-Za-z0-9-_]`.
    pub fn is_valid(&self) -> bool {
        !self.0.is_empty()
            && self.0.len() <= Self::MAX_LEN
            && self
                .0
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    }
}

impl fmt::Display for ClientMsgId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The sequence number of a socket event: it only grows, per server.
pub type Seq = u64;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_plain_numbers_on_the_wire() {
        assert_eq!(serde_json::to_string(&ConversationId(7)).unwrap(), "7");
        let id: MessageId = serde_json::from_str("42").unwrap();
        assert_eq!(id, MessageId(42));
    }

    #[test]
    fn client_ids_are_validated() {
        assert!(ClientMsgId("0190f3a2-7b1c-7def-8abc-0123456789ab".into()).is_valid());
        assert!(!ClientMsgId(String::new()).is_valid());
        assert!(!ClientMsgId("has space".into()).is_valid());
        assert!(!ClientMsgId("x".repeat(65)).is_valid());
    }
}
