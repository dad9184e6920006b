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
mod handle;

use crate::app::use_route;
use crate::format::{day_heading, local_offset_minutes};
use crate::i18n::{use_i18n, Count, Msg};
use crate::store::history::{self, Edge};
use crate::store::use_store;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::log_window::LogWindow;
use switchboard_core::timeline::{appended_after, first_unread, new_since, rows, timeline, LogRow};
use switchboard_core::{MessageLog, Route};
use switchboard_protocol::{ConversationId, MessageId};

use super::conversation_search::ConversationSearch;
use super::message_actions::on_tool_click;
use super::message_item::MessageItem;
use crate::components::composer::use_composer;
use crate::hooks::after_next_frame;
use anchor::{first_visible, put_back};
pub use handle::LogHandle;

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
    let composer = use_composer();
    let offset = local_offset_minutes();
    // The divider marks what was unread when the conversation opened, and stays put while
    // the conversation is marked read.
    // Taken the first time the conversation's record is known (a cold link may open it
    // before the list has it), before marking it read can reset it.
    let unread_at_open = RwSignal::new(None::<u32>);
    Effect::new(move || {
        if unread_at_open.with_untracked(Option::is_none) {
            if let Some(n) = state
                .inbox()
                .with(|i| i.conversations.get(id).map(|c| c.unread_count))
            {
                unread_at_open.set(Some(n));
            }
        }
    });
    let divider = StoredValue::new(None::<Option<MessageId>>);
    let window = RwSignal::new(LogWindow::default());
    let stick = StoredValue::new(true);
    let last_row = StoredValue::new(None::<String>);
    // Derived again only when this conversation's history or pending messages change.
    let key = Memo::new(move |_| {
        state.inbox().with(|i| {
            let pending: Vec<String> = i
                .outbox
                .for_conversation(id)
                .map(|p| format!("{}{:?}", p.client_id, p.state))
                .collect();
            (i.logs.get(&id).map(|l| l.rev()), pending)
        })
    });
    let all_rows = Memo::new(move |_| {
        // Read, not only tracked: a memo nobody reads is never computed, so never changes.
        key.with(|_| ());
        let unread = unread_at_open.try_get().flatten();
        let built = state.inbox().with_untracked(|i| {
            let log = i.logs.get(&id);
            let first = match (divider.try_get_value().flatten(), log, unread) {
                (Some(d), _, _) => d,
                (None, Some(l), Some(n)) => {
                    let d = first_unread(l, n);
                    divider.try_set_value(Some(d));
                    d
                }
                _ => None,
            };
            rows(timeline(log, &i.outbox, id), offset, first)
        });
        // New rows at the end: the window keeps showing the same rows (or takes the new
        // ones in when it shows the end).
        // `try_`: a memo can be re-run by a last change while its log is being torn down.
        let last = last_row.try_get_value().flatten();
        let added = appended_after(&built, last.as_deref());
        if added > 0 {
            let follow = stick.try_get_value().unwrap_or(false);
            window.try_update_untracked(|w| w.appended(added, follow));
        }
        last_row.try_set_value(built.last().map(LogRow::identity));
        built
    });
    let shown = Memo::new(move |_| {
        let w = window.get();
        all_rows.with(|r| {
            let (start, end) = w.range(r.len());
            r[start..end].to_vec()
        })
    });
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
        // The rows are in the DOM now: put the anchored message back at once, in this
        // task, so no layout with the new rows above and the old scroll position is ever
        // seen (not even between a page's arrival and the next frame); the frame below
        // does it again once every part of the view has updated, and forgets the anchor.
        if let (Some(el), Some(held)) = (log_ref.get_untracked(), anchor.try_get_value().flatten())
        {
            put_back(&el, &held);
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
        let now = gap < STICK_PX && at_end;
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
    let navigate = StoredValue::new_local(leptos_router::hooks::use_navigate());
    let go_latest = move || {
        // Leaving a message link: the URL says the conversation again.
        if matches!(route.get_untracked(), Route::Message(..)) {
            navigate.with_value(|n| {
                n(
                    &Route::Conversation(id).path(),
                    leptos_router::NavigateOptions {
                        replace: true,
                        scroll: false,
                        ..Default::default()
                    },
                )
            });
        }
        let behind = state
            .inbox()
            .with_untracked(|i| i.logs.get(&id).is_some_and(|l| l.has_more_after));
        stick.set_value(true);
        seen.set(None);
        anchor.set_value(None);
        window.update(LogWindow::reset);
        // The window may not have changed (nothing re-renders): go down now as well.
        after_next_frame(move || {
            if let Some(el) = log_ref.get_untracked() {
                el.set_scroll_top(el.scroll_height());
            }
        });
        if behind {
            history::reload_latest(state, id);
        }
    };
    let jump = move |_| go_latest();
    // The agent sent something: the log goes to the latest, where it shows as pending,
    // even if they were reading far back (a message link, a search hit).
    let pending = Memo::new(move |_| {
        state
            .inbox()
            .with(|i| i.outbox.for_conversation(id).count())
    });
    Effect::new(move |before: Option<usize>| {
        let now = pending.get();
        let reading_back = window.with_untracked(|w| !w.at_end())
            || state
                .inbox()
                .with_untracked(|i| i.logs.get(&id).is_some_and(|l| l.has_more_after));
        if before.is_some_and(|b| now > b) && reading_back {
            go_latest();
        }
        now
    });
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
                on:click=move |ev| on_tool_click(&ev, state, composer, i18n.locale(), id)
            >
                // One slot of fixed height at the top, whatever it holds (the button, the
                // start of the history, or nothing while rows above are not rendered):
                // its content changes with the rows and not in the same render, so a
                // change of height would move what the agent reads.
                <div class="sb-log__edge">
                    <Show
                        when=has_more
                        fallback=move || {
                            at_history_start()
                                .then(|| {
                                    view! {
                                        <p class="sb-log__start">{i18n.tr(Msg::HistoryStart)}</p>
                                    }
                                })
                        }
                    >
                        <button
                            type="button"
                            class="sb-button sb-button--ghost sb-log__older"
                            on:click=move |_| load_edge(true)
                        >
                            {i18n.tr(Msg::LoadOlder)}
                        </button>
                    </Show>
                </div>
                <Show when=move || !loaded()>
                    <p class="sb-log__status">{i18n.tr(Msg::Loading)}</p>
                </Show>
                <Show when=move || loaded() && all_rows.with(Vec::is_empty)>
                    <p class="sb-log__status">{i18n.tr(Msg::NoMessages)}</p>
                </Show>
                <For
                    each=move || shown.get()
                    key=LogRow::render_key
                    children=move |row| match row {
                        LogRow::Day(d, _) => {
                            view! {
                                <h3 class="sb-log__day">
                                    <span>{move || day_heading(i18n.locale(), d)}</span>
                                </h3>
                            }
                                .into_any()
                        }
                        LogRow::Unread => {
                            view! {
                                <p class="sb-log__unread" role="separator">
                                    <span>{i18n.tr(Msg::NewMessages)}</span>
                                </p>
                            }
                                .into_any()
                        }
                        LogRow::Item(item) => view! { <MessageItem item /> }.into_any(),
                    }
                />
            </div>
            <Show when=away>
                <button type="button" class="sb-button sb-log__jump" on:click=jump>
                    {i18n.tr(Msg::JumpToLatest)}
                    {move || {
                        let n = new_count();
                        (n > 0)
                            .then(|| {
                                view! {
                                    <span class="sb-badge">{i18n.count(Count::NewCount, n as u64)}</span>
                                }
                            })
                    }}
                </button>
            </Show>
        </div>
    }
}
