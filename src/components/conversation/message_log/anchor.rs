//! The log's own scroll anchoring: which message to keep in place while rows change above
//! it, and finding it again after the render.

use wasm_bindgen::JsCast;

/// The first message whose bottom is below the top of the log's viewport, as a selector
/// and its distance from that top.
pub(super) fn first_visible(log: &web_sys::HtmlElement) -> Option<(String, i32)> {
    let top = log.scroll_top();
    let children = log.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .filter_map(|c| c.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|c| c.offset_top() + c.offset_height() > top && selector_of(c).is_some())
        .and_then(|c| Some((selector_of(&c)?, c.offset_top() - top)))
}

/// A selector that finds the same message after a render.
fn selector_of(el: &web_sys::HtmlElement) -> Option<String> {
    if let Some(id) = el.get_attribute("data-message-id") {
        return Some(format!("[data-message-id=\"{id}\"]"));
    }
    el.get_attribute("data-client-id")
        .map(|id| format!("[data-client-id=\"{id}\"]"))
}

pub(super) fn find(log: &web_sys::HtmlElement, selector: &str) -> Option<web_sys::HtmlElement> {
    log.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Puts the anchored message (`first_visible`'s answer) back at its distance from the top
/// of the log's viewport. Returns whether it was found.
pub(super) fn put_back(log: &web_sys::HtmlElement, (selector, top): &(String, i32)) -> bool {
    let Some(a) = find(log, selector) else {
        return false;
    };
    log.set_scroll_top(a.offset_top() - top);
    true
}
