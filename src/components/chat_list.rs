//! The chat list zone: brand bar, search, controls, and the rows of the view.
//!
//! The rows are virtualised: only those in sight (plus a margin) are in the DOM, each of
//! [`ROW_HEIGHT`] pixels, inside a list as tall as all rows together, so 10,000
//! conversations scroll like 30. Nearing the end of what is loaded asks for the next page.

mod chat_list_item;
mod filter_panel;
mod highlighted;
mod list_controls;
mod list_header;
mod outbound;
mod pull_refresh;
mod row_commands;
mod row_content;
mod row_menu;
mod row_swipe;
mod row_time_label;
mod search_shortcut;

use crate::app::use_route;
use crate::hooks::use_element_height;
use crate::i18n::{use_i18n, Msg};
use crate::list_query::use_list_query;
use crate::store::use_store;
use chat_list_item::ChatListItem;
use filter_panel::FilterPanel;
use leptos::html;
use leptos::prelude::*;
use list_controls::ListControls;
use list_header::ListHeader;
use switchboard_protocol::ConversationId;
use wasm_bindgen::JsCast;

/// Height of one row, in CSS pixels (the row's style takes it from here).
pub const ROW_HEIGHT: f64 = 72.0;
/// Rows rendered beyond each edge of the viewport, so a fast scroll never shows a gap.
const OVERSCAN: usize = 6;
/// Load the next page when fewer rows than this remain below the viewport.
const PREFETCH_ROWS: usize = 40;

/// The `nav` landmark named "Conversations".
#[component]
pub fn ChatList() -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let route = use_route();
    let list = use_list_query();
    // The order and membership only (the core's rules over the known conversations), for
    // the URL's view: derived from it, so another view shows in the same render (the
    // loader switches what is loaded after). Each row reads its own record, so a change
    // to one conversation re-renders one row. Derived again only when conversations or
    // the view change, not for histories or the outbox.
    let rows_key = Memo::new(move |_| state.inbox().with(|i| i.rows_key()));
    let ids = Memo::new(move |_| {
        // Read, not only tracked: a memo nobody reads is never computed, so never changes.
        rows_key.with(|_| ());
        list.query
            .with(|q| state.inbox().with_untracked(|i| i.rows_for(q)))
    });
    let selected = Memo::new(move |_| route.get().conversation());

    let scroller = NodeRef::<html::Div>::new();
    let scroll_top = RwSignal::new(0.0_f64);
    let measured = use_element_height(scroller).height;
    // Before the scroller is measured, a tall guess: enough rows for the first paint.
    let viewport = Signal::derive(move || match measured.get() {
        h if h > 0.0 => h,
        _ => 900.0,
    });
    let range =
        Memo::new(move |_| visible_range(ids.with(Vec::len), scroll_top.get(), viewport.get()));
    let slice = Memo::new(move |_| {
        let (start, end) = range.get();
        ids.with(|v| v[start..end].to_vec())
    });
    // Roving tab stop: the open row if it is rendered, else the first rendered one.
    let tab_stop = Memo::new(move |_| {
        slice.with(|v| {
            selected
                .get()
                .filter(|s| v.contains(s))
                .or_else(|| v.first().copied())
        })
    });
    // Near the end of what is loaded: ask for more.
    Effect::new(move || {
        let (_, end) = range.get();
        let n = ids.with(Vec::len);
        if n.saturating_sub(end) < PREFETCH_ROWS && state.signed_in() {
            let more = state
                .inbox()
                .with(|i| i.list.is_loaded() && !i.list.is_complete() && !i.list.is_loading());
            if more {
                crate::store::list_loader::load_more(state);
            }
        }
    });
    // A new view starts at the top.
    Effect::new(move || {
        list.query.with(|_| ());
        if let Some(el) = scroller.get_untracked() {
            el.set_scroll_top(0);
        }
        scroll_top.set(0.0);
    });

    let on_scroll = move |_| {
        if let Some(el) = scroller.get_untracked() {
            scroll_top.set(f64::from(el.scroll_top()));
        }
    };
    // The row a key press is moving focus to, until it is rendered and focused: presses
    // that come faster than frames count from there, so none is lost.
    let heading_to = StoredValue::new(None::<ConversationId>);
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let target = ids.with_untracked(|v| {
            let from = heading_to.get_value().or_else(|| focused_row(&ev))?;
            let current = v.iter().position(|x| *x == from)?;
            let page = (viewport.get_untracked() / ROW_HEIGHT).floor().max(1.0) as usize;
            let to = match ev.key().as_str() {
                "ArrowDown" => (current + 1).min(v.len().saturating_sub(1)),
                "ArrowUp" => current.saturating_sub(1),
                "PageDown" => (current + page).min(v.len().saturating_sub(1)),
                "PageUp" => current.saturating_sub(page),
                "Home" => 0,
                "End" => v.len().saturating_sub(1),
                _ => return None,
            };
            Some((to, v[to]))
        });
        let Some((index, id)) = target else { return };
        ev.prevent_default();
        reveal(scroller, scroll_top, viewport, index);
        heading_to.set_value(Some(id));
        focus_when_rendered(id, heading_to, 3);
    };

    let loading = move || {
        state
            .inbox()
            .with(|i| !i.list.is_loaded() && ids.with(Vec::is_empty))
    };
    let set_size = move || {
        state.inbox().with(|i| {
            if i.list.is_complete() {
                ids.with(Vec::len).to_string()
            } else {
                // Unknown until the last page is in.
                "-1".to_owned()
            }
        })
    };

    view! {
        <nav class="sb-list" aria-label=i18n.tr(Msg::Conversations)>
            <ListHeader />
            <div class="sb-list__search">
                <input
                    type="search"
                    role="searchbox"
                    class="sb-input"
                    aria-label=i18n.tr(Msg::SearchConversations)
                    placeholder=i18n.tr(Msg::SearchConversations)
                    prop:value=move || list.query.with(|q| q.filter.q.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        list.update(|q| q.filter.q = text);
                    }
                />
                <search_shortcut::SearchShortcut />
            </div>
            <ListControls />
            <FilterPanel />
            <div class="sb-list__scroller" node_ref=scroller on:scroll=on_scroll>
                <pull_refresh::PullToRefresh scroller />
                <ul
                    class="sb-list__rows"
                    role="listbox"
                    aria-label=i18n.tr(Msg::ConversationList)
                    style:height=move || format!("{}px", ids.with(Vec::len) as f64 * ROW_HEIGHT)
                    style:padding-top=move || format!("{}px", range.get().0 as f64 * ROW_HEIGHT)
                    on:keydown=on_key
                >
                    <For
                        each=move || slice.get()
                        key=|id| *id
                        children=move |id| {
                            let is_selected = Signal::derive(move || selected.get() == Some(id));
                            let is_tab_stop = Signal::derive(move || tab_stop.get() == Some(id));
                            let position = Signal::derive(move || {
                                let start = range.get().0;
                                slice.with(|v| v.iter().position(|x| *x == id)).map_or(0, |p| start + p + 1)
                            });
                            view! {
                                <ChatListItem id is_selected is_tab_stop position set_size=Signal::derive(set_size) />
                            }
                        }
                    />
                </ul>
                <Show when=move || !loading() && ids.with(Vec::is_empty)>
                    <p class="sb-list__empty">{i18n.tr(Msg::NoConversations)}</p>
                </Show>
                <Show when=loading>
                    <p class="sb-list__empty">{i18n.tr(Msg::Loading)}</p>
                </Show>
            </div>
        </nav>
    }
}

