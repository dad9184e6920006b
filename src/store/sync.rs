//! Keeps the inbox in step with the server and delivers the outbox.
//!
//! Start-up: sign in (`session.rs`: by itself in demo mode, else through the sign-in
//! form), load the session, open the socket; when the token is refused, the sign-in form
//! comes back over the view and, once an agent signs in, the same loop goes on. A fresh connection (or a
//! `resync_required`) loads a snapshot of the conversation list while events are held back
//! (`Inbox::begin_resync`/`finish_resync`); a reconnection resumes from the last applied
//! `seq` and the server replays what was missed. A gap in `seq` reconnects.
//!
//! The outbox is delivered by `outbox::flush` once the socket is ready.

use crate::api::{self, ApiError, Flow};
use crate::store::list_loader::PAGE_SIZE;
use crate::store::{frames, session, Store};
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::Cell;
use std::rc::Rc;
use switchboard_core::Receive;
use switchboard_protocol::{Event, Seq, ServerFrame};

/// Pause before trying again after a failed start-up call.
const RETRY_MS: u32 = 3_000;

thread_local! {
    /// The live socket's "reconnect" flag (set: a resync found a gap), while one runs.
    static LIVE: std::cell::RefCell<Option<Rc<Cell<bool>>>> = const { std::cell::RefCell::new(None) };
}

/// Loads the list's view afresh (pull to refresh): a snapshot as after a reconnection,
/// with events held back meanwhile, so nothing applied since is lost or applied twice.
/// Without a live socket there is nothing to do: the app is already reconnecting (and
/// says so), and a reconnection loads the snapshot itself.
pub fn refresh(state: Store) {
    let Some(reconnect) = LIVE.with(|l| l.borrow().clone()) else {
        return;
    };
    frames::drain(state, &reconnect);
    let head = state.inbox().with_untracked(|i| {
        (!i.sync.is_resyncing())
            .then_some(i.sync.last_seq)
            .flatten()
    });
    if let Some(head) = head {
        resync(state, head, reconnect);
    }
}

/// Starts the background work; runs for the app's lifetime.
pub fn start(state: Store) {
    spawn_local(async move {
        loop {
            if api::stored_token().is_none() {
                // Only a fresh start signs in by itself: after a session ended, the agent
                // signs in again through the form (never silently as someone else).
                let fresh = state.gate.get_untracked() == session::Gate::Starting;
                let by_itself = if fresh {
                    session::sign_in_by_itself().await
                } else {
                    Ok(false)
                };
                match by_itself {
                    Ok(true) => {}
                    Ok(false) => session::wait_for_sign_in(state).await,
                    Err(e) => {
                        state.warn(crate::i18n::Msg::ErrSignIn, e.detail().map(str::to_owned));
                        TimeoutFuture::new(RETRY_MS).await;
                        continue;
                    }
                }
            }
            match api::session().await {
                Ok(s) => {
                    if !session::admit(state, s) {
                        return;
                    }
                }
                Err(ApiError::Unauthorized) => continue,
                Err(e) => {
                    state.warn(e.msg(), e.detail().map(str::to_owned));
                    TimeoutFuture::new(RETRY_MS).await;
                    continue;
                }
            }
            run(state).await;
            // The socket refused the token: sign in again.
        }
    });
}

/// One signed-in session of the socket; returns when the token is refused.
async fn run(state: Store) {
    let resumed = Rc::new(Cell::new(false));
    let reconnect = Rc::new(Cell::new(false));
    let resume_after = {
        let resumed = resumed.clone();
        let reconnect = reconnect.clone();
        move || -> Option<Seq> {
            // Every event received counts: the server replays from the last one applied
            // (so a gap found now needs no other reconnection).
            frames::drain(state, &reconnect);
            reconnect.set(false);
            let from = state.inbox().with_untracked(|i| {
                (!i.sync.is_resyncing())
                    .then_some(i.sync.last_seq)
                    .flatten()
            });
            resumed.set(from.is_some());
            from
        }
    };
    let live = reconnect.clone();
    let on_frame = move |frame: ServerFrame| -> Flow {
        if reconnect.replace(false) {
            return Flow::Reconnect;
        }
        if api::stored_token().is_none() {
            // A call was refused with 401: this socket's token is dead too.
            return Flow::Stop;
        }
        match frame {
            ServerFrame::Ready { head } => {
                frames::drain(state, &reconnect);
                // What the server replays up to `head` happened while the app was away.
                crate::alerts::connected(head);
                if !resumed.get() {
                    resync(state, head, reconnect.clone());
                }
                super::outbox::flush(state);
                Flow::Continue
            }
            ServerFrame::ResyncRequired { head } => {
                frames::drain(state, &reconnect);
                crate::alerts::connected(head);
                resync(state, head, reconnect.clone());
                Flow::Continue
            }
            ServerFrame::Event { seq, event } => {
                // The session's, not the inbox's: the whole settings, so applying them
                // early or twice is harmless.
                if let Event::SettingsUpdated { settings } = &event {
                    super::settings::apply(state, settings.clone());
                }
                // Applied with the others of this animation frame (`frames.rs`).
                frames::push(state, seq, event, &reconnect);
                if reconnect.replace(false) {
                    Flow::Reconnect
                } else {
                    Flow::Continue
                }
            }
            ServerFrame::Unauthorized => Flow::Stop,
            ServerFrame::Typing {
                conversation_id,
                who,
                active,
            } => {
                let now = js_sys::Date::now();
                state
                    .typing
                    .update(|t| t.set(conversation_id, who, active, now));
                Flow::Continue
            }
            ServerFrame::Viewing {
                conversation_id,
                agent_id,
                name,
                active,
            } => {
                state
                    .viewing
                    .update(|v| v.set(conversation_id, agent_id, &name, active));
                Flow::Continue
            }
            // Presence is shown with the agents (issue 6); skipping it loses nothing.
            ServerFrame::Heartbeat { .. } | ServerFrame::Presence { .. } | ServerFrame::Unknown => {
                Flow::Continue
            }
        }
    };
    let on_status = move |s| {
        LIVE.with(|l| *l.borrow_mut() = (s == api::SocketStatus::Live).then(|| live.clone()));
        if s != api::SocketStatus::Live {
            // Nobody's typing frames reach us while the socket is down.
            state.typing.update(|t| t.clear());
            state.viewing.update(|v| v.clear());
        }
        state.socket.set(s)
    };
    api::run_socket(resume_after, on_status, on_frame).await;
    LIVE.with(|l| l.borrow_mut().take());
    frames::forget();
}

/// Loads a fresh snapshot (the first page of the list's view); events wait until it is in.
fn resync(state: Store, head: Seq, reconnect: Rc<Cell<bool>>) {
    state.write(|i| i.begin_resync(head));
    spawn_local(async move {
        loop {
            // Asked afresh each time: the agent may change the view meanwhile.
            let Some(asked) = state.write(|i| i.list.first_page(PAGE_SIZE)) else {
                return;
            };
            match api::conversations(&asked).await {
                Ok(page) => {
                    let verdict = state.write(|i| i.finish_resync_for(&asked, page));
                    if verdict == Some(Receive::Gap) {
                        reconnect.set(true);
                    }
                    crate::store::list_loader::load_more(state);
                    return;
                }
                Err(e) => {
                    state.warn(e.msg(), e.detail().map(str::to_owned));
                    TimeoutFuture::new(RETRY_MS).await;
                }
            }
        }
    });
}
