//! An agent's message in all its forms: text, files, a reply, a template, an email, a
//! translated text, a note with mentions.
//!
//! Invariants: every check runs before anything is written, and the message, the
//! conversation's new state and their events are written in one transaction (published
//! after commit: `message_created`, `conversation_updated`, then one `mention` per agent);
//! a repeated `client_id` with the same body answers the first message and writes
//! nothing, with another body it is a `conflict`.

use super::conversations::summary;
use super::messages::{announce, insert, preview_json, NewMessage};
use super::{history, now_ms, templates, uploads};
use crate::error::{AppError, AppResult};
use crate::events::{self, Hub, Published};
use rusqlite::{params, Connection, OptionalExtension};
use switchboard_protocol::{
    Agent, Author, Channel, Content, ConversationId, ConversationSummary, DeliveryStatus, Event,
    Message, MessageTranslation, ReplyRef, SendMessage, Visibility,
};

/// The address emails go out from.
pub const FROM: &str = "support@demo.switchboard";

/// A checked message, ready to store.
pub struct Composed {
    new: NewMessage,
    channel: Channel,
    attachments: Vec<switchboard_protocol::Attachment>,
    reply_to: Option<ReplyRef>,
    translation: Option<MessageTranslation>,
    body: SendMessage,
    request: String,
}

/// Whether a contact is blocked (only when the schema knows blocking).
pub fn contact_blocked(conn: &Connection, contact: i64) -> AppResult<bool> {
    let has: bool = conn.query_row(
        "SELECT COUNT(*) > 0 FROM pragma_table_info('contacts') WHERE name = 'blocked'",
        [],
        |r| r.get(0),
    )?;
    if !has {
        return Ok(false);
    }
    let b: Option<bool> = conn
        .query_row(
            "SELECT blocked FROM contacts WHERE id = ?1",
            params![contact],
            |r| r.get(0),
        )
        .optional()?;
    Ok(b.unwrap_or(false))
}

