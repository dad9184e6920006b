//! The drawer's way out on narrow screens: a close button at the top of the panel, and
//! Escape anywhere inside it. On wide screens the button is not shown (style: it only
//! appears in the open drawer) and Escape does nothing here.

use super::use_panel_layout;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;

/// The "Close client details" button.
#[component]
pub fn DrawerClose() -> impl IntoView {
    let i18n = use_i18n();
    let layout = use_panel_layout();
    view! {
        <button
            type="button"
            class="sb-button sb-button--ghost sb-panel__close"
            aria-label=i18n.tr(Msg::CloseClientDetails)
            title=i18n.tr(Msg::CloseClientDetails)
            on:click=move |_| layout.close_drawer()
        >
            <span aria-hidden="true">"×"</span>
        </button>
    }
}

/// The panel's `keydown` handler (made while the panel is created, from the layout in
/// context): Escape closes the open drawer, unless a control inside already used the key
/// (it calls `prevent_default`, e.g. to cancel an edit).
pub fn close_on_escape() -> impl Fn(leptos::ev::KeyboardEvent) + 'static {
    let layout = use_panel_layout();
    move |ev| {
        if ev.key() != "Escape" || ev.default_prevented() {
            return;
        }
        if layout.narrow.get_untracked() && layout.drawer_open.get_untracked() {
            ev.prevent_default();
            layout.close_drawer();
        }
    }
}
