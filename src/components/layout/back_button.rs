//! `Back`: the phone layout's way from a conversation to the chat list (shown at ≤ 700 px
//! only, by style/small_screens.css; wider screens show both zones).
//!
//! When the entry before this one in the browser's history is the list (`/`, the usual
//! case: a row was opened), Back is the browser's own back, so the history stays what the
//! browser's Back button expects and the list, kept mounted and only hidden, shows where
//! it was scrolled. Otherwise (a link or a reload opened the conversation) it goes to the
//! list with the URL's view as a new entry. The previous entry is read from the
//! Navigation API where the browser has it; without it, Back always goes to the list.

use crate::hooks::use_go;
use crate::i18n::{use_i18n, Msg};
use js_sys::{Array, Function, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// A property of a JS object, if it is there.
fn get(of: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(of, &key.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Calls a method without arguments.
fn call(of: &JsValue, method: &str) -> Option<JsValue> {
    get(of, method)?.dyn_into::<Function>().ok()?.call0(of).ok()
}

/// Whether the previous history entry is the chat list (`navigation.entries()`).
fn previous_is_list() -> Option<bool> {
    let navigation = get(&window(), "navigation")?;
    let index = get(&get(&navigation, "currentEntry")?, "index")?.as_f64()?;
    if index < 1.0 {
        return Some(false);
    }
    let entries: Array = call(&navigation, "entries")?.dyn_into().ok()?;
    let url = get(&entries.get(index as u32 - 1), "url")?.as_string()?;
    let path = web_sys::Url::new(&url).ok()?.pathname();
    Some(path.trim_end_matches('/').is_empty())
}

/// Goes back in the browser's history; whether it could.
fn history_back() -> bool {
    get(&window(), "history")
        .and_then(|h| call(&h, "back"))
        .is_some()
}

/// The "Back" button of the conversation header.
#[component]
pub fn BackButton() -> impl IntoView {
    let i18n = use_i18n();
    let go = StoredValue::new_local(use_go());
    let back = move |_| {
        if !(previous_is_list() == Some(true) && history_back()) {
            go.with_value(|go| go("/"));
        }
    };
    view! {
        <button type="button" class="sb-button sb-button--ghost sb-back" on:click=back>
            // A chevron pointing back (left; mirrored for right-to-left text by the style).
            <svg class="sb-back__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
                <path
                    d="M15 5l-7 7 7 7"
                    fill="none"
                    stroke="currentColor"
                    stroke-width="2"
                    stroke-linecap="round"
                    stroke-linejoin="round"
                />
            </svg>
            {i18n.tr(Msg::LayoutBack)}
        </button>
    }
}
