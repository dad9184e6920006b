//! This agent's open conversation, told to the other agents over the socket (`viewing`
//! frames, when the backend offers the `viewing` capability): whenever the route's
//! conversation changes, and again each time the socket becomes live (the server forgot
//! this socket's view when the last one closed, and answers with who is already there).

use crate::api;
use crate::store::{SocketStatus, Store};
use leptos::prelude::*;
use switchboard_core::Route;
use switchboard_protocol::Capability;

/// Starts following the open conversation; runs for the app's lifetime.
pub fn start(state: Store, route: Memo<Route>) {
    let open = Memo::new(move |_| route.with(|r| r.conversation()));
    Effect::new(move || {
        let live = state.socket.get() == SocketStatus::Live;
        let open = open.get();
        if live && state.offers(Capability::Viewing) {
            api::send_viewing(open);
        }
    });
}
