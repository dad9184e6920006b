//! Keyed selectors: one signal per conversation that some view shows, told only when that
//! conversation's record changes. A row of the chat list (or the open conversation's
//! header) reads its own selector, so an event about one conversation re-renders one row,
//! not every row that is on screen.
//!
//! How they stay right: every write of the inbox goes through [`Store::write`], which then
//! takes the core's list of changed conversations (`ConversationIndex::take_changes`) and
//! sets the selectors of those that are watched. A selector lives while a view holds it
//! (counted; the last one's cleanup drops it).

use super::Store;
use leptos::prelude::*;
use std::collections::HashMap;
use switchboard_core::conversation_index::Changes;
use switchboard_core::Inbox;
use switchboard_protocol::{ConversationId, ConversationSummary};

/// One watched conversation.
struct Entry {
    signal: ArcRwSignal<Option<ConversationSummary>>,
    /// How many views hold it.
    users: usize,
}

/// The selectors of the watched conversations.
#[derive(Default)]
pub(super) struct Selectors(HashMap<ConversationId, Entry>);

impl Store {
    /// The record of conversation `id` (`None`: not known, or gone), as a signal that
    /// notifies only when that record changes. Held until the calling view is cleaned up.
    pub fn conversation(self, id: ConversationId) -> Signal<Option<ConversationSummary>> {
        let current = self
            .inbox
            .with_untracked(|i| i.conversations.get(id).cloned());
        let signal = self
            .selectors
            .try_update_value(|s| {
                let entry = s.0.entry(id).or_insert_with(|| Entry {
                    signal: ArcRwSignal::new(current),
                    users: 0,
                });
                entry.users += 1;
                entry.signal.clone()
            })
            .unwrap_or_else(|| ArcRwSignal::new(None));
        on_cleanup(move || {
            self.selectors.try_update_value(|s| {
                if let Some(e) = s.0.get_mut(&id) {
                    e.users -= 1;
                    if e.users == 0 {
                        s.0.remove(&id);
                    }
                }
            });
        });
        signal.into()
    }

    /// Changes the inbox (`None`: the store is gone), then tells the selectors of the
    /// conversations that changed. The only way the store's files write the inbox.
    pub(super) fn write<T>(self, f: impl FnOnce(&mut Inbox) -> T) -> Option<T> {
        let out = self.inbox.try_update(f)?;
        self.publish();
        Some(out)
    }

    /// Sets the watched selectors whose conversation changed since the last call.
    fn publish(self) {
        let Some(changes) = self
            .inbox
            .try_update_untracked(|i| i.conversations.take_changes())
        else {
            return;
        };
        let watched: Vec<(ConversationId, ArcRwSignal<Option<ConversationSummary>>)> = match changes
        {
            Changes::None => return,
            Changes::Some(ids) => self.selectors.with_value(|s| {
                ids.iter()
                    .filter_map(|id| s.0.get(id).map(|e| (*id, e.signal.clone())))
                    .collect()
            }),
            Changes::All => self
                .selectors
                .with_value(|s| s.0.iter().map(|(id, e)| (*id, e.signal.clone())).collect()),
        };
        for (id, signal) in watched {
            let now = self
                .inbox
                .with_untracked(|i| i.conversations.get(id).cloned());
            // A snapshot replaces every record: only those that differ notify.
            if signal.with_untracked(|old| *old != now) {
                signal.set(now);
            }
        }
    }
}
