//! What the AI endpoints read from the database: a conversation's recent messages and
//! languages, the offline ranker's corpus, and stored feedback.

use super::{canned, detect};
use crate::db::{conversations, messages, now_ms};
use crate::error::{AppError, AppResult};
use rusqlite::{params, Connection};
use switchboard_protocol::{Agent, Author, ConversationId, Feedback, Verdict, Visibility};

/// How many recent messages a model or the ranker sees.
pub const RECENT: u32 = 20;
/// How many earlier agent replies the ranker considers (newest first).
pub const CORPUS_REPLIES: u32 = 1000;

/// One public text message of the conversation.
#[derive(Clone, Debug)]
pub struct Line {
    /// Written by the customer (else by an agent, the AI or a bot).
    pub from_customer: bool,
    /// The text.
    pub text: String,
}

/// A conversation as the AI endpoints see it.
#[derive(Clone, Debug)]
pub struct Context {
    /// The signed-in agent's language (BCP 47 primary subtag).
    pub agent_language: String,
    /// The customer's language: the contact's, else detected from their messages.
    pub customer_language: Option<String>,
    /// Recent public text messages, oldest first.
    pub recent: Vec<Line>,
}

impl Context {
    /// The customer's language when it differs from the agent's.
    pub fn foreign_customer_language(&self) -> Option<&str> {
        self.customer_language
            .as_deref()
            .filter(|c| *c != self.agent_language)
    }
}

/// Loads a conversation's context; `not_found` when there is no such conversation.
pub fn load(conn: &Connection, id: ConversationId, agent: &Agent) -> AppResult<Context> {
    let detail = conversations::detail(conn, id)?
        .ok_or_else(|| AppError::not_found("no such conversation"))?;
    let page = messages::page(conn, id, None, RECENT)?;
    let recent: Vec<Line> = page
        .items
        .iter()
        .filter(|m| m.visibility == Visibility::Public)
        .filter(|m| !matches!(m.author, Author::System))
        .filter_map(|m| {
            let text = match &m.content {
                switchboard_protocol::Content::Text { text } => text.clone(),
                _ => return None,
            };
            Some(Line {
                from_customer: m.author == Author::Contact,
                text,
            })
        })
        .collect();
    let customer_language = match detail.contact.language.as_deref().filter(|l| !l.is_empty()) {
        Some(l) => Some(detect::primary(l)),
        None => {
            let said: Vec<&str> = recent
                .iter()
                .filter(|l| l.from_customer)
                .map(|l| l.text.as_str())
                .collect();
            detect::likely(&said.join("\n"))
        }
    };
    Ok(Context {
        agent_language: detect::primary(&agent.language),
        customer_language,
        recent,
    })
}

/// A text the ranker may suggest.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// What is indexed (the text, plus hidden keywords for canned replies).
    pub indexed: String,
    /// What is shown.
    pub text: String,
    /// Its language, when known.
    pub language: Option<String>,
    /// The canned group, for built-in replies (offered in the agent's language).
    pub group: Option<usize>,
}

/// The text column of a `templates` table, if another part of the server made one.
fn template_columns(conn: &Connection) -> rusqlite::Result<Option<(String, bool)>> {
    let mut stmt = conn.prepare("SELECT name FROM pragma_table_info('templates')")?;
    let cols = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let text = ["text", "body", "content"]
        .into_iter()
        .find(|c| cols.iter().any(|x| x == c));
    Ok(text.map(|t| (t.to_owned(), cols.iter().any(|x| x == "language"))))
}

/// The ranker's corpus: built-in canned replies, templates (when a `templates` table
/// exists) and earlier public agent replies outside conversation `exclude`.
pub fn corpus(conn: &Connection, exclude: ConversationId) -> rusqlite::Result<Vec<Candidate>> {
    let mut out = Vec::new();
    for (g, variants) in canned::GROUPS.iter().enumerate() {
        for (lang, text, keywords) in variants.iter() {
            out.push(Candidate {
                indexed: format!("{text} {keywords}"),
                text: (*text).to_owned(),
                language: Some((*lang).to_owned()),
                group: Some(g),
            });
        }
    }
    if let Some((col, has_language)) = template_columns(conn)? {
        let lang = if has_language { "language" } else { "NULL" };
        let sql = format!("SELECT CAST({col} AS TEXT), {lang} FROM templates LIMIT 1000");
        let mut stmt = conn.prepare(&sql)?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, Option<String>>(0)?,
                r.get::<_, Option<String>>(1)?,
            ))
        })?;
        for row in rows {
            if let (Some(text), language) = row? {
                let language = language
                    .map(|l| detect::primary(&l))
                    .or_else(|| detect::likely(&text));
                out.push(Candidate {
                    indexed: text.clone(),
                    text,
                    language,
                    group: None,
                });
            }
        }
    }
    let mut stmt = conn.prepare(
        "SELECT json_extract(content, '$.text') AS t FROM messages \
         WHERE visibility = 'public' AND conversation_id != ?1 \
         AND json_extract(author, '$.kind') = 'agent' AND json_extract(content, '$.type') = 'text' \
         GROUP BY t ORDER BY MAX(id) DESC LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![exclude.0, CORPUS_REPLIES], |r| {
        r.get::<_, Option<String>>(0)
    })?;
    for text in rows {
        if let Some(text) = text? {
            out.push(Candidate {
                indexed: text.clone(),
                language: detect::likely(&text),
                text,
                group: None,
            });
        }
    }
    Ok(out)
}

/// Stores an agent's feedback on a suggestion.
pub fn store_feedback(conn: &Connection, agent: &Agent, f: &Feedback) -> rusqlite::Result<()> {
    let verdict = match f.verdict {
        Verdict::Like => "like",
        Verdict::Dislike => "dislike",
    };
    conn.execute(
        "INSERT INTO ai_feedback (suggestion_id, agent_id, verdict, comment, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![f.suggestion_id, agent.id.0, verdict, f.comment, now_ms()],
    )?;
    Ok(())
}

/// The stored feedback on a suggestion, newest first: `(verdict, comment)` (for tests).
pub fn feedback_for(
    conn: &Connection,
    suggestion_id: &str,
) -> rusqlite::Result<Vec<(String, Option<String>)>> {
    let mut stmt = conn.prepare(
        "SELECT verdict, comment FROM ai_feedback WHERE suggestion_id = ?1 ORDER BY id DESC",
    )?;
    let rows = stmt.query_map(params![suggestion_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

/// The built-in part of the corpus alone (for tests without a database).
#[cfg(test)]
pub fn corpus_for_tests() -> Vec<Candidate> {
    let conn = Connection::open_in_memory().unwrap();
    conn.execute_batch(include_str!("../db/migrations/001_init.sql"))
        .unwrap();
    corpus(&conn, ConversationId(0)).unwrap()
}
