//! The event log: every change is appended to the `events` table (inside the transaction
//! that made it) and, after commit, sent on the live broadcast [`Hub`].
//!
//! Invariants: `seq` only grows and is never reused (SQLite AUTOINCREMENT); publishing
//! happens while the connection lock is still held, so the broadcast carries events in
//! `seq` order; the table keeps the newest [`RETAIN`] events.

use rusqlite::{params, Connection, OptionalExtension};
use std::sync::Arc;
use switchboard_protocol::{ContactId, ConversationId, Event, Seq, TeamId};
use tokio::sync::broadcast;

/// How many events the table keeps for resuming sockets.
pub const RETAIN: i64 = 10_000;

/// One committed event.
///
/// It carries its JSON as stored (`json`, `privileged_json`): the text is made once, when
/// the event is appended, and every socket sends it as is (`crate::ws::project`), instead
/// of each socket serialising the event again. A burst of messages is thousands of events,
/// each `conversation_updated` a whole list row.
#[derive(Clone, Debug)]
pub struct Published {
    /// Its sequence number.
    pub seq: Seq,
    /// What changed.
    pub event: Event,
    /// `event` as JSON, byte for byte what the events table holds.
    pub json: Arc<str>,
    /// About a blocked contact's conversation: agents without `view_blocked` get it
    /// redacted (see `crate::ws`).
    pub restricted: bool,
    /// The JSON of the form for agents with `view_phone_numbers`, when it differs (a
    /// contact whose phone `event` carries masked).
    pub privileged_json: Option<Arc<str>>,
    /// The teams of the conversations it is about, for sessions opened at a kiosk desk
    /// (they hear only of their desk's team): `None` when it is about no conversation or
    /// contact, or cannot say (a deletion), and everyone may hear it. See [`teams`].
    pub teams: Option<Vec<TeamId>>,
}

impl Published {
    /// Whether a session at a desk of `team` (or at no desk) may hear of it.
    pub fn heard_at(&self, desk: Option<TeamId>) -> bool {
        heard_at(self.teams.as_deref(), desk)
    }
}

/// Whether something about `teams` (`None`: about no conversation) may reach a session at a
/// desk of `desk` (`None`: not a desk session).
pub fn heard_at(teams: Option<&[TeamId]>, desk: Option<TeamId>) -> bool {
    match (desk, teams) {
        (None, _) | (_, None) => true,
        (Some(d), Some(list)) => list.contains(&d),
    }
}

/// The team of a conversation (an empty list when it has none or is gone).
pub fn conversation_teams(conn: &Connection, id: ConversationId) -> rusqlite::Result<Vec<TeamId>> {
    let team: Option<Option<i64>> = conn
        .query_row(
            "SELECT team_id FROM conversations WHERE id = ?1",
            params![id.0],
            |r| r.get(0),
        )
        .optional()?;
    Ok(team.flatten().map(TeamId).into_iter().collect())
}

/// The teams of a contact's conversations.
fn contact_teams(conn: &Connection, id: ContactId) -> rusqlite::Result<Vec<TeamId>> {
    let mut stmt = conn.prepare(
        "SELECT DISTINCT team_id FROM conversations WHERE contact_id = ?1 \
         AND team_id IS NOT NULL ORDER BY team_id",
    )?;
    let rows = stmt.query_map(params![id.0], |r| r.get(0).map(TeamId))?;
    rows.collect()
}

/// Which teams' conversations an event is about, as the store is now (see
/// [`Published::teams`]): a conversation's team; for a contact (its card, notes, tasks not
/// tied to a conversation) the teams of all its conversations.
pub fn teams(conn: &Connection, event: &Event) -> rusqlite::Result<Option<Vec<TeamId>>> {
    let conversation = match event {
        Event::ConversationCreated { conversation }
        | Event::ConversationUpdated { conversation } => {
            return Ok(Some(conversation.team.into_iter().collect()))
        }
        Event::MessageCreated { message } | Event::MessageUpdated { message } => {
            message.conversation_id
        }
        Event::DealUpdated {
            conversation_id, ..
        }
        | Event::Mention {
            conversation_id, ..
        } => *conversation_id,
        Event::ReminderCreated { reminder } => reminder.conversation_id,
        Event::CalendarEventCreated { event } => event.conversation_id,
        Event::TaskUpdated { task } => match task.conversation_id {
            Some(c) => c,
            None => return contact_teams(conn, task.contact_id).map(Some),
        },
        Event::ContactUpdated { contact } => return contact_teams(conn, contact.id).map(Some),
        Event::NoteCreated { note } => return contact_teams(conn, note.contact_id).map(Some),
        Event::ConversationDeleted { .. } | Event::SettingsUpdated { .. } | Event::Unknown => {
            return Ok(None)
        }
    };
    conversation_teams(conn, conversation).map(Some)
}

