//! State that belongs to what the agent has in front of them (a conversation, or a
//! conversation and mode): a panel open, a picker open, why the last send failed.
//!
//! Such state is kept with the [`Visit`] it was set in and reads as its default in any
//! other visit, so moving to another conversation (or mode) drops it without an Effect
//! that resets one signal when another changes. Coming back is a new visit: what was set
//! before stays dropped, as the agent left it.

use leptos::prelude::*;
use switchboard_protocol::{ConversationId, Visibility};

/// What the agent has in front of them.
type Place = (Option<ConversationId>, Option<Visibility>);

/// Counts the agent's visits: a new number each time the place changes (`Copy`).
#[derive(Clone, Copy)]
pub struct Visit(Memo<(Place, u64)>);

impl Visit {
    /// Visits of the conversation open, and of its mode when `mode` is given.
    pub fn new(open: Memo<Option<ConversationId>>, mode: Option<RwSignal<Visibility>>) -> Visit {
        Visit(Memo::new(move |prev: Option<&(Place, u64)>| {
            let place = (open.get(), mode.map(|m| m.get()));
            match prev {
                Some((p, n)) if *p == place => (place, *n),
                Some((_, n)) => (place, n + 1),
                None => (place, 0),
            }
        }))
    }

    /// The current visit's number (reactive).
    fn number(self) -> u64 {
        self.0.with(|(_, n)| *n)
    }

    /// The current visit's number, without tracking.
    fn number_untracked(self) -> u64 {
        self.0.with_untracked(|(_, n)| *n)
    }
}

/// A value that holds for one [`Visit`] and reads as `T::default()` in any other (`Copy`).
pub struct Scoped<T: Send + Sync + 'static> {
    value: RwSignal<Option<(u64, T)>>,
    visit: Visit,
}

impl<T: Send + Sync + 'static> Clone for Scoped<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Scoped<T> {}

impl<T: Default + Clone + Send + Sync + 'static> Scoped<T> {
    /// Unset (the default) in every visit.
    pub fn new(visit: Visit) -> Scoped<T> {
        Scoped {
            value: RwSignal::new(None),
            visit,
        }
    }

    /// Looks at the value of the current visit (reactive).
    pub fn with<R>(self, f: impl FnOnce(&T) -> R) -> R {
        let now = self.visit.number();
        self.value.with(|v| match v {
            Some((n, t)) if *n == now => f(t),
            _ => f(&T::default()),
        })
    }

    /// Looks at the value of the current visit, without tracking.
    pub fn with_untracked<R>(self, f: impl FnOnce(&T) -> R) -> R {
        untrack(|| self.with(f))
    }

    /// The value of the current visit (reactive).
    pub fn get(self) -> T {
        self.with(T::clone)
    }

    /// The value of the current visit, without tracking.
    pub fn get_untracked(self) -> T {
        untrack(|| self.get())
    }

    /// Sets the value for the current visit.
    pub fn set(self, value: T) {
        let now = self.visit.number_untracked();
        self.value.set(Some((now, value)));
    }

    /// Sets the value for the current visit; nothing once the owner is gone.
    pub fn try_set(self, value: T) {
        let now = self.visit.0.try_with_untracked(|(_, n)| *n);
        if let Some(now) = now {
            _ = self.value.try_set(Some((now, value)));
        }
    }
}