/// The channels a contact can be written on: those of its conversations, WhatsApp and
/// Viber with a phone, email with an email, Telegram with a handle.
pub fn contact_channels(conn: &Connection, contact: i64) -> AppResult<Vec<Channel>> {
    let (phone, email, handle): (Option<String>, Option<String>, Option<String>) = conn.query_row(
        "SELECT phone, email, handle FROM contacts WHERE id = ?1",
        params![contact],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let mut stmt =
        conn.prepare("SELECT DISTINCT channel FROM conversations WHERE contact_id = ?1")?;
    let mut out = stmt
        .query_map(params![contact], |r| r.get::<_, String>(0))?
        .map(|c| c.map(|c| Channel::parse(&c)))
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if phone.is_some() {
        out.extend([Channel::Whatsapp, Channel::Viber]);
    }
    if email.is_some() {
        out.push(Channel::Email);
    }
    if handle.is_some() {
        out.push(Channel::Telegram);
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// Whether the channel's messaging window of the conversation has closed.
pub fn window_closed(conn: &Connection, c: ConversationId, channel: Channel) -> AppResult<bool> {
    if !channel.has_messaging_window() {
        return Ok(false);
    }
    let closes: Option<i64> = conn
        .query_row(
            "SELECT closes_at FROM channel_windows WHERE conversation_id = ?1 AND channel = ?2",
            params![c.0, channel.as_str()],
            |r| r.get(0),
        )
        .optional()?;
    Ok(closes.is_some_and(|t| t <= now_ms()))
}

/// How long a messaging window stays open after the customer's last message.
pub const WINDOW_MS: i64 = 24 * 3600 * 1000;

/// A customer wrote: the conversation's channel window opens for [`WINDOW_MS`].
pub fn reopen_window(conn: &Connection, c: ConversationId) -> AppResult<()> {
    let channel: String = conn.query_row(
        "SELECT channel FROM conversations WHERE id = ?1",
        params![c.0],
        |r| r.get(0),
    )?;
    if Channel::parse(&channel).has_messaging_window() {
        conn.execute(
            "INSERT INTO channel_windows (conversation_id, channel, closes_at) VALUES (?1, ?2, ?3) \
             ON CONFLICT(conversation_id, channel) DO UPDATE SET closes_at = excluded.closes_at",
            params![c.0, channel, now_ms() + WINDOW_MS],
        )?;
    }
    Ok(())
}

fn last_subject(conn: &Connection, c: ConversationId) -> AppResult<String> {
    let mut stmt = conn.prepare(
        "SELECT content FROM messages WHERE conversation_id = ?1 \
         AND json_extract(content, '$.type') = 'email' ORDER BY id DESC LIMIT 1",
    )?;
    let last: Option<String> = stmt.query_row(params![c.0], |r| r.get(0)).optional()?;
    let subject = match last
        .map(|j| serde_json::from_str::<Content>(&j))
        .transpose()?
    {
        Some(Content::Email { subject, .. }) => subject,
        _ => return Ok(format!("Your message to {}", templates::COMPANY)),
    };
    let re = subject
        .get(..3)
        .is_some_and(|p| p.eq_ignore_ascii_case("re:"));
    Ok(if re {
        subject
    } else {
        format!("Re: {subject}")
    })
}

/// Checks a send body against the conversation and builds the message; writes nothing.
pub fn compose(
    conn: &Connection,
    agent: &Agent,
    conv: &ConversationSummary,
    body: &SendMessage,
) -> AppResult<Composed> {
    if !body.client_id.is_valid() {
        return Err(AppError::invalid(
            "client_id must be 1-64 characters of [A-Za-z0-9-_]",
        ));
    }
    let public = body.visibility == Visibility::Public;
    let channel = body.channel.unwrap_or(conv.channel);
    if public
        && channel != conv.channel
        && !contact_channels(conn, conv.contact.id.0)?.contains(&channel)
    {
        return Err(AppError::invalid(format!(
            "the contact cannot be reached on {}",
            channel.as_str()
        )));
    }
    if public && !body.mentions.is_empty() {
        return Err(AppError::invalid("only internal notes can mention agents"));
    }
    for m in &body.mentions {
        let known: bool = conn.query_row(
            "SELECT COUNT(*) > 0 FROM agents WHERE id = ?1",
            params![m.0],
            |r| r.get(0),
        )?;
        if !known {
            return Err(AppError::invalid(format!("no agent {} to mention", m.0)));
        }
    }
    if body.subject.is_some() && channel != Channel::Email {
        return Err(AppError::invalid("a subject can only be given on email"));
    }
    let mut text = body.text.trim().to_owned();
    let limit = if public {
        channel.max_text_chars()
    } else {
        SendMessage::MAX_CHARS
    };
    let mut ids = Vec::new();
    let mut template = None;
    if let Some(t) = &body.template {
        let found = templates::get(conn, t.template_id)?
            .ok_or_else(|| AppError::invalid(format!("no template {}", t.template_id.0)))?;
        if !found.channels.is_empty() && !found.channels.contains(&channel) {
            return Err(AppError::invalid(format!(
                "template {} is not for {}",
                found.name,
                channel.as_str()
            )));
        }
        text = templates::resolve(conn, &found.text, &t.params, agent, conv)?;
        ids.extend(found.attachments.iter().map(|a| a.id));
        template = Some(found);
    }
    if text.chars().count() > limit {
        return Err(AppError::invalid(format!(
            "text is longer than {limit} characters, the limit on {}",
            channel.as_str()
        )));
    }
    ids.extend(body.attachments.iter().copied());
    let max = super::settings::load(conn)?
        .file_limits
        .max_files_per_message;
    if ids.len() > max as usize {
        return Err(AppError::invalid(format!(
            "at most {max} files per message"
        )));
    }
    let mut attachments = Vec::new();
    for id in ids {
        attachments.push(
            uploads::attachment(conn, id)?
                .ok_or_else(|| AppError::invalid(format!("no upload {}", id.0)))?,
        );
    }
    if text.is_empty() && attachments.is_empty() {
        return Err(AppError::invalid(
            "nothing to send: write a text, attach a file or pick a template",
        ));
    }
    let reply_to = match body.reply_to {
        None => None,
        Some(r) => {
            let m = history::load(conn, r)?
                .filter(|m| m.conversation_id == conv.id)
                .ok_or_else(|| {
                    AppError::invalid("the message replied to is not in this conversation")
                })?;
            if public && !channel.supports_reply() {
                return Err(AppError::invalid(
                    "quoting a message is only possible on WhatsApp and Telegram",
                ));
            }
            let excerpt = m
                .content
                .text()
                .unwrap_or_default()
                .chars()
                .take(100)
                .collect();
            Some(ReplyRef {
                id: m.id,
                author: m.author,
                excerpt,
            })
        }
    };
    let translation = match &body.original {
        Some(o)
            if o.text.trim().is_empty() || o.language.is_empty() || o.sent_language.is_empty() =>
        {
            return Err(AppError::invalid(
                "original needs a text and both languages",
            ));
        }
        Some(o) => Some(MessageTranslation {
            text: o.text.clone(),
            language: o.language.clone(),
            content_language: o.sent_language.clone(),
        }),
        None => None,
    };
    if public && contact_blocked(conn, conv.contact.id.0)? {
        return Err(AppError::conflict("the contact is blocked"));
    }
    let approved = template.as_ref().is_some_and(|t| t.approved);
    if public && !approved && window_closed(conn, conv.id, channel)? {
        return Err(AppError::conflict(format!(
            "the {} messaging window has closed: only an approved template can be sent",
            channel.as_str()
        )));
    }
    let content = match template {
        Some(t) => Content::Template { name: t.name, text },
        None if public && channel == Channel::Email => {
            let to: Option<String> = conn.query_row(
                "SELECT email FROM contacts WHERE id = ?1",
                params![conv.contact.id.0],
                |r| r.get(0),
            )?;
            let subject = match body.subject.as_deref().map(str::trim) {
                Some(s) if !s.is_empty() => s.to_owned(),
                _ => last_subject(conn, conv.id)?,
            };
            Content::Email {
                subject,
                from: FROM.into(),
                to: to.into_iter().collect(),
                cc: Vec::new(),
                text,
                html: None,
                quoted: None,
            }
        }
        None => Content::Text { text },
    };
    Ok(Composed {
        new: NewMessage {
            conversation_id: conv.id,
            client_id: Some(body.client_id.clone()),
            author: Author::Agent {
                id: agent.id,
                name: agent.name.clone(),
            },
            visibility: body.visibility,
            content,
            status: DeliveryStatus::Sent,
            created_at_ms: now_ms(),
        },
        channel,
        attachments,
        reply_to,
        translation,
        body: body.clone(),
        request: String::new(),
    })
}

/// Stores a composed message, updates its conversation and appends the events.
pub fn store(
    conn: &Connection,
    mut c: Composed,
    request: String,
) -> AppResult<(Message, Vec<Published>)> {
    c.request = request;
    let id = insert(conn, &c.new)?.id;
    let public = c.new.visibility == Visibility::Public;
    conn.execute(
        "UPDATE messages SET channel = ?2, attachments = ?3, reply_to = ?4, translation = ?5, \
         mentions = ?6, request = ?7, status_at = ?8 WHERE id = ?1",
        params![
            id.0,
            c.channel.as_str(),
            serde_json::to_string(&c.attachments)?,
            c.reply_to.as_ref().map(serde_json::to_string).transpose()?,
            c.translation
                .as_ref()
                .map(serde_json::to_string)
                .transpose()?,
            serde_json::to_string(&c.body.mentions)?,
            c.request,
            public.then_some(c.new.created_at_ms),
        ],
    )?;
    let message = history::load(conn, id)?.ok_or_else(|| AppError::internal("message vanished"))?;
    let sql = if public {
        "UPDATE conversations SET unanswered = 0, unread_count = 0, last_message = ?2, \
         last_activity_at = ?3 WHERE id = ?1"
    } else {
        "UPDATE conversations SET last_message = ?2, last_activity_at = ?3 WHERE id = ?1"
    };
    conn.execute(
        sql,
        params![
            message.conversation_id.0,
            preview_json(&message)?,
            c.new.created_at_ms
        ],
    )?;
    let mut out = announce(conn, &message)?;
    for agent_id in &message.mentions {
        let e = Event::Mention {
            conversation_id: message.conversation_id,
            message_id: message.id,
            agent_id: *agent_id,
        };
        out.push(events::append(conn, &e, now_ms())?);
    }
    Ok((message, out))
}

/// The first message sent with this client id, if the body is the same; `conflict` if not.
pub fn repeat(conn: &Connection, body: &SendMessage, request: &str) -> AppResult<Option<Message>> {
    match history::by_client_id(conn, &body.client_id.0)? {
        None => Ok(None),
        Some((m, first)) if first == request => Ok(Some(m)),
        Some(_) => Err(AppError::conflict(
            "client_id was already used for another message",
        )),
    }
}

/// An agent's message. `(message, true)` when created, `(message, false)` on a repeat.
pub fn send(
    conn: &mut Connection,
    hub: &Hub,
    agent: &Agent,
    id: ConversationId,
    body: &SendMessage,
) -> AppResult<(Message, bool)> {
    let request = format!("{}:{}", id.0, serde_json::to_string(body)?);
    let tx = conn.transaction()?;
    let conv = summary(&tx, id)?.ok_or_else(|| AppError::not_found("no such conversation"))?;
    if let Some(m) = repeat(&tx, body, &request)? {
        return Ok((m, false));
    }
    let composed = compose(&tx, agent, &conv, body)?;
    let (message, out) = store(&tx, composed, request)?;
    tx.commit()?;
    events::publish(hub, out);
    Ok((message, true))
}
