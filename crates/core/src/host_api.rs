//! The host-page API: what a page that frames the app may say to it, and what the app
//! tells it (`docs/embedding.md`; names in `UI-CONTRACT.md`, "Host page API").
//!
//! Every message, either way, is one envelope:
//! `{ "switchboard": 1, "type": "…", "id": "…", "payload": { … } }`.
//!
//! [`hear`] decides what to do with a `message` event, before anything acts on it:
//! - from another window than the parent, or an origin not in `host_origins`: ignored;
//! - not an envelope of this version, or without an `id`: ignored (it may be some other
//!   script's message, and there is no one to answer);
//! - an envelope with an id but an unknown `type`, a wrong payload, or more than
//!   [`MAX_BYTES`]: refused, answered `ok: false` with the reason, not acted on;
//! - otherwise a [`Command`] to carry out and answer.
//!
//! Nothing here panics on any input: the fuzz test below throws random bytes at it.

use crate::runtime_config::Theme;
use serde::Deserialize;
use serde_json::{json, Map, Value};
use switchboard_protocol::{ConversationId, MessageId};

/// The envelope's version (`"switchboard": 1`).
pub const VERSION: u64 = 1;

/// The largest command accepted, as JSON text.
pub const MAX_BYTES: usize = 64 * 1024;

/// The longest command id accepted.
pub const MAX_ID_CHARS: usize = 128;

/// The longest text `compose` accepts (a message's limit on the reference server).
pub const MAX_COMPOSE_CHARS: usize = 10_000;

/// How `open.contact` names the contact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContactKey {
    /// The CRM's own id of the contact.
    ExternalId(String),
    /// A phone number, as the CRM has it.
    Phone(String),
    /// An email address.
    Email(String),
}

/// A command from the host page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// `auth.token {token}`: sign in with this token (`auth: "host"` waits for it).
    AuthToken(String),
    /// `open.conversation {conversation_id}`.
    OpenConversation(ConversationId),
    /// `open.contact {external_id | phone | email}`: the contact's latest conversation, or
    /// the New message dialog prefilled.
    OpenContact(ContactKey),
    /// `compose {text}`: put text into the open conversation's composer.
    Compose(String),
    /// `set.language {language}`: one of the app's languages (`en`, `ru`, `uk`, `fr`).
    SetLanguage(crate::i18n::Locale),
    /// `set.theme {theme}`: `light`, `dark` or `system`.
    SetTheme(Theme),
    /// `sign_out {}`.
    SignOut,
}

impl Command {
    /// The wire names of every command, in the order `docs/embedding.md` lists them (its
    /// test checks that each one is documented).
    pub const KINDS: [&'static str; 7] = [
        "auth.token",
        "open.conversation",
        "open.contact",
        "compose",
        "set.language",
        "set.theme",
        "sign_out",
    ];

    /// The wire name of the command.
    pub fn kind(&self) -> &'static str {
        match self {
            Command::AuthToken(_) => "auth.token",
            Command::OpenConversation(_) => "open.conversation",
            Command::OpenContact(_) => "open.contact",
            Command::Compose(_) => "compose",
            Command::SetLanguage(_) => "set.language",
            Command::SetTheme(_) => "set.theme",
            Command::SignOut => "sign_out",
        }
    }
}

/// What to do with one `message` event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Heard {
    /// Not for the app, or not from the host: say nothing, do nothing.
    Ignore,
    /// Carry out the command, then answer `id`.
    Act {
        /// The command's id, for the answer.
        id: String,
        /// What to do.
        command: Command,
    },
    /// Answer `id` with `ok: false` and this reason; do nothing else.
    Refuse {
        /// The command's id.
        id: String,
        /// Why, in English, for the host page's developer.
        error: String,
    },
}

/// Where a `message` event came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sender<'a> {
    /// `event.origin`.
    pub origin: &'a str,
    /// Whether `event.source` is the window that frames the app.
    pub is_parent: bool,
}

