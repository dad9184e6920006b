//! The `log` of one conversation: day headings, the "new messages" divider, messages and
//! pending messages, windowed so that a history of thousands stays a few hundred
//! elements, with older and newer pages loaded as the agent scrolls.
//!
//! Rules:
//! - While the agent reads the bottom, new messages keep it at the bottom; otherwise a
//!   "Jump to latest" button counts the customer's new messages.
//! - Loading or rendering rows above never moves what the agent reads: the first visible
//!   message is remembered before and put back at the same height after (own anchoring,
//!   so it works at the very top too, where the browser's own anchoring does not).
//! - A message link (or a search hit) loads the stretch around the message if needed,
//!   renders it, scrolls it to the centre and flashes it.

mod anchor;
mod edge;
mod handle;
mod latest;
mod rows;

use crate::app::use_route;
use crate::format::local_offset_minutes;
use crate::i18n::{use_i18n, Msg};
use crate::store::history::{self, Edge};
use crate::store::use_store;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::timeline::{new_since, LogRow};
use switchboard_core::{MessageLog, Route};
use switchboard_protocol::{ConversationId, MessageId};

use super::conversation_search::ConversationSearch;
use super::message_actions::on_tool_click;
use crate::components::common::compose::use_compose_requests;
use anchor::{first_visible, put_back};
use edge::{JumpToLatest, LogEdge, LogRowView};
pub use handle::LogHandle;
use latest::use_go_latest;
use rows::{log_rows, LogRows};

/// How close to the bottom (px) still counts as "reading the latest".
const STICK_PX: i32 = 80;
/// How close to an edge (px) renders or loads more rows.
const EDGE_PX: i32 = 600;

