//! One row of the chat list: a `role="option"` whose accessible name starts with the
//! contact's name and says the unread count (UI-CONTRACT.md), with a context menu
//! (`RowMenu`) and, on touch screens, a swipe (`RowSwipe`).
//!
//! The `<li>` is built once and only its attributes and content follow the conversation:
//! re-creating it on every change would drop the keyboard focus (a live message, the
//! customer starting to type) and the pointer capture of a swipe in progress.

use super::row_commands;
use super::row_content::RowContent;
use super::row_menu::{focus_row, row_anchor, RowMenu};
use super::row_swipe::{swipe_hint, RowSwipe};
use super::row_time_label::until_time;
use crate::i18n::use_i18n;
use crate::store::{use_store, Store};
use gloo_timers::callback::Interval;
use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use switchboard_core::row_actions::RowAction;
use switchboard_core::row_label::{row_label_with, RowExtras};
use switchboard_core::snooze::SnoozePreset;
use switchboard_core::swipe::SwipeAction;
use switchboard_core::Route;
use switchboard_protocol::{ConversationId, ConversationStatus};

/// How often lapsed typing is looked for while a customer types (ms).
const TYPING_PRUNE_MS: u32 = 1_000;

/// A conversation as a `role="option"` row.
#[component]
pub fn ChatListItem(
    /// The conversation shown.
    id: ConversationId,
    /// Whether it is the open one.
    #[prop(into)]
    is_selected: Signal<bool>,
    /// Whether it holds the list's single tab stop.
    #[prop(into)]
    is_tab_stop: Signal<bool>,
    /// Its place in the whole list, from 1 (`aria-posinset`: only some rows are rendered).
    position: Signal<usize>,
    /// How many rows the list has (`-1` while not all are loaded).
    set_size: Signal<String>,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let navigate = use_navigate();
    let list = crate::list_query::use_list_query();
    // The store's keyed selector: notified only when this conversation's record changes,
    // so an event about another conversation does no work here.
    let summary = state.conversation(id);
    let exists = Memo::new(move |_| summary.with(Option::is_some));
    let query = Memo::new(move |_| list.query.with(|q| q.filter.q.clone()));
    // Only whether a search is on (the name changes with that, not per keystroke).
    let searching = Memo::new(move |_| query.with(|q| !q.trim().is_empty()));
    let typing = Memo::new(move |_| state.typing.with(|t| t.contact_types(id)));
    let me = move || state.me().map(|a| a.0);
    let assignee = Memo::new(move |_| {
        let who = summary.with(|c| c.as_ref().and_then(|c| c.assignee))?;
        state.session.with(|s| {
            let agent = s.as_ref()?.agents.iter().find(|a| a.id == who)?;
            Some(agent.name.clone())
        })
    });
    prune_lapsed_typing(state, typing);
    crate::components::common::announce::ensure();

    let menu = RwSignal::new(None::<(f64, f64)>);
    let close_menu = Callback::new(move |focus: bool| {
        menu.set(None);
        if focus {
            focus_row(id);
        }
    });
    let swipe = RowSwipe::new();
    // Opening a conversation keeps the list as it is (its query stays in the URL).
    let open = move || {
        let url = format!("{}{}", Route::Conversation(id).path(), list.suffix());
        navigate(&url, Default::default())
    };
    let act = move |action: RowAction| {
        if let Some(name) = summary.with_untracked(|c| c.as_ref().map(|c| c.contact.name.clone())) {
            row_commands::run(state, i18n.locale(), id, name, action);
        }
    };
    let label = move || {
        summary.with(|c| {
            let c = c.as_ref()?;
            let snoozed = c
                .snoozed_until
                .filter(|_| c.status == ConversationStatus::Snoozed)
                .map(|t| until_time(i18n.locale(), t));
            let name = assignee.get();
            let extras = RowExtras {
                typing: typing.get(),
                snoozed_until: snoozed.as_deref(),
                assignee: name.as_deref(),
                searching: searching.get(),
            };
            Some(row_label_with(i18n.locale(), c, me(), extras))
        })
    };

    let row = move || {
        let open = open.clone();
        let on_click = {
            let open = open.clone();
            move |_| {
                if !swipe.take_click() {
                    open()
                }
            }
        };
        let on_key = move |ev: ev::KeyboardEvent| {
            let key = ev.key();
            if key == "ContextMenu" || (key == "F10" && ev.shift_key()) {
                ev.prevent_default();
                menu.set(row_anchor(&ev));
            } else if key == "Enter" || key == " " {
                ev.prevent_default();
                open();
            }
        };
        let on_menu = move |ev: ev::MouseEvent| {
            ev.prevent_default();
            // A keyboard's contextmenu event has no pointer position: use the row's.
            let at = (f64::from(ev.client_x()), f64::from(ev.client_y()));
            menu.set(if at == (0.0, 0.0) {
                row_anchor(&ev)
            } else {
                Some(at)
            });
        };
        let on_up = move |ev: ev::PointerEvent| match swipe.up(&ev) {
            Some(SwipeAction::Close) => act(RowAction::Close),
            Some(SwipeAction::Snooze) => act(RowAction::Snooze(SnoozePreset::Tomorrow)),
            None => {}
        };
        exists.get().then(|| view! {
            <li
                role="option"
                id=format!("sb-row-{id}")
                class="sb-row"
                class:sb-row--unread=move || summary.with(|c| c.as_ref().is_some_and(|c| c.unread_count > 0))
                class:sb-row--dragging=move || swipe.dragging.get()
                aria-selected=move || is_selected.get().to_string()
                aria-posinset=move || position.get().to_string()
                aria-setsize=move || set_size.get()
                style:height=format!("{}px", super::ROW_HEIGHT)
                aria-label=label
                tabindex=move || if is_tab_stop.get() { "0" } else { "-1" }
                data-conversation-id=id.to_string()
                on:click=on_click
                on:keydown=on_key
                on:contextmenu=on_menu
                on:pointerdown=move |ev| swipe.down(&ev)
                on:pointermove=move |ev| swipe.moved(&ev)
                on:pointerup=on_up
                on:pointercancel=move |_| swipe.cancel()
            >
                {move || swipe.dragging.get().then(|| swipe_hint(swipe))}
                <span
                    class="sb-row__body"
                    // No transform at rest: a transformed body is a paint layer of its own,
                    // repainted apart from the list at every change (the peers harness's
                    // trace of 100 events/s: 2,200 row-body paints in 10 s).
                    style:transform=move || {
                        let x = swipe.offset.get();
                        (x != 0.0).then(|| format!("translateX({x}px)"))
                    }
                >
                    {move || summary.get().map(|c| view! {
                        <RowContent c typing=typing.get() query=query.get() assignee=assignee.get() me=me() />
                    })}
                </span>
            </li>
        })
    };
    view! {
        {row}
        {move || menu.get().map(|at| view! { <RowMenu id at close=close_menu /> })}
    }
}

/// While the customer types here, forgets typing that lapsed (a lost "stopped" frame must
/// not leave "typing…" on the row for good; see `Typing::LAPSE_MS`).
fn prune_lapsed_typing(state: Store, typing: Memo<bool>) {
    Effect::new(move |_: Option<Option<Interval>>| {
        // Dropping the previous interval (when typing stops) cancels it.
        typing.get().then(|| {
            Interval::new(TYPING_PRUNE_MS, move || {
                state.typing.maybe_update(|t| t.prune(js_sys::Date::now()));
            })
        })
    });
}
