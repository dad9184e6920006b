//! A menu button, as the WAI-ARIA "menu button" pattern describes it: a button with
//! `aria-haspopup="menu"` opening a `role="menu"` of `menuitem`s.
//!
//! Keyboard: Enter, Space or ArrowDown on the button open the menu on its first item,
//! ArrowUp on its last; in the menu the arrows, Home and End move between items (wrapping),
//! Enter or Space choose one, Escape closes it and returns focus to the button, Tab closes
//! it and moves on. A click elsewhere (focus leaving the button and the menu) closes it.
//! Choosing an item closes the menu and returns focus to the button before the item's
//! action runs, so a dialog the action opens gives focus back there when it closes.

use leptos::context::Provider;
use leptos::html::{Button, Div};
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use wasm_bindgen::JsCast;

/// Numbers the menus, for their element ids.
static NEXT_MENU: AtomicUsize = AtomicUsize::new(0);

/// The items of a menu, in order ([`MenuItem`]s are buttons).
fn items(menu: &web_sys::HtmlElement) -> Vec<web_sys::HtmlElement> {
    let list = menu.get_elements_by_tag_name("button");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter(|el| {
            el.get_attribute("role")
                .is_some_and(|r| r.starts_with("menuitem"))
        })
        .filter_map(|el| el.dyn_into().ok())
        .collect()
}

/// Moves focus in the menu for `key`; returns whether the key was one of ours.
fn move_focus(menu: &web_sys::HtmlElement, key: &str) -> bool {
    let items = items(menu);
    let n = items.len();
    if n == 0 {
        return false;
    }
    let active = document().active_element();
    let at = items.iter().position(|el| {
        active
            .as_ref()
            .is_some_and(|a| a == AsRef::<web_sys::Element>::as_ref(el))
    });
    let next = match (key, at) {
        ("ArrowDown", Some(i)) => (i + 1) % n,
        ("ArrowUp", Some(i)) => (i + n - 1) % n,
        ("ArrowDown" | "Home", _) => 0,
        ("ArrowUp" | "End", _) => n - 1,
        _ => return false,
    };
    let _ = items[next].focus();
    true
}

