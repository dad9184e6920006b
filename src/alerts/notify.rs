//! Browser notifications: the permission, asking for it, and showing one.
//!
//! The app never asks by itself: only the agent's click (`Turn on notifications`, in the
//! agent menu or the banner) calls `Notification.requestPermission`. The permission is
//! read again whenever the tab comes back to the foreground (the agent may have changed
//! it in the browser's site settings meanwhile).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Notification, NotificationOptions, NotificationPermission};

/// What the browser allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    /// No `Notification` in this browser (or this frame).
    Unsupported,
    /// Not decided: the browser asks when the agent turns them on.
    Ask,
    /// Allowed.
    Granted,
    /// Refused (only the browser's settings can change it now).
    Denied,
}

/// The permission now.
pub(super) fn current() -> Permission {
    let supported = web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w, &"Notification".into()).unwrap_or(false));
    if !supported {
        return Permission::Unsupported;
    }
    match Notification::permission() {
        NotificationPermission::Granted => Permission::Granted,
        NotificationPermission::Denied => Permission::Denied,
        _ => Permission::Ask,
    }
}

/// Asks the browser (from the agent's click), then notes the answer.
pub(super) fn request(permission: RwSignal<Permission>) {
    let Ok(promise) = Notification::request_permission() else {
        return;
    };
    spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        permission.try_set(current());
    });
}

/// Reads the permission again each time the tab comes back to the foreground.
pub(super) fn watch(permission: RwSignal<Permission>) {
    let listener = Closure::<dyn Fn()>::new(move || {
        let now = current();
        if permission.try_get_untracked() != Some(now) {
            permission.try_set(now);
        }
    });
    let _ = document()
        .add_event_listener_with_callback("visibilitychange", listener.as_ref().unchecked_ref());
    // The listener lives as long as the app (started once).
    listener.forget();
}

/// Shows a notification; `tag` replaces an older one with the same tag (one per
/// conversation), and `renotify` makes the replacement alert again. Silent: the app's own
/// sound follows the agent's setting. A click brings the window forward and runs
/// `on_click`.
pub(super) fn show(title: &str, body: &str, tag: &str, on_click: impl FnOnce() + 'static) {
    let options = NotificationOptions::new();
    options.set_body(body);
    options.set_tag(tag);
    options.set_renotify(true);
    options.set_silent(Some(true));
    options.set_icon("/public/favicon.svg");
    let Ok(notification) = Notification::new_with_options(title, &options) else {
        return;
    };
    let shown = notification.clone();
    let click = Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.focus();
        }
        shown.close();
        on_click();
    });
    notification.set_onclick(Some(click.unchecked_ref()));
}