/// Whether an event concerns a blocked contact's conversation, as the store is now.
pub fn restricted(conn: &Connection, event: &Event) -> rusqlite::Result<bool> {
    let id = match event {
        Event::ConversationCreated { conversation }
        | Event::ConversationUpdated { conversation } => return Ok(conversation.contact_blocked),
        Event::ContactUpdated { contact } => return Ok(contact.blocked),
        Event::MessageCreated { message } | Event::MessageUpdated { message } => {
            message.conversation_id
        }
        Event::DealUpdated {
            conversation_id, ..
        }
        | Event::Mention {
            conversation_id, ..
        } => *conversation_id,
        _ => return Ok(false),
    };
    conversation_restricted(conn, id)
}

/// Whether a conversation belongs to a blocked contact.
pub fn conversation_restricted(
    conn: &Connection,
    id: switchboard_protocol::ConversationId,
) -> rusqlite::Result<bool> {
    let blocked: Option<bool> = conn
        .query_row(
            "SELECT k.blocked FROM conversations c JOIN contacts k ON k.id = c.contact_id \
             WHERE c.id = ?1",
            params![id.0],
            |r| r.get(0),
        )
        .optional()?;
    Ok(blocked.unwrap_or(false))
}

/// Something for the sockets that is neither stored nor numbered: typing and presence.
#[derive(Clone, Debug)]
pub struct Ephemeral {
    /// The agent it comes from (its own sockets skip it), if any.
    pub from: Option<switchboard_protocol::AgentId>,
    /// The frame.
    pub frame: switchboard_protocol::ServerFrame,
    /// About a blocked contact's conversation: not sent to agents without `view_blocked`.
    pub restricted: bool,
    /// The team of the conversation it is about (`None`: about none), as
    /// [`Published::teams`]: desk sessions of other teams do not get it.
    pub teams: Option<Vec<TeamId>>,
}

/// The broadcast of ephemeral frames; lagging sockets simply lose some.
pub type EphemeralHub = broadcast::Sender<Arc<Ephemeral>>;

/// A new ephemeral hub.
pub fn ephemeral_hub() -> EphemeralHub {
    broadcast::channel(256).0
}

/// The live broadcast every socket subscribes to.
pub type Hub = broadcast::Sender<Arc<Published>>;

/// A new hub with room for a burst of events per slow socket.
pub fn hub() -> Hub {
    broadcast::channel(1024).0
}

fn to_json(event: &Event) -> rusqlite::Result<String> {
    serde_json::to_string(event).map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
}

/// Appends an event (call inside the transaction making the change) and trims the log.
pub fn append(conn: &Connection, event: &Event, now_ms: i64) -> rusqlite::Result<Published> {
    append_with(conn, event, None, now_ms)
}

/// Appends an event with a second form for agents who may see more.
pub fn append_with(
    conn: &Connection,
    event: &Event,
    privileged: Option<&Event>,
    now_ms: i64,
) -> rusqlite::Result<Published> {
    let restricted = restricted(conn, event)?;
    let teams = teams(conn, event)?;
    append_as(conn, event, privileged, restricted, teams, now_ms)
}

/// Appends an event about a conversation whose current list row the caller has just read in
/// the same transaction: who may hear of it comes from that row (its contact's blocking
/// and its team, exactly what [`restricted`] and [`teams`] would look up again), so a
/// message's two events cost no extra queries.
pub fn append_about(
    conn: &Connection,
    event: &Event,
    conversation: &switchboard_protocol::ConversationSummary,
    now_ms: i64,
) -> rusqlite::Result<Published> {
    let teams = conversation.team.into_iter().collect();
    append_as(
        conn,
        event,
        None,
        conversation.contact_blocked,
        Some(teams),
        now_ms,
    )
}