/// A button that opens a menu of [`MenuItem`]s.
#[component]
pub fn MenuButton(
    /// The button's text and accessible name (also the menu's name).
    #[prop(into)]
    label: Signal<String>,
    /// Whether the menu is open; pass one to open it from elsewhere.
    #[prop(optional)]
    open: Option<RwSignal<bool>>,
    /// Why the menu cannot be used now. The button stays focusable, says it is disabled
    /// (`aria-disabled`) and gives this reason as its description and tooltip.
    #[prop(optional, into)]
    unavailable: Signal<Option<String>>,
    /// Extra classes for the button.
    #[prop(optional, into)]
    class: Signal<String>,
    /// The items.
    children: ChildrenFn,
) -> impl IntoView {
    let open = open.unwrap_or_else(|| RwSignal::new(false));
    let n = NEXT_MENU.fetch_add(1, Ordering::Relaxed);
    let menu_id = format!("sb-menu-{n}");
    let reason_id = format!("sb-menu-{n}-why");
    let button = NodeRef::<Button>::new();
    let menu = NodeRef::<Div>::new();
    let wrapper = NodeRef::<Div>::new();
    let focus_last = StoredValue::new(false);
    let disabled = move || unavailable.with(Option::is_some);

    // Focus the first (or last) item once the menu is in the document.
    Effect::new(move || {
        if let Some(m) = menu.get() {
            move_focus(
                &m,
                if focus_last.get_value() {
                    "End"
                } else {
                    "Home"
                },
            );
        }
    });
    let close = move |refocus: bool| {
        open.set(false);
        if let Some(b) = button.get_untracked().filter(|_| refocus) {
            let _ = b.focus();
        }
    };
    let on_menu_key = move |ev: web_sys::KeyboardEvent| {
        let key = ev.key();
        match key.as_str() {
            "Escape" => {
                ev.prevent_default();
                ev.stop_propagation();
                close(true);
            }
            "Tab" => close(false),
            _ => {
                if let Some(m) = menu.get_untracked() {
                    if move_focus(&m, &key) {
                        ev.prevent_default();
                    }
                }
            }
        }
    };
    // An item closes the menu (returning focus to the button) before its action runs, so
    // a dialog the action opens remembers the button as the place to give focus back to.
    // Given to the items through a `Provider`: a component has no context scope of its
    // own, so `provide_context` here would reach the sibling menus too.
    let menu_close = MenuClose(Callback::new(move |()| close(true)));
    let (menu_id_attr, reason_attr) = (menu_id.clone(), reason_id.clone());

    view! {
        <div
            class="sb-menu"
            node_ref=wrapper
            on:focusout=move |ev| {
                let inside = ev
                    .related_target()
                    .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                    .is_some_and(|n| wrapper.get_untracked().is_some_and(|w| w.contains(Some(&n))));
                if !inside {
                    open.set(false);
                }
            }
        >
            <button
                type="button"
                class=move || format!("sb-button sb-menu__button {}", class.get())
                node_ref=button
                aria-haspopup="menu"
                aria-expanded=move || open.get().to_string()
                aria-controls=menu_id_attr
                aria-disabled=move || disabled().then_some("true")
                aria-describedby=move || disabled().then(|| reason_attr.clone())
                title=move || unavailable.get()
                on:click=move |_| {
                    if !disabled() {
                        focus_last.set_value(false);
                        open.update(|o| *o = !*o);
                    }
                }
                on:keydown=move |ev| {
                    let up = ev.key() == "ArrowUp";
                    if (up || ev.key() == "ArrowDown") && !disabled() {
                        ev.prevent_default();
                        focus_last.set_value(up);
                        if open.get_untracked() {
                            if let Some(m) = menu.get_untracked() {
                                move_focus(&m, if up { "End" } else { "Home" });
                            }
                        } else {
                            open.set(true);
                        }
                    }
                }
            >
                {move || label.get()}
            </button>
            <span id=reason_id class="sb-visually-hidden">{move || unavailable.get()}</span>
            <Show when=move || open.get()>
                <div
                    role="menu"
                    id=menu_id.clone()
                    class="sb-menu__list"
                    aria-label=move || label.get()
                    node_ref=menu
                    on:keydown=on_menu_key
                >
                    {
                        let children = children.clone();
                        view! { <Provider value=menu_close>{children()}</Provider> }
                    }
                </div>
            </Show>
        </div>
    }
}

/// Closes the enclosing menu and gives focus back to its button (context for items).
#[derive(Clone, Copy)]
struct MenuClose(Callback<()>);

/// One item of a [`MenuButton`]'s menu.
#[component]
pub fn MenuItem(
    /// The item's text and accessible name.
    #[prop(into)]
    label: Signal<String>,
    /// What choosing it does.
    on_select: Callback<()>,
    /// A second line, shown after the label and read as its description (a time, a
    /// presence).
    #[prop(optional, into)]
    detail: Signal<Option<String>>,
    /// For a choice among several (`menuitemradio`): whether it is the current one.
    #[prop(optional, into)]
    checked: Option<Signal<bool>>,
    /// Why it cannot be chosen now (shown as its tooltip and description; it stays
    /// focusable so the reason can be read).
    #[prop(optional, into)]
    unavailable: Signal<Option<String>>,
    /// Styled as a dangerous action.
    #[prop(optional)]
    danger: bool,
) -> impl IntoView {
    let disabled = move || unavailable.with(Option::is_some);
    let menu_close = use_context::<MenuClose>();
    let role = if checked.is_some() {
        "menuitemradio"
    } else {
        "menuitem"
    };
    view! {
        <button
            type="button"
            role=role
            tabindex="-1"
            class="sb-menu__item"
            class:sb-menu__item--danger=danger
            aria-checked=move || checked.map(|c| c.get().to_string())
            aria-disabled=move || disabled().then_some("true")
            aria-description=move || unavailable.get().or_else(|| detail.get())
            title=move || unavailable.get()
            on:click=move |_| {
                if !disabled() {
                    if let Some(MenuClose(close)) = menu_close {
                        close.run(());
                    }
                    on_select.run(());
                }
            }
        >
            <span class="sb-menu__label">
                {checked.map(|_| view! { <span class="sb-menu__check" aria-hidden="true"></span> })}
                {move || label.get()}
            </span>
            {move || detail.get().map(|d| view! { <span class="sb-menu__detail" aria-hidden="true">{d}</span> })}
        </button>
    }
}
