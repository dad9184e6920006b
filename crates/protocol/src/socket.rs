//! The socket: `GET /api/v1/ws`, JSON text frames.
//!
//! 1. The client's first frame is [`ClientFrame::Auth`] with its token and the last
//!    sequence number it applied (if any). The server sends nothing before it; a bad token
//!    gets [`ServerFrame::Unauthorized`] and the socket closes.
//! 2. The server answers [`ServerFrame::Ready`] with its current head, then replays every
//!    retained event after `resume_after` (or [`ServerFrame::ResyncRequired`] when they are
//!    no longer retained: the client reloads its state over REST and goes on from `head`).
//! 3. Then each change is an [`ServerFrame::Event`] whose `seq` only grows. A client that
//!    sees a gap in `seq` resyncs.
//! 4. The server sends [`ServerFrame::Heartbeat`] every 15 s; a client that hears nothing for
//!    45 s reconnects. The client may send [`ClientFrame::Ping`] at any time.

use crate::ids::Seq;
use crate::model::{ConversationSummary, Message};
use serde::{Deserialize, Serialize};

/// A frame from the client.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClientFrame {
    /// Must be the first frame.
    Auth {
        /// The bearer token from sign-in.
        token: String,
        /// The last `seq` this client applied; absent on a cold start.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        resume_after: Option<Seq>,
    },
    /// Keep-alive; answered by a heartbeat.
    Ping,
}

/// A frame from the server.
#[expect(
    clippy::large_enum_variant,
    reason = "frames live for one decode-and-apply step; boxing would only add an allocation"
)]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ServerFrame {
    /// Authenticated; `head` is the newest `seq` at this moment.
    Ready {
        /// Newest sequence number.
        head: Seq,
    },
    /// One change.
    Event {
        /// Its sequence number.
        seq: Seq,
        /// What changed.
        event: Event,
    },
    /// The events after `resume_after` are gone: reload over REST, then continue from `head`.
    ResyncRequired {
        /// Newest sequence number.
        head: Seq,
    },
    /// Still here.
    Heartbeat {
        /// Newest sequence number.
        head: Seq,
    },
    /// The token was refused; the socket closes.
    Unauthorized,
    /// A frame type this client does not know: ignored.
    #[serde(other)]
    Unknown,
}

/// A change the server announces. Each carries the whole new record, so applying an event
/// never needs another request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    /// A message, note or activity entry was created (by anyone, including this agent: the
    /// echo carries the `client_id`).
    MessageCreated {
        /// The message.
        message: Message,
    },
    /// A message changed (delivery status, edit).
    MessageUpdated {
        /// The message as it is now.
        message: Message,
    },
    /// A new conversation appeared.
    ConversationCreated {
        /// The conversation.
        conversation: ConversationSummary,
    },
    /// A conversation changed (last message, unread count, status, assignee, tags...).
    ConversationUpdated {
        /// The conversation as it is now.
        conversation: ConversationSummary,
    },
    /// An event kind this client does not know: skipped.
    #[serde(other)]
    Unknown,
}
