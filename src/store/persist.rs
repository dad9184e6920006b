//! Keeps what the agent wrote and has not delivered (the outbox and the drafts) in
//! `localStorage`, so a reload, a crash or a closed tab loses nothing.
//!
//! Saved on every change (a few kilobytes at most; well within the 500 ms the composer
//! promises). Restored before anything renders; in-flight messages come back queued and
//! are sent again with their client id, which the server de-duplicates.

use crate::i18n::Msg;
use crate::store::Store;
use leptos::prelude::*;
use switchboard_core::{Drafts, Outbox};

const OUTBOX_KEY: &str = "switchboard.outbox.v1";
const DRAFTS_KEY: &str = "switchboard.drafts.v1";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn load<T: serde::de::DeserializeOwned + Default>(key: &str) -> T {
    storage()
        .and_then(|s| s.get_item(key).ok().flatten())
        // A value from an older, incompatible version is dropped rather than fatal.
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// Writes a value; false when the browser refused (storage full or disabled).
fn save<T: serde::Serialize>(key: &str, value: &T) -> bool {
    let Ok(json) = serde_json::to_string(value) else {
        return false;
    };
    storage().is_some_and(|s| s.set_item(key, &json).is_ok())
}

/// Puts the stored outbox and drafts into the state.
pub fn restore(state: Store) {
    let outbox: Outbox = load(OUTBOX_KEY);
    state.write(|i| i.outbox = outbox.restored());
    state.drafts.set(load::<Drafts>(DRAFTS_KEY));
}

/// Saves the outbox and the drafts whenever they change; tells the agent once if the
/// browser will not keep them.
pub fn keep(state: Store) {
    let outbox = Memo::new(move |_| state.inbox.with(|i| i.outbox.clone()));
    let warned = StoredValue::new(false);
    let complain = move || {
        if !warned.get_value() {
            warned.set_value(true);
            state.warn(Msg::ErrStorage, None);
        }
    };
    Effect::new(move || {
        if !outbox.with(|o| save(OUTBOX_KEY, o)) {
            complain();
        }
    });
    Effect::new(move || {
        if !state.drafts.with(|d| save(DRAFTS_KEY, d)) {
            complain();
        }
    });
}
