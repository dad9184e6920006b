//! Moving focus once the page is drawn: the first field of a form that just opened, or
//! the button that opened it once it closes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the element with id `id` in the next frame. By id, not selector: ids made from
/// a backend's keys (CRM properties) may hold characters a selector would need escaped.
pub fn focus_later(id: impl Into<String>) {
    let id: String = id.into();
    super::next_frame(move || {
        if let Some(el) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// Focuses the first element matching `selector` in the next frame (an element that only
/// just became visible, such as the drawer's close button).
pub fn focus_selector_later(selector: &'static str) {
    super::next_frame(move || {
        if let Some(el) = document()
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}
