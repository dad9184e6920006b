//! The socket (`GET /api/v1/ws`), per `switchboard_protocol::socket`.
//!
//! Invariants:
//! - nothing is sent before the client's `auth` frame, which must come within
//!   [`AUTH_TIMEOUT`]; a bad token gets `unauthorized` and the socket closes;
//! - the socket subscribes to the live hub *before* reading the head and replaying, and
//!   drops live events with `seq <= last sent`, so an event committed meanwhile is sent
//!   exactly once and `seq` only grows on the wire;
//! - a lagging socket is caught up from the events table (or told to resync);
//! - an agent without `view_blocked` gets events about blocked contacts' conversations as
//!   `{"type": "redacted"}` with their `seq` ([`project`]), so `seq` has no gaps; so does a
//!   session opened at a kiosk desk for events about other teams' conversations (and it
//!   gets no typing or viewing frames about them);
//! - typing, viewing and presence come from the ephemeral hub, carry no `seq`, and skip the
//!   sockets of the agent they come from; a socket's open conversation is left (`viewing`
//!   with `active: false`) when it closes, whatever ended it;
//! - a socket lives only as long as its token: signing the token out closes it at once,
//!   and every [`TOKEN_RECHECK`] it looks the token up again (an `agent disable` from
//!   another process, an expiry), each time with `unauthorized` before the close. An
//!   access token that expired while its sign-in can still be refreshed keeps its socket
//!   (`crate::refresh::socket_may_stay`): the app renews the token, not the socket.

