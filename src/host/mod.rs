//! The host-page API (`docs/embedding.md`): when a page in `config.json`'s `host_origins`
//! frames the app, it can drive the app with commands and hears what happens as events,
//! all over `postMessage`.
//!
//! What a message means, and whether it is heard at all, is decided by the pure
//! `switchboard_core::host_api::hear`; this module is the browser's side of it: the one
//! `message` listener, the answers, and [`tell`] for the events (called by the store
//! where things happen, and by `events.rs` for what is derived). Nothing is ever posted to
//! `'*'`: only to the host's origin, once it is known to be allowed (from the browser's
//! ancestor origins or the referrer, or from the first command heard).
//!
//! Outside a frame, or with no `host_origins`, none of this starts and [`tell`] does
//! nothing.

mod commands;
mod events;

use crate::store::Store;
use std::cell::RefCell;
pub use switchboard_core::host_api::Event;
use switchboard_core::host_api::{self, Heard, Sender};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The framing page, once the app talks to it.
struct Link {
    /// The window that frames the app.
    parent: web_sys::Window,
    /// Its origin, once known to be an allowed one.
    origin: Option<String>,
    /// The last event number used (`"e1"`, `"e2"`, …).
    sent: u64,
}

thread_local! {
    static LINK: RefCell<Option<Link>> = const { RefCell::new(None) };
}

/// Tells the host page that something happened (nothing when there is no host page, or
/// its origin is not known yet).
pub fn tell(event: Event) {
    LINK.with(|l| {
        let mut l = l.borrow_mut();
        let Some(link) = l.as_mut() else { return };
        let Some(origin) = link.origin.clone() else {
            return;
        };
        link.sent += 1;
        post(
            &link.parent,
            &origin,
            &event.envelope(&format!("e{}", link.sent)),
        );
    });
}

/// Whether the app runs inside a frame.
pub fn is_framed() -> bool {
    parent_window().is_some()
}

fn post(to: &web_sys::Window, origin: &str, message: &serde_json::Value) {
    if let Ok(value) = js_sys::JSON::parse(&message.to_string()) {
        // A closed or navigated-away host: nothing to tell.
        let _ = to.post_message(&value, origin);
    }
}

/// The window framing this one, if any.
fn parent_window() -> Option<web_sys::Window> {
    let w = web_sys::window()?;
    let parent = w.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, &w)).then_some(parent)
}

/// Starts listening when the app is framed and `config.json` names host origins; posts
/// `ready`. Called once, inside the router (commands navigate).
pub fn start(store: Store) {
    let allowed = crate::config::get().host_origins.clone();
    let Some(parent) = parent_window() else {
        return;
    };
    if allowed.is_empty() {
        return;
    }
    let window = web_sys::window().expect("a window");
    // `location.ancestorOrigins` (not in every browser, nor in web-sys): read by name.
    let ancestor = js_sys::Reflect::get(&window.location(), &"ancestorOrigins".into())
        .ok()
        .filter(|list| !list.is_undefined())
        .and_then(|list| js_sys::Reflect::get(&list, &"0".into()).ok())
        .and_then(|v| v.as_string());
    let referrer = window.document().map(|d| d.referrer());
    let origin = host_api::host_origin(ancestor.as_deref(), referrer.as_deref(), &allowed);
    LINK.with(|l| {
        *l.borrow_mut() = Some(Link {
            parent: parent.clone(),
            origin,
            sent: 0,
        })
    });
    let act = commands::Actor::new(store);
    let listener =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let origin = ev.origin();
            let is_parent = ev.source().is_some_and(|s| js_sys::Object::is(&s, &parent));
            let heard = host_api::hear(
                Sender {
                    origin: &origin,
                    is_parent,
                },
                &allowed,
                || {
                    js_sys::JSON::stringify(&ev.data())
                        .ok()
                        .and_then(|s| s.as_string())
                },
            );
            match heard {
                Heard::Ignore => {}
                Heard::Refuse { id, error } => {
                    post(&parent, &origin, &host_api::result(&id, Err(error)));
                }
                Heard::Act { id, command } => {
                    // An allowed host that spoke first: talk back to it from now on.
                    let first = LINK.with(|l| {
                        l.borrow_mut()
                            .as_mut()
                            .is_some_and(|l| l.origin.replace(origin.clone()).is_none())
                    });
                    if first {
                        tell(Event::Ready);
                    }
                    let parent = parent.clone();
                    let act = act.clone();
                    leptos::task::spawn_local(async move {
                        let outcome = act.run(command).await;
                        post(&parent, &origin, &host_api::result(&id, outcome.result()));
                        outcome.after().await;
                    });
                }
            }
        });
    window
        .add_event_listener_with_callback("message", listener.as_ref().unchecked_ref())
        .expect("a message listener");
    // The listener lives as long as the app.
    listener.forget();
    events::start(store);
    tell(Event::Ready);
}

pub use events::heard;
