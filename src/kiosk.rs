//! Kiosk mode at run time (`auth: "kiosk"`): the idle clock (blur, then sign-out once the
//! outbox is empty, then the wipe; rules in `switchboard_core::kiosk`), links that would
//! leave the app kept in, the screen kept awake, and a reload after a crash so the desk
//! comes back to its start screen by itself. The socket already reconnects forever with
//! a capped backoff (`api/socket.rs`).

use crate::i18n::Msg;
use crate::store::{Gate, Store};
use gloo_timers::callback::Interval;
use leptos::prelude::*;
use switchboard_core::kiosk::{idle, limits, link_allowed, Idle};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Whether this deployment is a kiosk desk.
pub fn is_kiosk() -> bool {
    crate::config::get().auth == Some(switchboard_core::runtime_config::AuthMode::Kiosk)
}

/// The desk's idle state, for the guard over the screen.
#[derive(Clone, Copy)]
pub struct DeskIdle(pub ReadSignal<Idle>);

fn on(target: &web_sys::EventTarget, kind: &str, f: impl Fn(web_sys::Event) + 'static) {
    let cb = Closure::<dyn Fn(web_sys::Event)>::new(f);
    let opts = web_sys::AddEventListenerOptions::new();
    opts.set_capture(true);
    opts.set_passive(false);
    let _ = target.add_event_listener_with_callback_and_add_event_listener_options(
        kind,
        cb.as_ref().unchecked_ref(),
        &opts,
    );
    // Listens for the app's lifetime.
    cb.forget();
}

/// Starts kiosk mode (a no-op elsewhere); puts [`DeskIdle`] in context.
pub fn start(store: Store) {
    let state = RwSignal::new(Idle::Active);
    provide_context(DeskIdle(state.read_only()));
    if !is_kiosk() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let _ = window
        .document()
        .and_then(|d| d.document_element())
        .map(|root| root.set_attribute("data-kiosk", ""));
    let last_input = StoredValue::new(js_sys::Date::now());
    for kind in ["pointerdown", "keydown", "wheel", "touchstart"] {
        on(&window, kind, move |_| {
            last_input.set_value(js_sys::Date::now())
        });
    }
    keep_links_in(&window, store);
    keep_awake(&window);
    let limits = limits(crate::config::get().kiosk);
    let leaving = StoredValue::new(false);
    let tick = move || {
        if store.gate.get_untracked() != Gate::Open {
            last_input.set_value(js_sys::Date::now());
            return;
        }
        let unsent = store.inbox().with_untracked(|i| i.outbox.len());
        let now = idle(js_sys::Date::now() - last_input.get_value(), limits, unsent);
        if state.get_untracked() != now {
            state.set(now);
        }
        if now == Idle::SignOut && !leaving.get_value() {
            leaving.set_value(true);
            leptos::task::spawn_local(sign_out_and_wipe(store));
        }
    };
    Interval::new(1_000, tick).forget();
}

/// Signs the agent out and wipes what the browser keeps of them (drafts, stored data,
/// caches; the outbox is empty by now), then starts again at `Who is working?`. Only the
/// desk's own credential stays.
async fn sign_out_and_wipe(store: Store) {
    store.drafts.set(Default::default());
    let _ = crate::api::sign_out().await;
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(Some(local)) = window.local_storage() {
        let n = local.length().unwrap_or(0);
        let keys: Vec<String> = (0..n).filter_map(|i| local.key(i).ok().flatten()).collect();
        for key in keys {
            if !crate::store::desk::KEPT_KEYS.contains(&key.as_str()) {
                let _ = local.remove_item(&key);
            }
        }
    }
    if let Ok(Some(s)) = window.session_storage() {
        let _ = s.clear();
    }
    if let Ok(caches) = window.caches() {
        if let Ok(names) = wasm_bindgen_futures::JsFuture::from(caches.keys()).await {
            for name in js_sys::Array::from(&names).iter() {
                if let Some(name) = name.as_string() {
                    let _ = wasm_bindgen_futures::JsFuture::from(caches.delete(&name)).await;
                }
            }
        }
    }
    let _ = window.location().replace("/");
}

/// Links to other sites do not open at the desk: the agent is told instead.
fn keep_links_in(window: &web_sys::Window, store: Store) {
    let origin = window.location().origin().unwrap_or_default();
    on(window, "click", move |ev| {
        let anchor = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten());
        let Some(anchor) = anchor else { return };
        let href = anchor.get_attribute("href").unwrap_or_default();
        if !link_allowed(&href, &origin) {
            ev.prevent_default();
            store.warn(Msg::DeskLinkBlocked, None);
        }
    });
}

/// Keeps the screen on (Screen Wake Lock, where the browser has it), asking again each
/// time the page becomes visible (the browser lets the lock go when it is hidden).
fn keep_awake(window: &web_sys::Window) {
    fn ask() {
        let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
            return;
        };
        let Ok(lock) = js_sys::Reflect::get(&nav, &"wakeLock".into()) else {
            return;
        };
        let Ok(request) = js_sys::Reflect::get(&lock, &"request".into()) else {
            return;
        };
        let Ok(request) = request.dyn_into::<js_sys::Function>() else {
            return;
        };
        if let Ok(p) = request.call1(&lock, &"screen".into()) {
            if let Ok(p) = p.dyn_into::<js_sys::Promise>() {
                // Refused (battery saver, no user gesture yet): the next visibility
                // change tries again.
                let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
                let _ = p.catch(&ignore);
                ignore.forget();
            }
        }
    }
    ask();
    if let Some(doc) = window.document() {
        on(&doc, "visibilitychange", |_| {
            let visible = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| !d.hidden());
            if visible {
                ask();
            }
        });
    }
}

/// In kiosk mode, a crash reloads the desk after a few seconds (back to its start
/// screen, signed in as before if the session still stands). Called once at start.
pub fn reload_after_panic() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        if is_kiosk() {
            if let Some(w) = web_sys::window() {
                let reload = Closure::once_into_js(|| {
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().replace("/");
                    }
                });
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                    reload.unchecked_ref(),
                    3_000,
                );
            }
        }
    }));
}