/// The message log of conversation `id`.
#[component]
pub fn MessageLog(id: ConversationId) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let route = use_route();
    let compose = use_compose_requests();
    let LogRows {
        window,
        stick,
        all_rows,
        shown,
    } = log_rows(state, id, local_offset_minutes());
    let anchor = StoredValue::new(None::<(String, i32)>);
    let handle = LogHandle {
        conversation: id,
        rows: all_rows,
        window,
        stick,
        anchor,
    };
    provide_context(handle);

    let log_ref = NodeRef::<Div>::new();
    // The newest message the agent had seen when they scrolled away from the bottom.
    let seen = RwSignal::new(None::<MessageId>);
    let loading_edge = StoredValue::new(false);
    // Where following the latest last put the log. The scroll event of that move comes a
    // frame later, when more rows may have arrived below it: seen from that event the log
    // is far from its end, yet the agent never moved (a burst of customer messages used
    // to stop the log following them, and let the rendered rows grow without bound).
    let followed_to = StoredValue::new(None::<i32>);

    // Counts renders (the search re-highlights after each).
    let renders = RwSignal::new(0_usize);
    // After each render: put the anchored message back where it was, or follow the latest.
    // In the next frame (before paint), when every part of the view has updated the DOM.
    let first_shown = StoredValue::new(false);
    // Set while the rest of the first window is rendering (for its mark).
    let filling = StoredValue::new(false);
    Effect::new(move || {
        let any = shown.with(|r| !r.is_empty());
        renders.update(|n| *n += 1);
        // The rows are in the DOM now: put the anchored message back (or, following the
        // latest, go to the end) at once, in this task, so no layout with the new rows and
        // the old scroll position is ever seen, and a new message shows in the frame that
        // renders it; the frame below does it again once every part of the view has
        // updated, and forgets the anchor.
        match (log_ref.get_untracked(), anchor.try_get_value().flatten()) {
            (Some(el), Some(held)) => _ = put_back(&el, &held),
            (Some(el), None) if stick.try_get_value().unwrap_or(false) => {
                el.set_scroll_top(el.scroll_height());
                followed_to.try_set_value(Some(el.scroll_top()));
            }
            _ => {}
        }
        request_animation_frame(move || {
            let Some(el) = log_ref.get_untracked() else {
                return;
            };
            if any && !first_shown.try_get_value().unwrap_or(true) {
                first_shown.try_set_value(true);
                crate::perf::mark(crate::perf::HISTORY_SHOWN);
                // The latest rows are painted first; the rest of the window renders in
                // the next frame, above them, held in place by the anchor.
                request_animation_frame(move || {
                    let Some(el) = log_ref.get_untracked() else {
                        return;
                    };
                    if window.try_update_untracked(|w| w.fill()) == Some(true) {
                        anchor.try_set_value(first_visible(&el));
                        filling.try_set_value(true);
                        window.notify();
                    }
                });
            } else if filling.try_get_value().unwrap_or(false) {
                filling.try_set_value(false);
                crate::perf::mark(crate::perf::HISTORY_FILLED);
            }
            if let Some(held) = anchor.try_get_value().flatten() {
                anchor.try_set_value(None);
                if put_back(&el, &held) {
                    return;
                }
            }
            if stick.try_get_value().unwrap_or(false) {
                el.set_scroll_top(el.scroll_height());
                followed_to.try_set_value(Some(el.scroll_top()));
            }
        });
    });
    // A message link: bring the message into view once the history is there (again after
    // a resync reloaded it, not on every other change).
    let generation = Memo::new(move |_| {
        state
            .inbox()
            .with(|i| i.logs.get(&id).map(|l| l.generation()))
    });
    Effect::new(move || {
        let Route::Message(_, mid) = route.get() else {
            return;
        };
        if generation.get().is_some() {
            handle.reveal(state, mid);
        }
    });

    let remember_anchor = move || {
        if let Some(el) = log_ref.get_untracked() {
            anchor.set_value(first_visible(&el));
        }
    };
    let load_edge = move |older: bool| {
        if loading_edge.get_value() {
            return;
        }
        let edge = if older { Edge::Older } else { Edge::Newer };
        let Some(q) = history::edge_query(state, id, edge) else {
            return;
        };
        loading_edge.set_value(true);
        remember_anchor();
        spawn_local(async move {
            // The conversation may close meanwhile; a later open loads afresh.
            let added = history::load_edge(state, id, edge, q, move || !window.is_disposed()).await;
            if window.is_disposed() {
                return;
            }
            if added {
                // Show what came (the agent is at that edge), keeping the bound; the
                // anchor keeps what they read in place.
                remember_anchor();
                let len = all_rows.with_untracked(Vec::len);
                window.update(|w| {
                    if older {
                        w.grow_up(len);
                    } else {
                        w.trim();
                    }
                });
            }
            loading_edge.try_set_value(false);
        });
    };
    let on_scroll = move |_| {
        let Some(el) = log_ref.get_untracked() else {
            return;
        };
        let top = el.scroll_top();
        let gap = el.scroll_height() - top - el.client_height();
        let was = stick.get_value();
        let at_end = window.with_untracked(|w| w.at_end())
            && !state
                .inbox()
                .with_untracked(|i| i.logs.get(&id).is_some_and(|l| l.has_more_after));
        let ours = was && followed_to.get_value() == Some(top);
        let now = at_end && (ours || gap < STICK_PX);
        stick.set_value(now);
        if was && !now {
            seen.set(
                state
                    .inbox()
                    .with_untracked(|i| i.logs.get(&id).and_then(|l| l.newest())),
            );
        } else if now {
            seen.set(None);
        }
        if top < EDGE_PX {
            let len = all_rows.with_untracked(Vec::len);
            if window.with_untracked(|w| !w.at_start(len)) {
                remember_anchor();
                window.update(|w| _ = w.grow_up(len));
            } else {
                load_edge(true);
            }
        } else if gap < EDGE_PX {
            if window.with_untracked(|w| !w.at_end()) {
                remember_anchor();
                window.update(|w| _ = w.grow_down());
            } else {
                load_edge(false);
            }
        }
    };
    let go_latest = use_go_latest(
        state,
        id,
        LogRows {
            window,
            stick,
            all_rows,
            shown,
        },
        seen,
        anchor,
        log_ref,
    );
    crate::components::common::shortcuts::use_shortcut(
        switchboard_core::keymap::Action::JumpToLatest,
        go_latest,
    );
    let new_count = move || {
        state
            .inbox()
            .with(|i| i.logs.get(&id).map_or(0, |l| new_since(l, seen.get())))
    };
    let away = move || {
        seen.with(Option::is_some)
            || window.with(|w| !w.at_end())
            || state
                .inbox()
                .with(|i| i.logs.get(&id).is_some_and(|l| l.has_more_after))
    };
    let loaded = move || state.inbox().with(|i| i.logs.contains_key(&id));
    // The first loaded row is rendered; then the top slot says what is above it: older
    // pages to load, or the start of the history.
    let first_rendered = move || window.with(|w| w.at_start(all_rows.with(Vec::len)));
    let log_is =
        move |f: fn(&MessageLog) -> bool| state.inbox().with(|i| i.logs.get(&id).is_some_and(f));
    let has_more = move || first_rendered() && log_is(|l| l.has_more_before);
    let at_history_start =
        move || first_rendered() && log_is(|l| !l.has_more_before && !l.is_empty());

    view! {
        <div class="sb-log-frame">
            <ConversationSearch rendered=renders.into() />
            <div
                class="sb-log"
                role="log"
                aria-live="polite"
                aria-label=i18n.tr(Msg::Messages)
                node_ref=log_ref
                on:scroll=on_scroll
                on:click=move |ev| on_tool_click(&ev, state, compose, i18n.locale(), id)
            >
                <LogEdge has_more at_history_start load_older=Callback::new(move |()| load_edge(true)) />
                <Show when=move || !loaded()>
                    <p class="sb-log__status">{i18n.tr(Msg::Loading)}</p>
                </Show>
                <Show when=move || loaded() && all_rows.with(Vec::is_empty)>
                    <p class="sb-log__status">{i18n.tr(Msg::NoMessages)}</p>
                </Show>
                <For
                    each=move || shown.get()
                    key=LogRow::render_key
                    children=move |row| view! { <LogRowView row /> }
                />
            </div>
            <Show when=away>
                <JumpToLatest new_count on_jump=Callback::new(move |()| go_latest()) />
            </Show>
        </div>
    }
}
