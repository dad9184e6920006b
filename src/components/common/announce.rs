//! A polite live region for what a row's menu or swipe did ("Conversation closed").
//!
//! It lives in `<body>`, outside the virtualised list: the row that acted is often gone by
//! the time the server agrees (closed rows leave the Open tab), and a region removed with
//! its row would never be read.

use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// The region's element id (the end-to-end tests read it too).
const ID: &str = "sb-row-announcer";

/// Makes sure the region exists. Called early (when rows mount), because screen readers
/// may miss a region that appears together with its first message.
pub fn ensure() -> Option<web_sys::HtmlElement> {
    let doc = document();
    if let Some(el) = doc.get_element_by_id(ID) {
        return el.dyn_into().ok();
    }
    let el = doc.create_element("div").ok()?;
    el.set_id(ID);
    el.set_class_name("sb-row-announcer");
    el.set_attribute("role", "status").ok()?;
    el.set_attribute("aria-live", "polite").ok()?;
    doc.body()?.append_child(&el).ok()?;
    el.dyn_into().ok()
}

/// Says `text` politely.
pub fn announce(text: &str) {
    if let Some(el) = ensure() {
        el.set_text_content(Some(text));
    }
}