/// The rows to render, `[start, end)`, for `n` rows scrolled to `top` in a viewport of
/// `height` pixels.
fn visible_range(n: usize, top: f64, height: f64) -> (usize, usize) {
    let first = (top.max(0.0) / ROW_HEIGHT).floor() as usize;
    let in_sight = (height.max(0.0) / ROW_HEIGHT).ceil() as usize + 1;
    let start = first.saturating_sub(OVERSCAN).min(n);
    let end = (first + in_sight + OVERSCAN).min(n);
    (start, end)
}

/// The conversation of the row the key event came from.
fn focused_row(ev: &leptos::ev::KeyboardEvent) -> Option<ConversationId> {
    let row = ev
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("[role=option]")
        .ok()??;
    row.get_attribute("data-conversation-id")?
        .parse()
        .ok()
        .map(ConversationId)
}

/// Scrolls just enough for row `index` to be in sight.
fn reveal(
    scroller: NodeRef<html::Div>,
    scroll_top: RwSignal<f64>,
    viewport: Signal<f64>,
    index: usize,
) {
    let Some(el) = scroller.get_untracked() else {
        return;
    };
    let top = index as f64 * ROW_HEIGHT;
    let current = f64::from(el.scroll_top());
    let height = viewport.get_untracked();
    let to = if top < current {
        top
    } else if top + ROW_HEIGHT > current + height {
        top + ROW_HEIGHT - height
    } else {
        return;
    };
    el.set_scroll_top(to as i32);
    scroll_top.set(to);
}

/// Focuses row `id` now or within `frames` frames, unless another key press has moved on;
/// then forgets where focus was heading.
fn focus_when_rendered(
    id: ConversationId,
    heading_to: StoredValue<Option<ConversationId>>,
    frames: u32,
) {
    if heading_to.get_value() != Some(id) {
        return;
    }
    if focus_row(id) || frames == 0 {
        heading_to.set_value(None);
        return;
    }
    request_animation_frame(move || focus_when_rendered(id, heading_to, frames - 1));
}

/// Focuses a row if it is rendered; returns whether it was.
fn focus_row(id: ConversationId) -> bool {
    document()
        .get_element_by_id(&format!("sb-row-{id}"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| el.focus().is_ok())
}
