//! This agent's open conversation, told to the other agents over the socket (`viewing`
//! frames, when the backend offers the `viewing` capability): whenever the route's
//! conversation changes, and again each time the socket becomes live (the server forgot
//! this socket's view when the last one closed, and answers with who is already there).
//!
//! Opening a conversation also marks what was newest in it then, so the composer can warn
//! before sending when another agent replied since ([`replied_since`]).

use crate::api;
use crate::store::{SocketStatus, Store};
use leptos::prelude::*;
use switchboard_core::replied_since::{self, Opened};
use switchboard_core::Route;
use switchboard_protocol::{Capability, ConversationId};

/// Starts following the open conversation; runs for the app's lifetime.
pub fn start(state: Store, route: Memo<Route>) {
    let open = Memo::new(move |_| route.with(|r| r.conversation()));
    // The moment of opening, kept (not a signal: nothing on screen follows it).
    Effect::new(move || {
        if let Some(id) = open.get() {
            mark_seen(state, id);
        }
    });
    Effect::new(move || {
        let live = state.socket.get() == SocketStatus::Live;
        let open = open.get();
        if live && state.offers(Capability::Viewing) {
            api::send_viewing(open);
        }
    });
}

/// The other agent who sent a public reply in `id` since this agent opened it (or since
/// the last [`mark_seen`]), if any.
pub fn replied_since(state: Store, id: ConversationId) -> Option<String> {
    let me = untrack(|| state.me())?;
    let opened = state.opened.with_value(|o| o.get(&id).copied())?;
    state.inbox().with_untracked(|i| {
        i.logs
            .get(&id)
            .and_then(|log| replied_since::replied_since(log, &opened, me))
    })
}

/// What `id` shows now counts as seen (opened, or a warning about a reply was shown).
pub fn mark_seen(state: Store, id: ConversationId) {
    let mark = state
        .inbox()
        .with_untracked(|i| Opened::at_open(i.logs.get(&id), chrono::Utc::now()));
    state.opened.update_value(|o| _ = o.insert(id, mark));
}
