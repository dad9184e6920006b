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

pub(super) fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn read(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Writes a value under `key`; false when the browser refused (storage full or disabled).
fn save<T: serde::Serialize>(agent: AgentId, key: &str, value: &T) -> bool {
    let Some(text) = agent_shelf::seal(agent, value) else {
        return false;
    };
    storage().is_some_and(|s| s.set_item(key, &text).is_ok())
}

/// Saves this tab's outbox now (not at the next effect): before another tab's copy of
/// what it holds is deleted (`tabs.rs`). False when it could not be saved.
pub(crate) fn save_outbox_now(state: Store) -> bool {
    let (Some(agent), Some(key)) = (
        state.shelf.get_untracked(),
        state.outbox_key.get_untracked(),
    ) else {
        return false;
    };
    state
        .inbox()
        .with_untracked(|i| save(agent, &key, &i.outbox))
}

/// Opens `agent`'s stored `item`; see [`open_at`].
fn open_item<T: serde::de::DeserializeOwned + Default>(
    store: Store,
    agent: AgentId,
    item: Item,
) -> T {
    open_at(store, agent, &agent_shelf::key(agent, item))
}

/// Opens what `agent` has under `key`. An unreadable value is copied aside (under
/// `agent_shelf::set_aside_key`) and the agent told, before the shelf is written again:
/// never silently replaced by an empty one.
pub(super) fn open_at<T: serde::de::DeserializeOwned + Default>(
    store: Store,
    agent: AgentId,
    key: &str,
) -> T {
    let stored = read(key);
    match agent_shelf::open_checked(agent, stored.as_deref()) {
        Opened::Mine(value) => value,
        Opened::Nothing => T::default(),
        Opened::Unreadable => {
            let aside = agent_shelf::set_aside_key(key);
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
/// With tabs told apart (`tabs.rs`), the outbox comes in through the tab's adoption of
/// what earlier tabs left (the agent's one key among them) once its lock is held.
pub fn open_shelf(store: Store, agent: AgentId) {
    let mut outbox: Outbox = if super::tabs::supported() {
        Outbox::default()
    } else {
        open_item(store, agent, Item::Outbox)
    };
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
    store.saved_drafts.set_value(drafts.clone());
    store.drafts.set(drafts);
    store.shelf.set(Some(agent));
    super::tabs::start(store, agent, move |key| store.outbox_key.set(Some(key)));
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
        let (Some(agent), Some(key)) = (state.shelf.get(), state.outbox_key.get()) else {
            return;
        };
        if !outbox.with(|o| save(agent, &key, o)) {
            complain();
        }
    });
    Effect::new(move || {
        let Some(agent) = state.shelf.get() else {
            return;
        };
        // Another tab of the agent may have stored drafts since this one last did: only
        // this tab's changes are written over them (`Drafts::merged_onto`).
        let key = agent_shelf::key(agent, Item::Drafts);
        let stored: Drafts = agent_shelf::open(agent, read(&key).as_deref());
        let merged = state.drafts.with(|d| {
            state
                .saved_drafts
                .with_value(|saved| d.merged_onto(saved, stored))
        });
        if save(agent, &key, &merged) {
            state.saved_drafts.set_value(state.drafts.get_untracked());
        } else {
            complain();
        }
    });
}
