//! The log's loader, the twin of `list_loader`: what history to load, when, and from
//! where; the log (`components/conversation/message_log`) only says how it looks.
//!
//! Rules: the latest page of the open conversation is fetched when it opens (or after a
//! resync marked its history stale: the old one stays on screen until the new one is
//! in); older and newer pages when the agent scrolls to an edge; the page around a linked
//! message; the open conversation is marked read whenever it has unread messages. A
//! history that fails to load (refused, or a page the app cannot read) is reported once,
//! shows what arrives meanwhile, and is asked for again after a pause. A conversation
//! left keeps only its latest messages (`Inbox::set_open`).

use super::{ApiError, Store};
use crate::api;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::HashSet;
use switchboard_core::Route;
use switchboard_protocol::{ConversationId, MessageId, MessageQuery};

/// Which edge of a loaded history to extend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    /// Older messages, above.
    Older,
    /// Newer messages, below (after a jump back in time).
    Newer,
}

/// Pause before asking again for a history that failed to load.
const RETRY_MS: u64 = 5_000;

/// Follows the open conversation (from the route) for the app's lifetime.
pub fn start(store: Store, route: Memo<Route>) {
    let open = Memo::new(move |_| route.get().conversation());
    // The inbox keeps closed conversations' histories short (`Inbox::set_open`).
    Effect::new(move || {
        let now = open.get();
        store.write(|i| i.set_open(now));
    });
    let loading = StoredValue::new(HashSet::<ConversationId>::new());
    // Histories that failed: they wait `RETRY_MS` before the next try (a backend that
    // keeps answering an unreadable page is not asked at every event), and are reported
    // to the agent once.
    let cooling = StoredValue::new(HashSet::<ConversationId>::new());
    let reported = StoredValue::new(HashSet::<ConversationId>::new());
    let retry = RwSignal::new(0_u32);
    Effect::new(move || {
        retry.track();
        let Some(id) = open.get().filter(|_| store.signed_in()) else {
            return;
        };
        let needed = store.inbox.with(|i| i.needs_history(id));
        if needed
            && !cooling.with_value(|c| c.contains(&id))
            && loading.try_update_value(|s| s.insert(id)).unwrap_or(false)
        {
            spawn_local(async move {
                let loaded =
                    load_latest(store, id, || loading.update_value(|s| _ = s.remove(&id))).await;
                match loaded {
                    Ok(()) => reported.update_value(|r| _ = r.remove(&id)),
                    Err(e) => {
                        if reported.try_update_value(|r| r.insert(id)).unwrap_or(false) {
                            store.warn_error(&e);
                        }
                        cooling.update_value(|c| _ = c.insert(id));
                        set_timeout(
                            move || {
                                cooling.update_value(|c| _ = c.remove(&id));
                                _ = retry.try_update(|n| *n += 1);
                            },
                            std::time::Duration::from_millis(RETRY_MS),
                        );
                        store.write(|i| i.history_failed(id));
                    }
                }
            });
        }
    });
    let reading = StoredValue::new(None::<ConversationId>);
    Effect::new(move || {
        let Some(id) = open.get().filter(|_| store.signed_in()) else {
            return;
        };
        let unread = store
            .inbox
            .with(|i| i.conversations.get(id).map_or(0, |c| c.unread_count));
        if unread > 0 && reading.get_value() != Some(id) {
            reading.set_value(Some(id));
            spawn_local(async move {
                _ = super::conversations::mark_read(store, id).await;
                reading.set_value(None);
            });
        }
    });
}

/// Loads the latest page of `id`'s history; `settled` runs once the answer is in, before
/// the history changes (so a refused, stale page is asked for again). A failure is
/// returned for the caller to report and retry.
async fn load_latest(
    store: Store,
    id: ConversationId,
    settled: impl FnOnce(),
) -> Result<(), ApiError> {
    let token = store.write(|i| i.begin_load(id)).unwrap_or_default();
    let result = api::messages(id, None).await;
    crate::perf::mark(crate::perf::HISTORY_IN);
    settled();
    let page = result?;
    store.write(|i| i.load_latest_since(id, page, token));
    Ok(())
}

/// Replaces the history of `id` with its latest page (the agent jumped to the latest
/// from far back). A failure is a notice.
pub fn reload_latest(store: Store, id: ConversationId) {
    spawn_local(async move {
        match api::messages(id, None).await {
            Ok(page) => _ = store.write(|i| i.load_latest(id, page)),
            Err(e) => store.warn_error(&e),
        }
    });
}

/// The query for the page beyond `edge` of `id`'s loaded history (`None`: nothing more
/// there, or nothing loaded).
pub fn edge_query(store: Store, id: ConversationId, edge: Edge) -> Option<MessageQuery> {
    store.inbox.with_untracked(|i| {
        let log = i.logs.get(&id)?;
        match edge {
            Edge::Older if log.has_more_before => Some(MessageQuery {
                before: log.oldest(),
                ..MessageQuery::default()
            }),
            Edge::Newer if log.has_more_after => Some(MessageQuery {
                after: log.newest(),
                ..MessageQuery::default()
            }),
            _ => None,
        }
    })
}

/// Loads the page `q` beyond `edge` and adds it to the history, unless `still_wanted`
/// says no by the time it arrives (the log closed meanwhile: a later open loads afresh).
/// Returns whether the page was added; a failure is a notice.
pub async fn load_edge(
    store: Store,
    id: ConversationId,
    edge: Edge,
    q: MessageQuery,
    still_wanted: impl FnOnce() -> bool,
) -> bool {
    let answer = api::message_page(id, &q).await;
    if !still_wanted() {
        return false;
    }
    match answer {
        Ok(page) => {
            store.write(|i| {
                if let Some(log) = i.logs.get_mut(&id) {
                    match edge {
                        Edge::Older => log.prepend_page(page),
                        Edge::Newer => log.append_page(page),
                    }
                }
            });
            true
        }
        Err(e) => {
            store.warn_error(&e);
            false
        }
    }
}

/// What became of a request for the page around a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Around {
    /// The message is in the history now.
    Loaded,
    /// The page came after a resync and was refused; the reloaded history will bring it.
    Stale,
    /// The server does not have the message (any more).
    Gone,
}

/// Makes sure message `mid` of `id` is in the loaded history, loading the page around it
/// when it is not.
pub async fn load_around(
    store: Store,
    id: ConversationId,
    mid: MessageId,
) -> Result<Around, ApiError> {
    let loaded = store
        .inbox
        .with_untracked(|i| i.logs.get(&id).is_some_and(|l| l.get(mid).is_some()));
    if loaded {
        return Ok(Around::Loaded);
    }
    let q = MessageQuery {
        around: Some(mid),
        ..MessageQuery::default()
    };
    let token = store.write(|i| i.begin_load(id)).unwrap_or_default();
    let page = api::message_page(id, &q).await?;
    if !page.items.iter().any(|m| m.id == mid) {
        return Ok(Around::Gone);
    }
    let taken = store
        .write(|i| i.load_around_since(id, page, token))
        .unwrap_or(false);
    Ok(if taken { Around::Loaded } else { Around::Stale })
}
