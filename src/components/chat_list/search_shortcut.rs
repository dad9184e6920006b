//! The search box's keyboard shortcuts: `/` (outside text fields) and Ctrl+K / Cmd+K
//! focus the list's search box and select its text; Escape in it clears the search (and
//! the URL's `q`). Placed right after the search input, in the same parent: it shows the
//! visible hint, names the shortcuts on the input (`aria-keyshortcuts`), and listens on
//! the window for as long as it is mounted.
//!
//! Which key does what is `switchboard_core::search_keys`; this file only reads the event
//! and acts on the DOM.

use crate::components::common::shortcuts::typed_into;
use crate::i18n::{use_i18n, Msg};
use crate::list_query::use_list_query;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use switchboard_core::search_keys::{search_key, KeyPress, SearchKey, ARIA_KEYSHORTCUTS};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// The visible `/` hint; installs the shortcuts of its sibling search box.
#[component]
pub fn SearchShortcut() -> impl IntoView {
    let i18n = use_i18n();
    let list = use_list_query();
    let hint = NodeRef::<html::Kbd>::new();
    // The searchbox beside the hint.
    let search = move || -> Option<HtmlInputElement> {
        hint.get_untracked()?
            .parent_element()?
            .query_selector("input[role=searchbox]")
            .ok()??
            .dyn_into()
            .ok()
    };
    // The input is someone else's markup: name its shortcuts once it is in the page.
    Effect::new(move || {
        if hint.get().is_some() {
            if let Some(input) = search() {
                let _ = input.set_attribute("aria-keyshortcuts", ARIA_KEYSHORTCUTS);
            }
        }
    });
    let handle = window_event_listener(ev::keydown, move |e| {
        if e.default_prevented() {
            return;
        }
        let Some(input) = search() else { return };
        let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
        let in_search = target
            .as_ref()
            .is_some_and(|t| t == input.unchecked_ref::<Element>());
        let in_text_field = typed_into(target.as_ref());
        let in_url = list.query.with_untracked(|q| !q.filter.q.is_empty());
        let (key, code) = (e.key(), e.code());
        let press = KeyPress {
            key: &key,
            code: &code,
            ctrl: e.ctrl_key(),
            meta: e.meta_key(),
            alt: e.alt_key(),
            composing: e.is_composing(),
            in_text_field,
            in_search,
            search_has_text: in_url || !input.value().is_empty(),
        };
        match search_key(&press) {
            Some(SearchKey::Focus) => {
                e.prevent_default();
                let _ = input.focus();
                input.select();
            }
            Some(SearchKey::Clear) => {
                e.prevent_default();
                input.set_value("");
                // Whoever follows the input's typing hears that it is empty now.
                if let Ok(typed) = web_sys::Event::new("input") {
                    typed.init_event_with_bubbles("input", true);
                    let _ = input.dispatch_event(&typed);
                }
                if list.query.with_untracked(|q| !q.filter.q.is_empty()) {
                    list.update(|q| q.filter.q.clear());
                }
            }
            None => {}
        }
    });
    on_cleanup(move || handle.remove());

    view! {
        <kbd
            class="sb-search-hint"
            node_ref=hint
            aria-hidden="true"
            title=i18n.tr(Msg::SearchShortcutHint)
        >
            "/"
        </kbd>
    }
}