/// Stores an event whose audience is known; the statements are cached (two per event, on
/// every write path).
fn append_as(
    conn: &Connection,
    event: &Event,
    privileged: Option<&Event>,
    restricted: bool,
    teams: Option<Vec<TeamId>>,
    now_ms: i64,
) -> rusqlite::Result<Published> {
    let json: Arc<str> = to_json(event)?.into();
    let privileged_json: Option<Arc<str>> = privileged.map(to_json).transpose()?.map(Into::into);
    conn.prepare_cached(
        "INSERT INTO events (json, privileged_json, created_at) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![&*json, privileged_json.as_deref(), now_ms])?;
    let seq = conn.last_insert_rowid();
    conn.prepare_cached("DELETE FROM events WHERE seq <= ?1")?
        .execute(params![seq - RETAIN])?;
    Ok(Published {
        seq: seq as Seq,
        event: event.clone(),
        json,
        restricted,
        privileged_json,
        teams,
    })
}

/// Appends `contact_updated`: masked as for the least privileged agent, with the full
/// contact as the privileged form when masking hid something.
pub fn append_contact(
    conn: &Connection,
    contact: switchboard_protocol::Contact,
    settings: &switchboard_protocol::Settings,
    now_ms: i64,
) -> rusqlite::Result<Published> {
    let masked = crate::mask::mask_for_broadcast(contact.clone(), settings);
    let full = (masked != contact).then_some(Event::ContactUpdated { contact });
    append_with(
        conn,
        &Event::ContactUpdated { contact: masked },
        full.as_ref(),
        now_ms,
    )
}

/// Sends committed events to the live sockets (none listening is fine).
pub fn publish(hub: &Hub, events: Vec<Published>) {
    for p in events {
        let _ = hub.send(Arc::new(p));
    }
}

/// The newest `seq` ever given (0 before the first event), even if trimmed.
pub fn head(conn: &Connection) -> rusqlite::Result<Seq> {
    let seq: Option<i64> = conn
        .query_row(
            "SELECT seq FROM sqlite_sequence WHERE name = 'events'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    Ok(seq.unwrap_or(0).max(0) as Seq)
}

/// The oldest retained `seq`, if any event is retained.
pub fn oldest(conn: &Connection) -> rusqlite::Result<Option<Seq>> {
    let seq: Option<i64> = conn.query_row("SELECT MIN(seq) FROM events", [], |r| r.get(0))?;
    Ok(seq.map(|s| s as Seq))
}

/// What a resuming socket gets: the retained events after `after`, or `None` when some of
/// them are no longer retained (or `after` is beyond the head): the client must resync.
pub fn replay(conn: &Connection, after: Seq) -> rusqlite::Result<Option<Vec<Published>>> {
    let head = head(conn)?;
    if after > head {
        return Ok(None);
    }
    let first_needed = after + 1;
    match oldest(conn)? {
        Some(oldest) if oldest > first_needed => return Ok(None),
        None if head > after => return Ok(None),
        _ => {}
    }
    let mut stmt =
        conn.prepare("SELECT seq, json, privileged_json FROM events WHERE seq > ?1 ORDER BY seq")?;
    let rows = stmt.query_map(params![after as i64], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (seq, json, privileged) = row?;
        // An event this version cannot read goes out as `unknown`, and so does its
        // privileged form (dropped): the stored text is sent only when it is understood.
        let (event, json) = match serde_json::from_str(&json) {
            Ok(event) => (event, json),
            Err(_) => (Event::Unknown, to_json(&Event::Unknown)?),
        };
        let privileged = privileged.filter(|j| serde_json::from_str::<Event>(j).is_ok());
        out.push(Published {
            seq: seq as Seq,
            restricted: restricted(conn, &event)?,
            teams: teams(conn, &event)?,
            event,
            json: json.into(),
            privileged_json: privileged.map(Into::into),
        });
    }
    Ok(Some(out))
}
