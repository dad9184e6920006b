//! REST request and response bodies. Paths are listed in `docs/protocol.md`.
//!
//! | method | path | body | answer |
//! |---|---|---|---|
//! | GET | `/api/v1/health` (no token) | - | [`Health`] |
//! | GET | `/api/v1/session/methods` (no token) | - | [`SignInMethods`] |
//! | POST | `/api/v1/session` (no token) | [`SignIn`] | [`SignInResponse`] |
//! | POST | `/api/v1/session/demo` (no token) | - | [`SignInResponse`] |
//! | GET | `/api/v1/session` | - | [`Session`] |
//! | DELETE | `/api/v1/session` | - | 204 |
//! | GET | `/api/v1/conversations?limit&cursor` | - | [`ConversationPage`] |
//! | GET | `/api/v1/conversations/{id}` | - | [`ConversationDetail`] |
//! | GET | `/api/v1/conversations/{id}/messages?before&limit` | - | [`MessagePage`] |
//! | POST | `/api/v1/conversations/{id}/messages` | [`SendMessage`] | [`Message`] |
//! | POST | `/api/v1/conversations/{id}/read` | - | [`ConversationSummary`] |
//! | POST | `/api/v1/inbound` | [`InboundMessage`] | [`Message`] |
//! | GET | `/api/v1/ws` | socket, see [`crate::socket`] | |

use crate::ids::{AgentId, ClientMsgId, ConversationId, MessageId, TeamId, UploadId};
use crate::model::{Agent, Channel, Contact, ConversationSummary, Message, Visibility};
use crate::session::{Permissions, Presence, Settings, Team};
use crate::template::TemplateUse;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Answer to a sign-in: the bearer token for every later call.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInResponse {
    /// Send as `Authorization: Bearer <token>`; on the socket, in the `auth` frame.
    pub token: String,
    /// The signed-in agent.
    pub agent: Agent,
    /// When the token stops working (absent: the backend does not say; a 401 tells).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<DateTime<Utc>>,
}

/// Body of `POST /session`: an agent's email and password. Its `Debug` never shows the
/// password, so it cannot reach a log by accident.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignIn {
    /// The agent's email (compared without regard to case).
    pub email: String,
    /// The password.
    pub password: String,
}

impl std::fmt::Debug for SignIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignIn")
            .field("email", &self.email)
            .field("password", &"<hidden>")
            .finish()
    }
}

/// A way to sign in that a backend offers.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignInMethod {
    /// Email and password (`POST /session`).
    Password,
    /// One click as a demo agent (`POST /session/demo`).
    Demo,
    /// Kiosk desks: a device code, then a PIN per agent (see [`crate::desk`]).
    Kiosk,
    /// A method this client does not know.
    #[serde(other)]
    Other,
}

/// Answer to `GET /session/methods` (no token): how agents can sign in here. A backend
/// without this endpoint (404) offers password sign-in only.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SignInMethods {
    /// The methods, in the order to offer them.
    pub methods: Vec<SignInMethod>,
}

/// An optional part of the protocol that a backend may or may not offer. The app hides
/// what a backend does not declare.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Capability {
    /// Deals linked to conversations (`/conversations/{id}/deal`, `/pipelines`).
    Deals,
    /// Tasks on contacts.
    Tasks,
    /// Notes on contacts.
    Notes,
    /// Reminders and calendar events.
    Reminders,
    /// CRM property groups and CRM links.
    Crm,
    /// Typed custom fields on contacts (`/custom-fields`).
    CustomFields,
    /// Saved custom views of the list (`/views`).
    Views,
    /// Bots and shortcuts on a conversation.
    Automations,
    /// Reply templates (`/templates`).
    Templates,
    /// AI suggestions, prompts and summaries (`/ai/*`).
    Ai,
    /// Translation of messages and drafts (`/translate`, `/detect-language`).
    Translation,
    /// Starting a conversation with a client (`/outbound`, contact search).
    Outbound,
    /// File uploads (`/uploads`).
    Uploads,
    /// Agents see who else has a conversation open (`viewing` frames).
    Viewing,
    /// The `mentions` mailbox.
    Mentions,
    /// A capability this client does not know.
    #[serde(other)]
    Other,
}

impl Capability {
    /// Every capability this protocol version defines (what the reference server offers).
    pub const ALL: [Capability; 15] = [
        Capability::Deals,
        Capability::Tasks,
        Capability::Notes,
        Capability::Reminders,
        Capability::Crm,
        Capability::CustomFields,
        Capability::Views,
        Capability::Automations,
        Capability::Templates,
        Capability::Ai,
        Capability::Translation,
        Capability::Outbound,
        Capability::Uploads,
        Capability::Viewing,
        Capability::Mentions,
    ];
}

/// The current session: who I am, what I may do, who else works here, and the settings.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// The signed-in agent.
    pub agent: Agent,
    /// Every agent of the workspace, with presence (for names of assignees).
    pub agents: Vec<Agent>,
    /// What I may see and do.
    #[serde(default)]
    pub permissions: Permissions,
    /// The teams.
    #[serde(default)]
    pub teams: Vec<Team>,
    /// Workspace settings.
    #[serde(default)]
    pub settings: Settings,
    /// When the token expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<DateTime<Utc>>,
    /// The optional parts this backend offers. Absent (an older backend): all of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<Vec<Capability>>,
    /// Present when the session was opened at a kiosk desk (`POST /desk/session`): it sees
    /// only that desk's team's conversations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desk: Option<crate::desk::Desk>,
}