/// Decides what to do with a `message` event, given the allowed origins. `data` gives the
/// event's data as JSON text (`None` when it cannot be turned into JSON); it is called
/// only for a message from the host, so a stranger's data is never even read.
pub fn hear(
    sender: Sender<'_>,
    allowed: &[String],
    data: impl FnOnce() -> Option<String>,
) -> Heard {
    if !sender.is_parent || !allowed.iter().any(|o| o == sender.origin) {
        return Heard::Ignore;
    }
    let Some(data) = data() else {
        return Heard::Ignore;
    };
    let data = data.as_str();
    let Ok(Value::Object(mut envelope)) = serde_json::from_str::<Value>(data) else {
        return Heard::Ignore;
    };
    if envelope.get("switchboard").and_then(Value::as_u64) != Some(VERSION) {
        return Heard::Ignore;
    }
    let id = match envelope.get("id") {
        Some(Value::String(id)) if !id.is_empty() && id.chars().count() <= MAX_ID_CHARS => {
            id.clone()
        }
        _ => return Heard::Ignore,
    };
    let refuse = |error: String| Heard::Refuse {
        id: id.clone(),
        error,
    };
    if data.len() > MAX_BYTES {
        return refuse(format!("message larger than {} KB", MAX_BYTES / 1024));
    }
    let Some(kind) = envelope
        .get("type")
        .and_then(Value::as_str)
        .map(str::to_owned)
    else {
        return refuse("type: missing".into());
    };
    let payload = match envelope.remove("payload") {
        None | Some(Value::Null) => Value::Object(Map::new()),
        Some(p @ Value::Object(_)) => p,
        Some(_) => return refuse("payload: must be an object".into()),
    };
    match command(&kind, payload) {
        Ok(command) => Heard::Act { id, command },
        Err(error) => refuse(error),
    }
}