use crate::auth;
use crate::error::AppError;
use crate::events::Ephemeral;
use crate::events::{self, Published};
use crate::faults::{self, EventShaper};
use crate::state::AppState;
use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{Message as WsMessage, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use futures_util::SinkExt;
use std::sync::Arc;
use std::time::Duration;
use switchboard_protocol::{AgentId, ClientFrame, Permissions, Seq, ServerFrame, TeamId, Typist};
use tokio::sync::broadcast::error::{RecvError, TryRecvError};
use tokio::time::{interval_at, timeout, Instant};

/// How long a new socket may stay silent before its `auth` frame.
pub const AUTH_TIMEOUT: Duration = Duration::from_secs(10);
/// Pause between two heartbeats.
/// Clients reconnect after 25 s without a frame: two beats missed (and a margin) find a
/// half-open link within 30 s.
pub const HEARTBEAT: Duration = Duration::from_secs(10);
/// Pause between two checks that the socket's token still works.
pub const TOKEN_RECHECK: Duration = Duration::from_secs(5);

/// Upgrades the request; a plain HTTP request gets a 400 `ApiError`.
pub async fn handler(
    State(state): State<AppState>,
    ws: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    match ws {
        Ok(ws) => ws.on_upgrade(move |socket| run(socket, state)),
        Err(e) => AppError::bad_request(e.body_text()).into_response(),
    }
}

/// The next client frame that parses; garbage is skipped. `None` when the socket ends.
async fn next_frame(socket: &mut WebSocket) -> Option<ClientFrame> {
    loop {
        match socket.recv().await? {
            Ok(WsMessage::Text(text)) => {
                if let Ok(frame) = serde_json::from_str::<ClientFrame>(text.as_str()) {
                    return Some(frame);
                }
            }
            Ok(WsMessage::Close(_)) | Err(_) => return None,
            Ok(_) => {}
        }
    }
}

async fn send(socket: &mut WebSocket, frame: &ServerFrame) -> bool {
    match serde_json::to_string(frame) {
        Ok(text) => socket.send(WsMessage::Text(text.into())).await.is_ok(),
        Err(_) => false,
    }
}

/// The text of an event frame as this agent may see it: redacted when it concerns a
/// blocked contact's conversation and the agent lacks `view_blocked`, or another team's
/// conversation than its desk's (`desk`: the team of the session's kiosk desk); in its
/// privileged form (full phone numbers) for agents with `view_phone_numbers`.
///
/// The frame is put together from the event's stored JSON ([`Published::json`]), which is
/// exactly what serialising `ServerFrame::Event` would write (its tag, then `seq`, then the
/// event), without serialising the event once per socket.
pub fn project(p: &Published, perms: Permissions, desk: Option<TeamId>) -> String {
    if (p.restricted && !perms.view_blocked) || !p.heard_at(desk) {
        return format!(
            r#"{{"type":"event","seq":{},"event":{{"type":"redacted"}}}}"#,
            p.seq
        );
    }
    let event = match &p.privileged_json {
        Some(full) if perms.view_phone_numbers => full,
        _ => &p.json,
    };
    format!(r#"{{"type":"event","seq":{},"event":{event}}}"#, p.seq)
}

/// What decides which events a socket gets: its agent's permissions and its session's desk.
#[derive(Clone, Copy, Debug)]
struct Who {
    perms: Permissions,
    desk: Option<TeamId>,
}

impl Who {
    /// Whether an ephemeral frame may reach this socket (of agent `me`).
    fn hears(&self, me: AgentId, e: &Ephemeral) -> bool {
        e.from != Some(me)
            && (self.perms.view_blocked || !e.restricted)
            && events::heard_at(e.teams.as_deref(), self.desk)
    }
}

/// Sends the events after `last` (advancing it), shaped by the fault switches.
async fn send_events(
    socket: &mut WebSocket,
    list: Vec<Arc<Published>>,
    last: &mut Seq,
    shaper: &mut EventShaper,
    who: Who,
) -> bool {
    let fresh: Vec<Arc<Published>> = list
        .into_iter()
        .filter(|p| {
            let new = p.seq > *last;
            *last = (*last).max(p.seq);
            new
        })
        .collect();
    send_shaped(socket, shaper.shape(fresh), who).await
}

/// Sends events as they are (already filtered and shaped), projected for the agent: all
/// written out, then one flush (a burst of events is one write, not one per event).
async fn send_shaped(socket: &mut WebSocket, list: Vec<Arc<Published>>, who: Who) -> bool {
    if list.is_empty() {
        return true;
    }
    for p in list {
        let text = project(&p, who.perms, who.desk);
        if socket.feed(WsMessage::Text(text.into())).await.is_err() {
            return false;
        }
    }
    socket.flush().await.is_ok()
}

/// How many live events one wake-up of a socket sends at most (then it looks at its other
/// duties, heartbeat and client frames, before the next batch).
const BATCH: usize = 256;

/// `first` and the live events already waiting behind it (up to [`BATCH`]); `true` when
/// the receiver lagged meanwhile, so the rest must come from the events table.
fn live_batch(
    first: Arc<Published>,
    live: &mut tokio::sync::broadcast::Receiver<Arc<Published>>,
) -> (Vec<Arc<Published>>, bool) {
    let mut batch = vec![first];
    while batch.len() < BATCH {
        match live.try_recv() {
            Ok(p) => batch.push(p),
            Err(TryRecvError::Lagged(_)) => return (batch, true),
            Err(TryRecvError::Empty | TryRecvError::Closed) => break,
        }
    }
    (batch, false)
}

/// Catches a lagging socket up from the events table, or tells it to resync when the
/// table no longer has what it missed.
async fn catch_up_lagged(
    socket: &mut WebSocket,
    state: &AppState,
    last: &mut Seq,
    shaper: &mut EventShaper,
    who: Who,
) -> bool {
    match catch_up(state, Some(*last)).await {
        Ok((_, Some(Some(list)))) => {
            let list = list.into_iter().map(Arc::new).collect();
            send_events(socket, list, last, shaper, who).await
        }
        Ok((head, _)) => {
            *last = head;
            send(socket, &ServerFrame::ResyncRequired { head }).await
        }
        Err(_) => false,
    }
}

/// Relays this agent's typing to the other sockets (off the socket's loop: whether the
/// conversation is a blocked contact's takes a look at the store).
fn relay_typing(state: &AppState, agent: &switchboard_protocol::Agent, frame: ClientFrame) {
    if let ClientFrame::Typing {
        conversation_id,
        active,
    } = frame
    {
        let who = Typist::Agent {
            id: agent.id,
            name: agent.name.clone(),
        };
        let frame = ServerFrame::Typing {
            conversation_id,
            who,
            active,
        };
        relay(state, agent.id, conversation_id, frame);
    }
}

/// Sends an ephemeral frame about `conversation_id` from agent `from` to the other sockets
/// (off the socket's loop: the frame waits for the lookup of whether the conversation is
/// restricted, which decides who may hear of it).
fn relay(
    state: &AppState,
    from: switchboard_protocol::AgentId,
    conversation_id: switchboard_protocol::ConversationId,
    frame: ServerFrame,
) {
    let state = state.clone();
    tokio::spawn(async move {
        let (restricted, teams) = state
            .run(move |conn, _| {
                Ok((
                    events::conversation_restricted(conn, conversation_id)?,
                    events::conversation_teams(conn, conversation_id)?,
                ))
            })
            .await
            // A failed lookup: only those who may see everything hear of it.
            .unwrap_or((true, Vec::new()));
        let _ = state.ephemeral.send(Arc::new(Ephemeral {
            from: Some(from),
            frame,
            restricted,
            teams: Some(teams),
        }));
    });
}

/// Whether the token still resolves to an enabled agent, or to a sign-in that can still
/// be refreshed (a failed lookup counts as yes: the next check decides).
async fn token_works(state: &AppState, token: &str) -> bool {
    let token = token.to_owned();
    state
        .run(move |conn, _| Ok(crate::refresh::socket_may_stay(conn, &token)?))
        .await
        .unwrap_or(true)
}

/// Sends `unauthorized`; `false`, so the loop ends and the socket closes.
async fn unauthorized(socket: &mut WebSocket) -> bool {
    send(socket, &ServerFrame::Unauthorized).await;
    false
}

/// Announces to the other agents that `agent` opened or left a conversation (off the
/// socket's loop, like typing).
fn announce_viewing(
    state: &AppState,
    agent: &switchboard_protocol::Agent,
    conversation_id: switchboard_protocol::ConversationId,
    active: bool,
) {
    let frame = ServerFrame::Viewing {
        conversation_id,
        agent_id: agent.id,
        name: agent.name.clone(),
        active,
    };
    relay(state, agent.id, conversation_id, frame);
}

/// This socket's agent opened `conversation` (or none): the others hear of it, and this
/// socket hears who is already there.
async fn view(
    socket: &mut WebSocket,
    state: &AppState,
    agent: &switchboard_protocol::Agent,
    id: u64,
    conversation: Option<switchboard_protocol::ConversationId>,
) -> bool {
    let change = state.viewers.view(id, agent.id, &agent.name, conversation);
    if let Some(left) = change.left {
        announce_viewing(state, agent, left, false);
    }
    if let Some(c) = conversation {
        announce_viewing(state, agent, c, true);
    }
    for v in change.there {
        let frame = ServerFrame::Viewing {
            conversation_id: v.conversation,
            agent_id: v.agent,
            name: v.name,
            active: true,
        };
        if !send(socket, &frame).await {
            return false;
        }
    }
    true
}

/// Reads the head and the events after `after` under one lock.
async fn catch_up(
    state: &AppState,
    after: Option<Seq>,
) -> Result<(Seq, Option<Option<Vec<Published>>>), AppError> {
    state
        .run(move |conn, _| {
            let head = events::head(conn)?;
            let replay = after.map(|a| events::replay(conn, a)).transpose()?;
            Ok((head, replay))
        })
        .await
}

async fn run(mut socket: WebSocket, state: AppState) {
    let (token, resume_after) = match timeout(AUTH_TIMEOUT, next_frame(&mut socket)).await {
        Ok(Some(ClientFrame::Auth {
            token,
            resume_after,
        })) => (token, resume_after),
        _ => {
            let _ = socket.send(WsMessage::Close(None)).await;
            return;
        }
    };
    // Subscribed before the lookup, so a sign-out in between is not missed.
    let mut revoked = state.revoked.subscribe();
    let own_hash = auth::token_hash(&token);
    let lookup = token.clone();
    let caller = state
        .run(move |conn, _| Ok(auth::caller_for_token(conn, &lookup)?))
        .await;
    let Ok(Some(caller)) = caller else {
        send(&mut socket, &ServerFrame::Unauthorized).await;
        let _ = socket.send(WsMessage::Close(None)).await;
        return;
    };
    let agent = caller.agent;
    let who = Who {
        perms: Permissions::of(agent.role),
        desk: caller.desk.map(|d| d.team),
    };
    let mut live = state.hub.subscribe();
    let mut eph = state.ephemeral.subscribe();
    let Ok((head, replay)) = catch_up(&state, resume_after).await else {
        return;
    };
    if !send(&mut socket, &ServerFrame::Ready { head }).await {
        return;
    }
    let mut last = resume_after.unwrap_or(head).min(head);
    let mut shaper = EventShaper::new(state.faults.clone());
    // Subscribed before the first reading, so a change in between is not missed.
    let mut fault_changes = state.faults.subscribe();
    let opened = Instant::now();
    let mut drop_at = state.faults.ws_deadline(opened);
    let ok = match replay {
        Some(Some(list)) => {
            let list = list.into_iter().map(Arc::new).collect();
            send_events(&mut socket, list, &mut last, &mut shaper, who).await
        }
        Some(None) => {
            last = head;
            send(&mut socket, &ServerFrame::ResyncRequired { head }).await
        }
        None => true,
    };
    if !ok {
        return;
    }
    let viewer = state.viewers.socket();
    let mut beat = interval_at(Instant::now() + HEARTBEAT, HEARTBEAT);
    let mut recheck = interval_at(Instant::now() + TOKEN_RECHECK, TOKEN_RECHECK);
    let mut shutdown = state.shutdown.clone();
    loop {
        let ok = tokio::select! {
            _ = shutdown.changed() => false,
            // Fault injection: the socket is dropped N seconds after it opened (or after
            // the switch was set, for a socket already open then).
            _ = faults::until(drop_at) => false,
            // Fault injection: switches changed at run time reach this socket too.
            changed = fault_changes.changed() => {
                drop_at = state.faults.ws_deadline(opened);
                let stalled = state.faults.get().stall_ws;
                if stalled {
                    // Fault injection: a half-open link, silent until the client gives up.
                    faults::stall(&mut socket, &mut shutdown).await;
                }
                // The sender lives as long as the state: an error means the server is going.
                changed.is_ok() && !stalled
            },
            // Fault injection: a held-back event with no successor goes out alone.
            _ = faults::until(shaper.deadline()) => send_shaped(&mut socket, shaper.flush(), who).await,
            _ = beat.tick() => send(&mut socket, &ServerFrame::Heartbeat { head: last }).await,
            _ = recheck.tick() => token_works(&state, &token).await || unauthorized(&mut socket).await,
            got = revoked.recv() => match got {
                Ok(hash) if *hash == *own_hash => unauthorized(&mut socket).await,
                Ok(_) => true,
                Err(RecvError::Lagged(_)) => token_works(&state, &token).await || unauthorized(&mut socket).await,
                Err(RecvError::Closed) => false,
            },
            got = live.recv() => match got {
                Ok(p) => {
                    let (batch, lagged) = live_batch(p, &mut live);
                    send_events(&mut socket, batch, &mut last, &mut shaper, who).await
                        && (!lagged || catch_up_lagged(&mut socket, &state, &mut last, &mut shaper, who).await)
                }
                Err(RecvError::Lagged(_)) => catch_up_lagged(&mut socket, &state, &mut last, &mut shaper, who).await,
                Err(RecvError::Closed) => false,
            },
            got = eph.recv() => match got {
                Ok(e) if who.hears(agent.id, &e) => send(&mut socket, &e.frame).await,
                Ok(_) | Err(RecvError::Lagged(_)) => true,
                Err(RecvError::Closed) => false,
            },
            frame = next_frame(&mut socket) => match frame {
                Some(ClientFrame::Ping) => send(&mut socket, &ServerFrame::Heartbeat { head: last }).await,
                Some(f @ ClientFrame::Typing { .. }) => {
                    relay_typing(&state, &agent, f);
                    true
                }
                Some(ClientFrame::Viewing { conversation_id }) => {
                    view(&mut socket, &state, &agent, viewer, conversation_id).await
                }
                Some(ClientFrame::Auth { .. }) => true,
                None => false,
            },
        };
        if !ok {
            break;
        }
    }
    if let Some(left) = state.viewers.close(viewer, agent.id) {
        announce_viewing(&state, &agent, left, false);
    }
    let _ = socket.send(WsMessage::Close(None)).await;
}

#[cfg(test)]
mod tests {
    use super::*;
    use switchboard_protocol::{
        Author, Content, ConversationId, DeliveryStatus, Event, Message, MessageId, Role,
        Visibility,
    };

    fn message(text: &str) -> Message {
        Message {
            id: MessageId(7),
            conversation_id: ConversationId(3),
            client_id: None,
            author: Author::Contact,
            visibility: Visibility::Public,
            content: Content::Text { text: text.into() },
            created_at: crate::db::rows::time(1_700_000_000_123),
            status: DeliveryStatus::Delivered,
            channel: None,
            attachments: Vec::new(),
            reply_to: None,
            translation: None,
            mentions: Vec::new(),
        }
    }

    /// A frame put together from the stored JSON is byte for byte what serialising
    /// `ServerFrame::Event` gives, in the plain form, in the privileged form, and after a
    /// replay from the events table.
    #[test]
    fn project_writes_what_serde_writes() {
        let dir = tempfile::tempdir().unwrap();
        let conn = crate::db::open(&dir.path().join("x.sqlite3")).unwrap();
        let plain = Event::MessageCreated {
            message: message("«quoted» \"text\"\nand a \\ backslash"),
        };
        let full = Event::MessageCreated {
            message: message("+44 20 7946 0018"),
        };
        let p = events::append_with(&conn, &plain, Some(&full), 5).unwrap();
        let serde = |event: &Event| {
            serde_json::to_string(&ServerFrame::Event {
                seq: p.seq,
                event: event.clone(),
            })
            .unwrap()
        };
        let agent = Permissions::of(Role::Agent);
        let admin = Permissions::of(Role::Admin);
        assert!(!agent.view_phone_numbers && admin.view_phone_numbers);
        assert_eq!(project(&p, agent, None), serde(&plain));
        assert_eq!(project(&p, admin, None), serde(&full));
        let replayed = events::replay(&conn, p.seq - 1).unwrap().unwrap();
        assert_eq!(replayed.len(), 1);
        assert_eq!(project(&replayed[0], agent, None), serde(&plain));
        assert_eq!(project(&replayed[0], admin, None), serde(&full));
    }
}
