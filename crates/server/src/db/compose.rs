//! Checking an agent's message in all its forms (text, files, a reply, a template, an
//! email, a translated text, a note with mentions) and building what will be stored.
//!
//! Invariant: [`compose`] only reads; every refusal happens here, before any write.

use super::messages::NewMessage;
use super::reach::{contact_blocked, contact_channels, last_subject, window_closed};
use super::{history, now_ms, templates, uploads};
use crate::error::{AppError, AppResult};
use rusqlite::{params, Connection};
use switchboard_protocol::{
    Agent, Author, Channel, Content, ConversationSummary, DeliveryStatus, MessageTranslation,
    ReplyRef, SendMessage, Visibility,
};

/// The address emails go out from.
pub const FROM: &str = "support@demo.switchboard";

/// A checked message, ready to store.
pub struct Composed {
    pub(super) new: NewMessage,
    pub(super) channel: Channel,
    pub(super) attachments: Vec<switchboard_protocol::Attachment>,
    pub(super) reply_to: Option<ReplyRef>,
    pub(super) translation: Option<MessageTranslation>,
    pub(super) body: SendMessage,
    pub(super) request: String,
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
    // A public message needs the workspace's account on its network to be connected; a
    // note goes nowhere, so it needs nothing.
    let account = match public {
        true => super::accounts::get(conn, channel)?,
        false => None,
    };
    if let Some(a) = account.filter(|a| !a.connected) {
        return Err(AppError::conflict(format!(
            "no connected channel: the workspace's {} account {} ({}) is disconnected; \
             reconnect it to send replies (internal notes still work)",
            channel.as_str(),
            a.name,
            a.address
        )));
    }
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