fn command(kind: &str, payload: Value) -> Result<Command, String> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Token {
        token: String,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Open {
        conversation_id: i64,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Contact {
        external_id: Option<String>,
        phone: Option<String>,
        email: Option<String>,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Text {
        text: String,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Language {
        language: String,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct ThemeName {
        theme: String,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Nothing {}

    fn take<T: serde::de::DeserializeOwned>(payload: Value) -> Result<T, String> {
        serde_json::from_value(payload).map_err(|e| format!("payload: {e}"))
    }
    fn filled(field: &str, value: String, max: usize) -> Result<String, String> {
        let value = value.trim().to_owned();
        if value.is_empty() {
            Err(format!("payload.{field}: must not be empty"))
        } else if value.chars().count() > max {
            Err(format!("payload.{field}: longer than {max} characters"))
        } else {
            Ok(value)
        }
    }

    Ok(match kind {
        "auth.token" => {
            let t: Token = take(payload)?;
            if t.token.chars().any(|c| c.is_whitespace() || c.is_control()) {
                return Err("payload.token: must not contain spaces".into());
            }
            Command::AuthToken(filled("token", t.token, 4096)?)
        }
        "open.conversation" => {
            let o: Open = take(payload)?;
            if o.conversation_id <= 0 {
                return Err("payload.conversation_id: must be a positive integer".into());
            }
            Command::OpenConversation(ConversationId(o.conversation_id))
        }
        "open.contact" => {
            let c: Contact = take(payload)?;
            let keys = [
                c.external_id.map(|v| ("external_id", v)),
                c.phone.map(|v| ("phone", v)),
                c.email.map(|v| ("email", v)),
            ];
            let mut given = keys.into_iter().flatten();
            let (Some((field, value)), None) = (given.next(), given.next()) else {
                return Err("payload: give exactly one of external_id, phone, email".into());
            };
            let value = filled(field, value, 320)?;
            Command::OpenContact(match field {
                "external_id" => ContactKey::ExternalId(value),
                "phone" => ContactKey::Phone(value),
                _ => ContactKey::Email(value),
            })
        }
        "compose" => {
            let t: Text = take(payload)?;
            if t.text.chars().count() > MAX_COMPOSE_CHARS {
                return Err(format!(
                    "payload.text: longer than {MAX_COMPOSE_CHARS} characters"
                ));
            }
            Command::Compose(t.text)
        }
        "set.language" => {
            let l: Language = take(payload)?;
            match crate::i18n::Locale::from_tag(&l.language) {
                Some(locale) => Command::SetLanguage(locale),
                None => return Err("payload.language: one of en, ru, uk, fr".into()),
            }
        }
        "set.theme" => {
            let t: ThemeName = take(payload)?;
            Command::SetTheme(match t.theme.as_str() {
                "light" => Theme::Light,
                "dark" => Theme::Dark,
                "system" => Theme::System,
                _ => return Err("payload.theme: one of light, dark, system".into()),
            })
        }
        "sign_out" => {
            take::<Nothing>(payload)?;
            Command::SignOut
        }
        other => {
            let shown: String = other.chars().take(40).collect();
            return Err(format!("unknown command: {shown}"));
        }
    })
}

/// Something the app tells the host page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// The app listens: commands may be sent.
    Ready,
    /// The unread counts changed: conversations with unread customer messages, in all and
    /// per mailbox (by the mailbox's wire name: `mine`, `unassigned`, `all`, …).
    UnreadChanged {
        /// In all mailboxes the agent can see.
        total: u32,
        /// Per mailbox.
        mailboxes: Vec<(String, u32)>,
    },
    /// The agent opened a conversation.
    ConversationOpened(ConversationId),
    /// A message the agent wrote reached the server.
    MessageSent(ConversationId, MessageId),
    /// A customer wrote, in a conversation the agent can see.
    MessageReceived(ConversationId, MessageId),
    /// The agent signed out.
    SignedOut,
    /// The session ended; send a new token with `auth.token`.
    AuthExpired,
    /// The number of messages written but not yet on the server changed (they wait in
    /// the outbox: offline, or refused and waiting for the agent). The host can keep the
    /// agent from closing the page while it is not 0.
    OutboxChanged(u32),
}

impl Event {
    /// The wire names of every event, in the order `docs/embedding.md` lists them (its
    /// test checks that each one is documented).
    pub const KINDS: [&'static str; 8] = [
        "ready",
        "unread.changed",
        "conversation.opened",
        "message.sent",
        "message.received",
        "outbox.changed",
        "signed_out",
        "auth.expired",
    ];

    /// The wire name of the event.
    pub fn kind(&self) -> &'static str {
        match self {
            Event::Ready => "ready",
            Event::UnreadChanged { .. } => "unread.changed",
            Event::ConversationOpened(_) => "conversation.opened",
            Event::MessageSent(..) => "message.sent",
            Event::MessageReceived(..) => "message.received",
            Event::SignedOut => "signed_out",
            Event::AuthExpired => "auth.expired",
            Event::OutboxChanged(_) => "outbox.changed",
        }
    }

    fn payload(&self) -> Value {
        match self {
            Event::Ready | Event::SignedOut | Event::AuthExpired => json!({}),
            Event::OutboxChanged(unsent) => json!({ "unsent": unsent }),
            Event::UnreadChanged { total, mailboxes } => json!({
                "total": total,
                "mailboxes": mailboxes.iter().map(|(k, n)| (k.clone(), json!(n))).collect::<Map<_, _>>(),
            }),
            Event::ConversationOpened(c) => json!({ "conversation_id": c.0 }),
            Event::MessageSent(c, m) | Event::MessageReceived(c, m) => {
                json!({ "conversation_id": c.0, "message_id": m.0 })
            }
        }
    }

    /// The envelope to post; `id` is the app's own event number (`"e1"`, `"e2"`, …).
    pub fn envelope(&self, id: &str) -> Value {
        json!({ "switchboard": VERSION, "type": self.kind(), "id": id, "payload": self.payload() })
    }
}

/// The answer to a command: `{ "switchboard": 1, "type": "result", "id", "ok", "error"? }`.
pub fn result(id: &str, outcome: Result<(), String>) -> Value {
    match outcome {
        Ok(()) => json!({ "switchboard": VERSION, "type": "result", "id": id, "ok": true }),
        Err(error) => {
            json!({ "switchboard": VERSION, "type": "result", "id": id, "ok": false, "error": error })
        }
    }
}

/// Which origin the framing page has: the first of the browser's ancestor origins
/// (`location.ancestorOrigins`, where the browser has it), else the referrer's origin,
/// and only when it is one of `allowed`. `None`: unknown or not allowed, so nothing is
/// posted until an allowed host speaks first.
pub fn host_origin(
    ancestor: Option<&str>,
    referrer: Option<&str>,
    allowed: &[String],
) -> Option<String> {
    use crate::runtime_config::origin_of;
    let candidate = match ancestor {
        Some(a) if !a.is_empty() => origin_of(a),
        _ => referrer.and_then(origin_of),
    }?;
    allowed.iter().find(|o| **o == candidate).cloned()
}

#[cfg(test)]
mod tests;
