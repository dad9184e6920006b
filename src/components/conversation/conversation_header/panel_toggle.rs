//! The toggle that collapses and expands the client panel (`aside` "Client details").
//!
//! Collapsed, the panel stays in the DOM (its loaded data and scroll position survive) but
//! is hidden from everyone, sighted or not (`display: none` via the `sb-app--panel-closed`
//! class on the app root), and its column goes to the conversation; `aria-expanded` on the
//! toggle says which. The choice is kept in the browser, so it survives a reload. On narrow
//! screens the panel is already off (style/app.css) and the toggle changes nothing visible.

use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;

/// Where the choice is kept.
const STORAGE_KEY: &str = "switchboard.panel";
/// The app root's class while the panel is collapsed.
const CLOSED_CLASS: &str = "sb-app--panel-closed";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The "Client details" toggle button.
#[component]
pub fn PanelToggle() -> impl IntoView {
    let i18n = use_i18n();
    let stored = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    let expanded = RwSignal::new(stored.as_deref() != Some("closed"));
    // The app root's class and the stored choice follow the toggle.
    Effect::new(move || {
        let open = expanded.get();
        if let Ok(Some(root)) = document().query_selector(".sb-app") {
            let _ = root.class_list().toggle_with_force(CLOSED_CLASS, !open);
        }
        if let Some(s) = storage() {
            let _ = s.set_item(STORAGE_KEY, if open { "open" } else { "closed" });
        }
    });
    view! {
        <button
            type="button"
            class="sb-button sb-button--ghost sb-header__panel"
            aria-expanded=move || expanded.get().to_string()
            on:click=move |_| expanded.update(|e| *e = !*e)
        >
            <span class="sb-header__panel-icon" aria-hidden="true"></span>
            {move || i18n.t(Msg::ClientDetails)}
        </button>
    }
}
