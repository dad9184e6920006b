//! Appending demo messages with files, replies, translations and mentions to a generated
//! conversation.
//!
//! Invariant: appended messages come after the conversation's last one and before now,
//! so ids still grow with time; [`Thread::finish`] recomputes the list row.

use crate::db::messages::{insert, preview_json, NewMessage};
use crate::db::uploads::{classify, extension, put};
use rusqlite::{params, Connection};
use switchboard_protocol::{
    Attachment, Author, Content, ConversationId, DeliveryStatus, Message, MessageTranslation,
    ReplyRef, Visibility,
};

/// What a demo message carries besides its content.
#[derive(Default)]
pub struct Extra {
    /// Files to store and attach: name and bytes.
    pub files: Vec<(&'static str, Vec<u8>)>,
    /// Quote the message appended before this one.
    pub reply: bool,
    /// A stored translation: text, its language, the content's language.
    pub translation: Option<(&'static str, &'static str, &'static str)>,
    /// Agents mentioned (notes).
    pub mentions: Vec<i64>,
}

/// A conversation being appended to.
pub struct Thread<'a> {
    conn: &'a Connection,
    id: ConversationId,
    at: i64,
    step: i64,
    last: Option<Message>,
}

impl Thread<'_> {
    /// Appends one message.
    pub fn add(
        &mut self,
        author: Author,
        visibility: Visibility,
        content: Content,
        x: Extra,
    ) -> rusqlite::Result<()> {
        self.at += self.step;
        let status = match author {
            Author::Contact => DeliveryStatus::Delivered,
            _ => DeliveryStatus::Read,
        };
        let new = NewMessage {
            conversation_id: self.id,
            client_id: None,
            author,
            visibility,
            content,
            status,
            created_at_ms: self.at,
        };
        let mut m = insert(self.conn, &new)?;
        for (name, bytes) in x.files {
            let id = put(self.conn, name, &bytes)?;
            let (mime, kind) = classify(&extension(name).unwrap_or_default());
            let duration_ms = (name.ends_with(".webm")).then_some(7_000);
            m.attachments.push(Attachment {
                id,
                name: name.into(),
                size: bytes.len() as u64,
                mime: mime.into(),
                kind,
                url: String::new(),
                duration_ms,
            });
        }
        if x.reply {
            m.reply_to = self.last.as_ref().map(|r| ReplyRef {
                id: r.id,
                author: r.author.clone(),
                excerpt: r
                    .content
                    .text()
                    .unwrap_or_default()
                    .chars()
                    .take(100)
                    .collect(),
            });
        }
        m.translation =
            x.translation
                .map(|(text, language, content_language)| MessageTranslation {
                    text: text.into(),
                    language: language.into(),
                    content_language: content_language.into(),
                });
        m.mentions = x
            .mentions
            .into_iter()
            .map(switchboard_protocol::AgentId)
            .collect();
        self.conn.execute(
            "UPDATE messages SET attachments = ?2, reply_to = ?3, translation = ?4, mentions = ?5 WHERE id = ?1",
            params![m.id.0, to_json(&m.attachments), m.reply_to.as_ref().map(to_json), m.translation.as_ref().map(to_json), to_json(&m.mentions)],
        )?;
        self.last = Some(m);
        Ok(())
    }

    /// Recomputes the list row from the last message.
    pub fn finish(self) -> rusqlite::Result<()> {
        let Some(m) = self.last else { return Ok(()) };
        let customer_last = matches!(m.author, Author::Contact);
        self.conn.execute(
            "UPDATE conversations SET last_message = ?2, last_activity_at = ?3, unanswered = ?4, \
             unread_count = CASE WHEN ?4 THEN MAX(unread_count, 1) ELSE 0 END WHERE id = ?1",
            params![self.id.0, preview_json(&m)?, self.at, customer_last],
        )?;
        Ok(())
    }
}

/// A value as a JSON column.
fn to_json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

/// Starts appending `count` messages to conversation `id`, spaced up to `now`.
pub fn thread(conn: &Connection, id: i64, count: i64, now: i64) -> rusqlite::Result<Thread<'_>> {
    let last: i64 = conn.query_row(
        "SELECT COALESCE(MAX(created_at), 0) FROM messages WHERE conversation_id = ?1",
        params![id],
        |r| r.get(0),
    )?;
    let step = ((now - last) / (count + 1)).clamp(1, 90_000);
    Ok(Thread {
        conn,
        id: ConversationId(id),
        at: last,
        step,
        last: None,
    })
}

/// Plain text content.
pub fn text(t: &str) -> Content {
    Content::Text { text: t.into() }
}
