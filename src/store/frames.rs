//! The socket's events go into the inbox once per animation frame, as the hand-written
//! floor does it: what arrives between two frames is applied in one write, so the views
//! react once per frame instead of once per event. A long replay (thousands of events
//! after a reconnection) is applied in slices of at most [`BUDGET_MS`] a frame, so the
//! app keeps answering the agent while it catches up.
//!
//! Order is kept: whatever must see every event received so far (a `ready`, a
//! `resync_required`, the resume point of a reconnection) calls [`drain`] first.
//!
//! A hidden tab runs no animation frames: there events are applied as they arrive
//! (nothing is painted anyway, and a notification must not wait for the tab to be seen).

use super::Store;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use switchboard_core::Receive;
use switchboard_protocol::{Event, Seq};

/// The most time (ms) one frame spends applying events; the rest waits for the next.
const BUDGET_MS: f64 = 8.0;

thread_local! {
    /// Events received and not applied yet, in the order they came.
    static QUEUE: RefCell<VecDeque<(Seq, Event)>> = const { RefCell::new(VecDeque::new()) };
    /// A frame is asked for.
    static ASKED: Cell<bool> = const { Cell::new(false) };
}

/// Takes one event from the socket: applied at the next frame (at once in a hidden tab).
/// A gap in `seq` sets `reconnect` (the socket reconnects and the server replays).
pub fn push(state: Store, seq: Seq, event: Event, reconnect: &Rc<Cell<bool>>) {
    QUEUE.with(|q| q.borrow_mut().push_back((seq, event)));
    if hidden() {
        drain(state, reconnect);
    } else if !ASKED.replace(true) {
        let reconnect = reconnect.clone();
        request_animation_frame(move || on_frame(state, reconnect));
    }
}

/// Applies every event received so far, now.
pub fn drain(state: Store, reconnect: &Cell<bool>) {
    while apply(state, None, reconnect) {}
}

/// Forgets what is queued (the socket's session ended: its events are replayed on the
/// next one from the last applied `seq`).
pub fn forget() {
    QUEUE.with(|q| q.borrow_mut().clear());
}

fn on_frame(state: Store, reconnect: Rc<Cell<bool>>) {
    ASKED.set(false);
    if apply(state, Some(BUDGET_MS), &reconnect) && !ASKED.replace(true) {
        request_animation_frame(move || on_frame(state, reconnect));
    }
}

/// Applies queued events in one write of the inbox, for at most `budget` ms (`None`: all
/// of them), then hands the applied ones to the host page and the alerts. Returns whether
/// events are left.
fn apply(state: Store, budget: Option<f64>, reconnect: &Cell<bool>) -> bool {
    if QUEUE.with(|q| q.borrow().is_empty()) {
        return false;
    }
    let start = js_sys::Date::now();
    let mut heard = Vec::new();
    let mut gap = false;
    let written = state.write(|i| {
        while let Some((seq, event)) = QUEUE.with(|q| q.borrow_mut().pop_front()) {
            match i.receive(seq, &event) {
                Receive::Gap => {
                    gap = true;
                    break;
                }
                Receive::Applied | Receive::Buffered => heard.push((seq, event)),
                _ => {}
            }
            if budget.is_some_and(|b| js_sys::Date::now() - start >= b) {
                break;
            }
        }
    });
    if written.is_none() {
        // The store is gone (the app is being torn down): nothing can apply them.
        forget();
        return false;
    }
    if gap {
        // What follows a hole is replayed after the reconnection.
        forget();
        reconnect.set(true);
    }
    for (seq, event) in &heard {
        crate::host::heard(event);
        crate::alerts::heard(*seq, event);
    }
    QUEUE.with(|q| !q.borrow().is_empty())
}

fn hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}
