//! The tab: its title counts the conversations with unread customer messages
//! (`(3) Switchboard`), and the favicon wears a badge with the same count. Both follow the
//! server's count (`store/unread.rs`), in the foreground too; signed out, plain.

use crate::store::unread::Unread;
use crate::store::Store;
use leptos::prelude::*;
use switchboard_core::alerts;

/// Keeps the title and the favicon in step with the unread count.
pub(super) fn start(store: Store, unread: ReadSignal<Option<Unread>>) {
    let count = Memo::new(move |_| {
        if store.signed_in() {
            unread.with(|u| u.as_ref().map_or(0, |u| u.total))
        } else {
            0
        }
    });
    // The page's own icon, put back at 0.
    let own = StoredValue::new(icon().and_then(|l| l.get_attribute("href")));
    Effect::new(move || {
        let n = count.get();
        let doc = document();
        let title = alerts::title(n);
        if doc.title() != title {
            doc.set_title(&title);
        }
        if let Some(link) = icon() {
            if let Some(href) = alerts::favicon(n).or_else(|| own.get_value()) {
                let _ = link.set_attribute("href", &href);
            }
        }
    });
}

/// The page's `<link rel="icon">`.
fn icon() -> Option<web_sys::Element> {
    document()
        .query_selector("link[rel~='icon']")
        .ok()
        .flatten()
}
