//! The handles between the zones, and the drawer's backdrop.
//!
//! They sit on the app root, positioned over the zones' edges from the same custom
//! properties that size the columns (style/panel_contact.css), so the grid is untouched.
//! On narrow screens there is nothing to drag: the list has the narrow layout's fixed
//! width and the panel is a drawer, so only the backdrop (a click on it closes the drawer)
//! is there, while the drawer is open.

use super::use_panel_layout;
use super::zone_handle::ZoneHandle;
use leptos::prelude::*;
use switchboard_core::panel_layout::Zone;

/// The list's and the panel's separators, and the drawer's backdrop.
#[component]
pub fn ZoneHandles() -> impl IntoView {
    let layout = use_panel_layout();
    let wide = move || !layout.narrow.get();
    view! {
        <Show when=wide>
            <ZoneHandle zone=Zone::List />
        </Show>
        <Show when=move || wide() && layout.expanded.get()>
            <ZoneHandle zone=Zone::Panel />
        </Show>
        <Show when=move || !wide() && layout.drawer_open.get()>
            // A pointer convenience only: keyboard users have the close button and Escape.
            <div class="sb-drawer-backdrop" aria-hidden="true" on:click=move |_| layout.close_drawer()></div>
        </Show>
    }
}