impl Session {
    /// Whether the backend offers an optional part (all of them when it does not say).
    pub fn offers(&self, c: Capability) -> bool {
        self.capabilities
            .as_ref()
            .is_none_or(|list| list.contains(&c))
    }
}

/// Body of `PUT /settings/closing-notes`: whether closing a conversation asks for a note.
/// Supervisors and admins only (`Permissions::manage_settings`; others get 403). The answer
/// is the workspace's settings; every socket hears `settings_updated`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClosingNotesUpdate {
    /// The new policy.
    pub closing_notes: crate::session::ClosingNotes,
}

/// Body of `PUT /session/presence`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PresenceUpdate {
    /// The new presence.
    pub presence: Presence,
}

/// An agent or team that a note can mention (for `@` in the composer).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Mentionable {
    /// An agent.
    Agent {
        /// Who.
        id: AgentId,
    },
    /// A whole team.
    Team {
        /// Which.
        id: TeamId,
    },
}

/// A page of conversations, newest activity first.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConversationDetail {
    /// The conversation.
    pub conversation: ConversationSummary,
    /// Its contact, in full.
    pub contact: Contact,
}

/// Query of `GET /conversations/{id}/messages`: at most one of `before`, `after`,
/// `around`; none gives the latest page.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageQuery {
    /// Only messages older than this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<MessageId>,
    /// Only messages newer than this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<MessageId>,
    /// A page centred on this message (for message links and search hits).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub around: Option<MessageId>,
    /// Page size (1..=200, default 50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

/// A page of messages, oldest first.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessagePage {
    /// The messages, in ascending id order.
    pub items: Vec<Message>,
    /// Whether older messages exist before the first one (absent or `null`: no).
    #[serde(default, deserialize_with = "crate::lenient::or_default")]
    pub has_more_before: bool,
    /// Whether newer messages exist after the last one (only for `before`/`around` pages
    /// that do not reach the end; absent or `null`: no).
    #[serde(default, deserialize_with = "crate::lenient::or_default")]
    pub has_more_after: bool,
}

/// One hit of `GET /conversations/{id}/messages/search?q=`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchHit {
    /// The message (load it with `around`).
    pub id: MessageId,
    /// When it was written.
    pub created_at: DateTime<Utc>,
    /// Its text around the match.
    pub excerpt: String,
}

/// Answer of the in-conversation search: hits oldest first (at most 500).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageSearch {
    /// The hits.
    pub hits: Vec<SearchHit>,
}

/// Body of `POST /conversations/{id}/messages`.
///
/// Idempotent on `client_id`: the same id again returns the message made the first time
/// (200 instead of 201) and creates nothing. The same id with a different body is a
/// `conflict`.
///
/// Refusals (`invalid` unless said): nothing to send (empty text, no files, no template);
/// text over the channel's limit; more files than allowed or an unknown upload; a reply to
/// a message of another conversation or on a channel without replies (only WhatsApp and
/// Telegram quote); a channel the contact does not have; after the messaging window
/// closed, anything but an approved template (`conflict`); a public message to a blocked
/// contact (`conflict`).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SendMessage {
    /// Chosen by the client (UUID v7).
    pub client_id: ClientMsgId,
    /// The text as the customer will read it (may be empty with files or a template).
    pub text: String,
    /// A reply to the customer or an internal note.
    #[serde(default)]
    pub visibility: Visibility,
    /// The channel to answer on (default: the conversation's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// The message answered (quoted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<MessageId>,
    /// Uploaded files to attach.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<UploadId>,
    /// A template, with its parameters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<TemplateUse>,
    /// Email subject (email only; default: the thread's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// When `text` is a translation: what the agent wrote, in the agent's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<OriginalText>,
    /// Agents mentioned in a note (they get a `mention` event).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<AgentId>,
}

/// What the agent wrote before it was translated for the customer.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OriginalText {
    /// The agent's text.
    pub text: String,
    /// Its language.
    pub language: String,
    /// The language of the text sent (the customer's).
    pub sent_language: String,
}

impl SendMessage {
    /// Longest text accepted on channels without a stricter limit, in characters.
    pub const MAX_CHARS: usize = 4096;

    /// A plain text message (no files, template or reply).
    pub fn text(client_id: ClientMsgId, text: String, visibility: Visibility) -> Self {
        SendMessage {
            client_id,
            text,
            visibility,
            channel: None,
            reply_to: None,
            attachments: Vec::new(),
            template: None,
            subject: None,
            original: None,
            mentions: Vec::new(),
        }
    }
}

/// Body of `POST /inbound`: a customer's message as a channel delivers it. The reference
/// server's simulator and the end-to-end tests use it; a real backend receives these from
/// the networks instead.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboundMessage {
    /// The conversation the customer writes in.
    pub conversation_id: ConversationId,
    /// What the customer wrote.
    pub text: String,
}

/// Answer of `GET /health`: the server is up (no token needed; used to wait for start-up).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    /// Always `true`.
    pub ok: bool,
}
