//! The chat list zone: brand bar, search, and the conversations newest first.

mod chat_list_item;
mod filter_panel;
mod list_controls;
mod list_header;

use crate::app::use_route;
use crate::i18n::{use_i18n, Msg};
use crate::list_query::use_list_query;
use crate::state::use_app;
use chat_list_item::ChatListItem;
use filter_panel::FilterPanel;
use leptos::prelude::*;
use list_controls::ListControls;
use list_header::ListHeader;
use switchboard_core::list_view::rows;
use switchboard_core::view::ViewContext;
use switchboard_protocol::AgentId;
use wasm_bindgen::JsCast;

/// The `nav` landmark named "Conversations".
#[component]
pub fn ChatList() -> impl IntoView {
    let state = use_app();
    let i18n = use_i18n();
    let route = use_route();
    let list = use_list_query();
    // Only the order and membership: each row reads its own record, so a change to one
    // conversation re-renders one row, and a new message moves one row.
    let ids = Memo::new(move |_| {
        let me = state.me().unwrap_or(AgentId(0));
        list.query.with(|q| {
            state
                .inbox
                .with(|i| rows(&i.conversations, q, ViewContext { me, views: &[] }))
        })
    });
    let selected = Memo::new(move |_| route.get().conversation());
    // Roving tab stop: the open row, else the first one.
    let tab_stop = Memo::new(move |_| {
        selected
            .get()
            .filter(|s| ids.with(|v| v.contains(s)))
            .or_else(|| ids.with(|v| v.first().copied()))
    });
    let loading = move || {
        state
            .inbox
            .with(|i| i.sync.is_resyncing() && i.conversations.is_empty())
    };

    view! {
        <nav class="sb-list" aria-label=move || i18n.t(Msg::Conversations)>
            <ListHeader />
            <div class="sb-list__search">
                <input
                    type="search"
                    role="searchbox"
                    class="sb-input"
                    aria-label=move || i18n.t(Msg::SearchConversations)
                    placeholder=move || i18n.t(Msg::SearchConversations)
                    prop:value=move || list.query.with(|q| q.filter.q.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        list.update(|q| q.filter.q = text);
                    }
                />
            </div>
            <ListControls />
            <FilterPanel />
            <ul
                class="sb-list__rows"
                role="listbox"
                aria-label=move || i18n.t(Msg::ConversationList)
                on:keydown=move_focus
            >
                <For
                    each=move || ids.get()
                    key=|id| *id
                    children=move |id| {
                        let is_selected = Signal::derive(move || selected.get() == Some(id));
                        let is_tab_stop = Signal::derive(move || tab_stop.get() == Some(id));
                        view! { <ChatListItem id is_selected is_tab_stop /> }
                    }
                />
            </ul>
            <Show when=move || !loading() && ids.with(Vec::is_empty)>
                <p class="sb-list__empty">{move || i18n.t(Msg::NoConversations)}</p>
            </Show>
            <Show when=loading>
                <p class="sb-list__empty">{move || i18n.t(Msg::Loading)}</p>
            </Show>
        </nav>
    }
}

/// Arrow keys move focus between rows; Home and End jump to the ends.
fn move_focus(ev: leptos::ev::KeyboardEvent) {
    let Some(current) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("[role=option]").ok().flatten())
    else {
        return;
    };
    let next = match ev.key().as_str() {
        "ArrowDown" => current.next_element_sibling(),
        "ArrowUp" => current.previous_element_sibling(),
        "Home" => current
            .parent_element()
            .and_then(|p| p.first_element_child()),
        "End" => current
            .parent_element()
            .and_then(|p| p.last_element_child()),
        _ => return,
    };
    ev.prevent_default();
    if let Some(el) = next.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}
