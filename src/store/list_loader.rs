//! Loads the chat list's view from the server: the first page when the view (the URL
//! query) changes, further pages as the agent scrolls, the counts when they are stale,
//! and the custom views once signed in.
//!
//! The list shows the URL's view by derivation (`Inbox::rows_for`); what this loader
//! follows the URL for is the server: switching the inbox's window (`set_view`: what is
//! loaded, and for which view the counts are) and asking for its pages.
//!
//! What is loaded, and when the counts are stale, is decided by the pure
//! `switchboard_core::ListWindow`; this module only makes the calls it asks for.

use crate::api;
use crate::list_query::ListQuery;
use crate::store::Store;
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::Route;
use switchboard_protocol::{Capability, ConversationFilter};

/// Conversations per page (the server allows up to 200).
pub const PAGE_SIZE: u32 = 50;
/// How long a search waits for the next keystroke before asking the server.
const SEARCH_SETTLE_MS: u32 = 180;
/// How long counts wait after the event that made them stale, so a burst of events
/// costs one call.
const COUNTS_SETTLE_MS: u32 = 250;
/// The shortest time between the starts of two counts calls: under a stream of events the
/// tabs' figures follow once a second (each call is a scan of the whole inbox on the
/// server, which every other request of the team waits behind).
const COUNTS_GAP_MS: f64 = 1_000.0;

thread_local! {
    /// When the last counts call started (`Date.now()`), for [`COUNTS_GAP_MS`].
    static COUNTED_AT: std::cell::Cell<f64> = const { std::cell::Cell::new(f64::NEG_INFINITY) };
}

/// Starts following the URL's view; runs for the app's lifetime.
pub fn start(state: Store, list: ListQuery, route: Memo<Route>) {
    // The URL's view is loaded, once the agent is known.
    Effect::new(move || {
        let Some(me) = state.me() else { return };
        let changed = list.query.with(|q| {
            state
                .inbox
                .with_untracked(|i| !i.list.is_view(q) || i.list.me != me)
        });
        if changed {
            let q = list.query.get_untracked();
            // Typing a search changes the view per keystroke: the core filters what is
            // known at once, and the server is asked once the typing pauses.
            let only_search = state.inbox.with_untracked(|i| {
                let old = i.list.query();
                old.mailbox == q.mailbox
                    && old.sort == q.sort
                    && ConversationFilter {
                        q: q.filter.q.clone(),
                        ..old.filter.clone()
                    } == q.filter
            });
            state.write(|i| {
                i.list.me = me;
                i.set_view(&q);
            });
            if only_search {
                spawn_local(async move {
                    TimeoutFuture::new(SEARCH_SETTLE_MS).await;
                    if state.inbox.with_untracked(|i| i.list.is_view(&q)) {
                        load_more(state);
                    }
                });
            } else {
                load_more(state);
            }
        }
    });
    // Counts that are missing or stale are asked for again, once the view's first page
    // is in (the rows come first: the server answers one call at a time).
    Effect::new(move || {
        let stale = state
            .inbox
            .with(|i| i.list.counts_stale() && i.list.is_loaded() && !i.sync.is_resyncing());
        if stale && state.signed_in() {
            refresh_counts(state);
        }
    });
    // A conversation opened by a link that no loaded page lists: load its record, so its
    // header, panel and composer know it (the list shows it only if the view does).
    Effect::new(move || {
        let Some(id) = route.get().conversation().filter(|_| state.signed_in()) else {
            return;
        };
        if state
            .inbox
            .with_untracked(|i| i.conversations.get(id).is_none())
        {
            spawn_local(super::conversations::load_record(state, id));
        }
    });
    // The custom views, for the mailbox chooser and the `view:{id}` rules.
    Effect::new(move || {
        if state.signed_in() {
            reload_views(state);
        }
    });
}

/// Loads the view's next page, unless one is under way or the last is in.
pub fn load_more(state: Store) {
    let Some(asked) = state.write(|i| i.list.next_page(PAGE_SIZE)).flatten() else {
        return;
    };
    spawn_local(async move {
        match api::conversations(&asked).await {
            Ok(page) => _ = state.write(|i| i.add_page(&asked, page)),
            Err(e) => {
                // Scrolling (or the next resync) asks again.
                state.write(|i| i.list.page_failed(&asked));
                state.warn(e.msg(), e.detail().map(str::to_owned));
            }
        }
    });
}

/// Asks for the view's counts (one call at a time, after a short settle, at most one
/// a [`COUNTS_GAP_MS`]).
fn refresh_counts(state: Store) {
    if state.counting.get_value() {
        return;
    }
    state.counting.set_value(true);
    spawn_local(async move {
        let since = js_sys::Date::now() - COUNTED_AT.get();
        let wait = (COUNTS_GAP_MS - since).max(f64::from(COUNTS_SETTLE_MS));
        TimeoutFuture::new(wait as u32).await;
        COUNTED_AT.set(js_sys::Date::now());
        let asked = state.inbox.with_untracked(|i| i.list.query().clone());
        let result = api::counts(&asked).await;
        state.counting.set_value(false);
        match result {
            Ok(c) => {
                let taken = state.write(|i| i.list.set_counts(&asked, c));
                // The view changed meanwhile: count the new one.
                if taken == Some(false) {
                    refresh_counts(state);
                }
            }
            // The tabs keep their last figures; the next change asks again.
            Err(e) => state.warn(e.msg(), e.detail().map(str::to_owned)),
        }
    });
}

/// Loads the custom views (made by me or shared with me).
pub fn reload_views(state: Store) {
    spawn_local(async move {
        match super::optional(state, Capability::Views, api::views()).await {
            Ok(v) => _ = state.write(|i| i.list.views = v.unwrap_or_default()),
            Err(e) => state.warn(e.msg(), e.detail().map(str::to_owned)),
        }
    });
}
