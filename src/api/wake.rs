//! The socket's wait between two attempts, cut short when the browser says the network
//! came back (`online`) or the agent came back to the tab (`visibilitychange` to
//! visible): waiting out a 30 s backoff then would leave the agent looking at a stale
//! inbox with a working network.
//!
//! Only a wait under way is cut short: the events do nothing while the socket is live or
//! connecting, so switching tabs back and forth never opens sockets (no reconnection
//! storm), and one event ends at most one wait.

use futures::channel::oneshot;
use futures::future::select;
use gloo_timers::future::TimeoutFuture;
use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

thread_local! {
    /// The wait under way, if any: sending on it ends the wait.
    static WAITING: RefCell<Option<oneshot::Sender<()>>> = const { RefCell::new(None) };
    /// Whether the listeners are in place (once per page load).
    static LISTENING: Cell<bool> = const { Cell::new(false) };
}

/// Waits `ms`, or less when the network or the tab comes back meanwhile.
pub async fn wait(ms: u32) {
    listen();
    let (tx, rx) = oneshot::channel();
    WAITING.with(|w| *w.borrow_mut() = Some(tx));
    // Either way the wait is over: the delay ran out, or something ended it early.
    let _ = select(TimeoutFuture::new(ms), rx).await;
    WAITING.with(|w| w.borrow_mut().take());
}

/// Ends the wait under way, if any.
fn wake() {
    if let Some(tx) = WAITING.with(|w| w.borrow_mut().take()) {
        let _ = tx.send(());
    }
}

fn listen() {
    if LISTENING.replace(true) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    on(&window, "online", wake);
    if let Some(document) = window.document() {
        let visible = document.clone();
        on(&document, "visibilitychange", move || {
            if !visible.hidden() {
                wake();
            }
        });
    }
}

fn on(target: &web_sys::EventTarget, kind: &str, f: impl Fn() + 'static) {
    let cb = Closure::<dyn Fn()>::new(f);
    let _ = target.add_event_listener_with_callback(kind, cb.as_ref().unchecked_ref());
    // Listens for the app's lifetime.
    cb.forget();
}
