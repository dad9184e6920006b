//! REST request and response bodies. Paths are listed in `docs/protocol.md`.
//!
//! | method | path | body | answer |
//! |---|---|---|---|
//! | GET | `/api/v1/health` (no token) | - | [`Health`] |
//! | POST | `/api/v1/session/demo` | - | [`SignInResponse`] |
//! | GET | `/api/v1/session` | - | [`Session`] |
//! | GET | `/api/v1/conversations?limit&cursor` | - | [`ConversationPage`] |
//! | GET | `/api/v1/conversations/{id}` | - | [`ConversationDetail`] |
//! | GET | `/api/v1/conversations/{id}/messages?before&limit` | - | [`MessagePage`] |
//! | POST | `/api/v1/conversations/{id}/messages` | [`SendMessage`] | [`Message`] |
//! | POST | `/api/v1/conversations/{id}/read` | - | [`ConversationSummary`] |
//! | POST | `/api/v1/inbound` | [`InboundMessage`] | [`Message`] |
//! | GET | `/api/v1/ws` | socket, see [`crate::socket`] | |

use crate::ids::{ClientMsgId, ConversationId, MessageId};
use crate::model::{Agent, Contact, ConversationSummary, Message, Visibility};
use serde::{Deserialize, Serialize};

/// Answer to a sign-in: the bearer token for every later call.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInResponse {
    /// Send as `Authorization: Bearer <token>`; on the socket, in the `auth` frame.
    pub token: String,
    /// The signed-in agent.
    pub agent: Agent,
}

/// The current session: who I am and who else works here.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// The signed-in agent.
    pub agent: Agent,
    /// Every agent of the workspace (for names of assignees).
    pub agents: Vec<Agent>,
}

/// Query of `GET /conversations`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConversationQuery {
    /// Page size (1..=200, default 50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous page; absent for the first page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
}

/// A page of conversations, newest activity first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConversationPage {
    /// The conversations of this page.
    pub items: Vec<ConversationSummary>,
    /// Opaque cursor for the next page; absent on the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// How many conversations the whole view holds.
    pub total: u32,
}

/// One conversation with its contact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConversationDetail {
    /// The conversation.
    pub conversation: ConversationSummary,
    /// Its contact, in full.
    pub contact: Contact,
}

/// Query of `GET /conversations/{id}/messages`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageQuery {
    /// Only messages older than this one; absent for the latest page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<MessageId>,
    /// Page size (1..=200, default 50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

/// A page of messages, oldest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessagePage {
    /// The messages, in ascending id order.
    pub items: Vec<Message>,
    /// Whether older messages exist before the first one.
    pub has_more_before: bool,
}

/// Body of `POST /conversations/{id}/messages`.
///
/// Idempotent on `client_id`: the same id again returns the message made the first time
/// (200 instead of 201) and creates nothing. The same id with a different text is a
/// `conflict`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SendMessage {
    /// Chosen by the client (UUID v7).
    pub client_id: ClientMsgId,
    /// The text (1..=4096 characters after trimming).
    pub text: String,
    /// A reply to the customer or an internal note.
    #[serde(default)]
    pub visibility: Visibility,
}

impl SendMessage {
    /// Longest text accepted, in characters.
    pub const MAX_CHARS: usize = 4096;
}

/// Body of `POST /inbound`: a customer's message as a channel delivers it. The reference
/// server's simulator and the end-to-end tests use it; a real backend receives these from
/// the networks instead.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboundMessage {
    /// The conversation the customer writes in.
    pub conversation_id: ConversationId,
    /// What the customer wrote.
    pub text: String,
}

/// Answer of `GET /health`: the server is up (no token needed; used to wait for start-up).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    /// Always `true`.
    pub ok: bool,
}
