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
//! 4. The server sends [`ServerFrame::Heartbeat`] every 10 s; a client that hears nothing for
//!    25 s reconnects (a half-open link is found within 30 s). The client may send
//!    [`ClientFrame::Ping`] at any time.
//! 5. Typing, viewing and presence are ephemeral: [`ServerFrame::Typing`],
//!    [`ServerFrame::Viewing`] and [`ServerFrame::Presence`] carry no `seq`, are not replayed, and may be lost.
//! 6. Events are the same for every agent, but an agent who may not see one (a blocked
//!    contact's conversation without `view_blocked`) gets it as `{"type": "redacted"}`,
//!    which keeps `seq` without gaps and decodes to [`Event::Unknown`]; phone numbers in
//!    events are masked as they are over REST.

use crate::contact::ContactNote;
use crate::deal::{CalendarEvent, Deal, Reminder, Task};
use crate::ids::{AgentId, ConversationId, MessageId, Seq};
use crate::model::{Contact, ConversationSummary, Message};
use crate::session::Presence;
use serde::{Deserialize, Serialize};

/// A frame from the client.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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
    /// This agent types (or stopped typing) in a conversation; relayed to the others.
    Typing {
        /// Where.
        conversation_id: ConversationId,
        /// Typing now.
        active: bool,
    },
    /// The conversation this agent has open (`null`: none); relayed to the other agents as
    /// [`ServerFrame::Viewing`]. Sent again after every reconnect (capability `viewing`).
    Viewing {
        /// Which (`null`: none any more).
        conversation_id: Option<ConversationId>,
    },
}

/// Who is typing.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Typist {
    /// The customer.
    Contact,
    /// Another agent.
    Agent {
        /// Who.
        id: AgentId,
        /// Their name.
        name: String,
    },
    /// The AI agent.
    Ai,
}

/// A frame from the server.
#[expect(
    clippy::large_enum_variant,
    reason = "frames live for one decode-and-apply step; boxing would only add an allocation"
)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    /// Ephemeral: someone types in a conversation (no `seq`; expires after 6 s without a
    /// repeat).
    Typing {
        /// Where.
        conversation_id: ConversationId,
        /// Who.
        who: Typist,
        /// Typing now.
        active: bool,
    },
    /// Ephemeral: another agent opened (`active`) or left a conversation. Sent to the other
    /// agents when it happens, to an agent who opens a conversation for each one already
    /// there, and with `active: false` when the viewer's socket closes.
    Viewing {
        /// Where.
        conversation_id: ConversationId,
        /// Who.
        agent_id: AgentId,
        /// Their name.
        name: String,
        /// Has it open now.
        active: bool,
    },
    /// Ephemeral: an agent's presence changed.
    Presence {
        /// Who.
        agent_id: AgentId,
        /// Now.
        presence: Presence,
    },
    /// A frame type this client does not know: ignored.
    #[serde(other)]
    Unknown,
}

/// A change the server announces. Each carries the whole new record, so applying an event
/// never needs another request.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    /// A conversation was deleted.
    ConversationDeleted {
        /// Which.
        conversation_id: ConversationId,
    },
    /// A contact changed (fields, tags, blocked, custom or CRM values).
    ContactUpdated {
        /// The contact as it is now (masked as for this agent).
        contact: Contact,
    },
    /// A conversation's deal was created, changed or removed.
    DealUpdated {
        /// The conversation.
        conversation_id: ConversationId,
        /// The deal now (absent: removed).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        deal: Option<Deal>,
    },
    /// A task was created or changed.
    TaskUpdated {
        /// The task as it is now.
        task: Task,
    },
    /// A note was added to a contact.
    NoteCreated {
        /// The note.
        note: ContactNote,
    },
    /// A reminder was set.
    ReminderCreated {
        /// The reminder.
        reminder: Reminder,
    },
    /// A calendar event was added.
    CalendarEventCreated {
        /// The event.
        event: CalendarEvent,
    },
    /// An agent was mentioned in a note (sent to everyone; the app notifies the one named).
    Mention {
        /// Where.
        conversation_id: ConversationId,
        /// The note.
        message_id: MessageId,
        /// Who was mentioned.
        agent_id: AgentId,
    },
    /// The workspace's settings changed (a supervisor set the closing-notes policy): the
    /// whole new settings, which replace the session's.
    SettingsUpdated {
        /// The settings now.
        settings: crate::session::Settings,
    },
    /// An event kind this client does not know (or one redacted for this agent): skipped.
    #[serde(other)]
    Unknown,
}
