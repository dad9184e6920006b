//! A row's context menu (right click, Shift+F10 or the ContextMenu key): `role="menu"`
//! with `menuitem`s, arrow keys move (wrapping), Escape closes and gives focus back to the
//! row, a press anywhere outside closes.
//!
//! It is rendered in a portal at the end of `<body>`, not inside the row: an `option`'s
//! children are presentational, so a menu inside one would not be a menu to a screen
//! reader, and the list's `overflow: hidden` would crop it.

use super::row_commands;
use crate::i18n::{use_i18n, Msg};
use crate::store::use_store;
use leptos::ev;
use leptos::html;
use leptos::portal::Portal;
use leptos::prelude::*;
use switchboard_core::row_actions::{menu_step, row_actions, RowAction};
use switchboard_core::snooze::SnoozePreset;
use switchboard_protocol::ConversationId;
use wasm_bindgen::JsCast;

/// Gap (px) kept between the menu and the window's edges.
const EDGE: f64 = 4.0;

/// The menu of conversation `id`, opened at `at` (viewport px).
#[component]
pub fn RowMenu(
    /// The conversation acted on.
    id: ConversationId,
    /// Where it opens: the pointer, or the row's left middle for the keyboard.
    at: (f64, f64),
    /// Closes the menu; `true` gives focus back to the row.
    close: Callback<bool>,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let menu = NodeRef::<html::Div>::new();
    let summary = Memo::new(move |_| state.inbox().with(|i| i.conversations.get(id).cloned()));
    let items = Memo::new(move |_| {
        let me = state.me()?;
        summary.with(|c| c.as_ref().map(|c| row_actions(c, me)))
    });
    // Once in the page: inside the window, first item focused.
    Effect::new(move || {
        let Some(el) = menu.get() else { return };
        place(&el, at);
        if let Some(first) = buttons(&el).first() {
            let _ = first.focus();
        }
    });
    // A press outside closes (the press that opened it came before the menu existed).
    let outside = window_event_listener(ev::pointerdown, move |ev| {
        let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let inside = menu
            .get_untracked()
            .is_some_and(|m| m.contains(target.as_ref()));
        if !inside {
            close.run(false);
        }
    });
    on_cleanup(move || outside.remove());

    let on_key = move |ev: ev::KeyboardEvent| {
        let Some(el) = menu.get_untracked() else {
            return;
        };
        let key = ev.key();
        if key == "Escape" || key == "Tab" {
            ev.prevent_default();
            close.run(true);
            return;
        }
        let list = buttons(&el);
        let active = document().active_element();
        let current = list
            .iter()
            .position(|b| active.as_ref() == Some(b.unchecked_ref::<web_sys::Element>()));
        if let Some(to) = menu_step(current, list.len(), &key) {
            ev.prevent_default();
            let _ = list[to].focus();
        }
    };
    let pick = move |action: RowAction| {
        let name = summary.with_untracked(|c| c.as_ref().map(|c| c.contact.name.clone()));
        close.run(true);
        if let Some(name) = name {
            row_commands::run(state, i18n.locale(), id, name, action);
        }
    };

    view! {
        <Portal>
            <div
                class="sb-row-menu"
                role="menu"
                aria-label=i18n.tr(Msg::RowActions)
                node_ref=menu
                style:left=format!("{}px", at.0)
                style:top=format!("{}px", at.1)
                on:keydown=on_key
            >
                <For each=move || items.get().unwrap_or_default() key=|a| *a let:action>
                    <button
                        type="button"
                        role="menuitem"
                        tabindex="-1"
                        class="sb-row-menu__item"
                        class:sb-row-menu__item--group=starts_group(action)
                        on:click=move |_| pick(action)
                    >
                        {move || i18n.t(action.label())}
                    </button>
                </For>
            </div>
        </Portal>
    }
}

/// Whether an item begins a new group (a rule above it).
fn starts_group(a: RowAction) -> bool {
    matches!(
        a,
        RowAction::Snooze(SnoozePreset::OneHour) | RowAction::CopyLink
    )
}

/// The menu's items, in order.
fn buttons(menu: &web_sys::HtmlDivElement) -> Vec<web_sys::HtmlElement> {
    let Ok(list) = menu.query_selector_all("[role=menuitem]") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

/// Moves the menu so that all of it is inside the window (it opens down and right of
/// `at`, or up and left where there is no room).
fn place(el: &web_sys::HtmlDivElement, (x, y): (f64, f64)) {
    let rect = el.get_bounding_client_rect();
    let w = window()
        .inner_width()
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    let h = window()
        .inner_height()
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    let left = if x + rect.width() + EDGE > w {
        (w - rect.width() - EDGE).max(EDGE)
    } else {
        x
    };
    let top = if y + rect.height() + EDGE > h {
        (y - rect.height()).max(EDGE)
    } else {
        y
    };
    let style = web_sys::HtmlElement::style(el);
    let _ = style.set_property("left", &format!("{left}px"));
    let _ = style.set_property("top", &format!("{top}px"));
}

/// Where a menu opened from the keyboard goes: inside the row, at its left middle.
pub fn row_anchor(ev: &web_sys::Event) -> Option<(f64, f64)> {
    let row = ev.current_target()?.dyn_into::<web_sys::Element>().ok()?;
    let r = row.get_bounding_client_rect();
    // 24 px in: clear of the avatar's edge, so the menu visibly belongs to this row.
    Some((r.left() + 24.0, r.top() + r.height() / 2.0))
}

/// Gives the keyboard focus back to the row of `id`, if it is still rendered.
pub fn focus_row(id: ConversationId) {
    if let Some(el) = document()
        .get_element_by_id(&format!("sb-row-{id}"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
