//! The toggle that collapses and expands the client panel (`aside` "Client details").
//!
//! Wide screens: collapsed, the panel stays in the DOM (its loaded data and scroll position
//! survive) but is hidden from everyone, sighted or not, and its column goes to the
//! conversation; the choice survives a reload. Narrow screens: the panel is a drawer over
//! the conversation, and the toggle opens and closes it. `aria-expanded` says whether the
//! panel is shown either way. The state is the client panel's `PanelLayout`.

use crate::components::use_panel_layout;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;

/// The "Client details" toggle button.
#[component]
pub fn PanelToggle() -> impl IntoView {
    let i18n = use_i18n();
    let layout = use_panel_layout();
    view! {
        <button
            type="button"
            class="sb-button sb-button--ghost sb-header__panel"
            aria-expanded=move || layout.is_open().to_string()
            on:click=move |_| layout.toggle()
        >
            <span class="sb-header__panel-icon" aria-hidden="true"></span>
            // Hidden from sight (not from screen readers) on phones, where the icon is left.
            <span class="sb-header__panel-label">{i18n.tr(Msg::ClientDetails)}</span>
        </button>
    }
}
