//! Keeps what the agent wrote and has not delivered (the outbox and the drafts) in
//! `localStorage`, on the agent's own shelf (`switchboard_core::agent_shelf`), so a
//! reload, a crash, a closed tab or an ended session loses nothing, and another agent on
//! the same browser never sees it.
//!
//! Saved on every change (a few kilobytes at most; well within the 500 ms the composer
//! promises). Opened when the agent's session is known, before the zones ask for
//! anything; in-flight messages come back queued and are sent again with their client id,
//! which the server de-duplicates.

use crate::i18n::Msg;
use crate::store::Store;
use leptos::prelude::*;
use switchboard_core::agent_shelf::{self, Item, Opened, LEGACY_KEYS};
use switchboard_core::{Drafts, Outbox};
use switchboard_protocol::AgentId;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn read(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Writes a value; false when the browser refused (storage full or disabled).
fn save<T: serde::Serialize>(agent: AgentId, item: Item, value: &T) -> bool {
    let Some(text) = agent_shelf::seal(agent, value) else {
        return false;
    };
    storage().is_some_and(|s| s.set_item(&agent_shelf::key(agent, item), &text).is_ok())
}

/// Opens `agent`'s stored `item`. An unreadable value is copied aside (under
/// `agent_shelf::set_aside_key`) and the agent told, before the shelf is written again:
/// never silently replaced by an empty one.
fn open_item<T: serde::de::DeserializeOwned + Default>(
    store: Store,
    agent: AgentId,
    item: Item,
) -> T {
    let key = agent_shelf::key(agent, item);
    let stored = read(&key);
    match agent_shelf::open_checked(agent, stored.as_deref()) {
        Opened::Mine(value) => value,
        Opened::Nothing => T::default(),
        Opened::Unreadable => {
            let aside = agent_shelf::set_aside_key(&key);
            if let (Some(s), Some(text)) = (storage(), stored) {
                let _ = s.set_item(&aside, &text);
            }
            leptos::logging::warn!("{key} could not be read; kept as {aside}");
            store.warn(Msg::ErrStorageCorrupt, None);
            T::default()
        }
    }
}

/// Puts `agent`'s stored outbox and drafts into the store, and keeps them there from now
/// on. The shared shelf of earlier versions is adopted by the first agent to sign in.
pub fn open_shelf(store: Store, agent: AgentId) {
    let mut outbox: Outbox = open_item(store, agent, Item::Outbox);
    let mut drafts: Drafts = open_item(store, agent, Item::Drafts);
    for (item, key) in LEGACY_KEYS {
        let Some(text) = read(key) else { continue };
        match item {
            Item::Outbox if outbox.is_empty() => outbox = agent_shelf::adopt(Some(&text)),
            Item::Drafts if drafts == Drafts::default() => drafts = agent_shelf::adopt(Some(&text)),
            _ => continue,
        }
        // Saved under the agent's key by `keep` at once; the shared copy goes.
        if let Some(s) = storage() {
            let _ = s.remove_item(key);
        }
    }
    store.write(|i| i.outbox = outbox.restored());
    store.drafts.set(drafts);
    store.shelf.set(Some(agent));
}

/// Saves the outbox and the drafts whenever they change, on the shelf of the agent whose
/// they are; tells the agent once if the browser will not keep them.
pub fn keep(state: Store) {
    let outbox = Memo::new(move |_| state.inbox().with(|i| i.outbox.clone()));
    let warned = StoredValue::new(false);
    let complain = move || {
        if !warned.get_value() {
            warned.set_value(true);
            state.warn(Msg::ErrStorage, None);
        }
    };
    Effect::new(move || {
        let Some(agent) = state.shelf.get() else {
            return;
        };
        if !outbox.with(|o| save(agent, Item::Outbox, o)) {
            complain();
        }
    });
    Effect::new(move || {
        let Some(agent) = state.shelf.get() else {
            return;
        };
        if !state.drafts.with(|d| save(agent, Item::Drafts, d)) {
            complain();
        }
    });
}
