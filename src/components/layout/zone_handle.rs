//! One drag handle between two zones: a vertical `separator` whose value is the zone's
//! width in pixels. A pointer drags it (captured, so it follows outside the handle); the
//! arrow keys move it by a step, Page Up / Page Down by a big step, Home / End to the
//! narrowest and widest. The width is kept once a drag or key press ends.

use super::use_panel_layout;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_core::panel_layout::{Key, Zone};
use wasm_bindgen::JsCast;

/// The app root's class while a handle is dragged (no text selection, resize cursor).
const DRAGGING_CLASS: &str = "sb-app--resizing";

fn set_dragging(on: bool) {
    if let Ok(Some(root)) = document().query_selector(".sb-app") {
        let _ = root.class_list().toggle_with_force(DRAGGING_CLASS, on);
    }
}

/// The separator on `zone`'s inner edge.
#[component]
pub fn ZoneHandle(
    /// The zone this handle resizes.
    zone: Zone,
) -> impl IntoView {
    let i18n = use_i18n();
    let layout = use_panel_layout();
    // Where the drag began: the pointer's x and the zone's width then.
    let drag = StoredValue::new(None::<(i32, u32)>);
    let (label, modifier) = match zone {
        Zone::List => (Msg::ResizeList, "list"),
        Zone::Panel => (Msg::ResizePanel, "panel"),
    };
    let width = move || layout.widths.get().get(zone);
    let max = move || layout.widths.get().max_for(zone, layout.viewport.get());
    let down = move |ev: leptos::ev::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        if let Some(el) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let _ = el.set_pointer_capture(ev.pointer_id());
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
        drag.set_value(Some((
            ev.client_x(),
            layout.widths.get_untracked().get(zone),
        )));
        set_dragging(true);
    };
    let move_ = move |ev: leptos::ev::PointerEvent| {
        if let Some((x0, from)) = drag.get_value() {
            let dx = i64::from(ev.client_x() - x0);
            let vw = layout.viewport.get_untracked();
            layout.widths.update(|w| *w = w.dragged(zone, from, dx, vw));
        }
    };
    let up = move |_: leptos::ev::PointerEvent| {
        if drag.get_value().is_some() {
            drag.set_value(None);
            set_dragging(false);
            layout.save_widths();
        }
    };
    let key = move |ev: leptos::ev::KeyboardEvent| {
        let Some(k) = Key::parse(&ev.key()) else {
            return;
        };
        ev.prevent_default();
        let vw = layout.viewport.get_untracked();
        layout.widths.update(|w| *w = w.keyed(zone, k, vw));
        layout.save_widths();
    };
    view! {
        <div
            class=format!("sb-resizer sb-resizer--{modifier}")
            role="separator"
            tabindex="0"
            aria-orientation="vertical"
            aria-label=move || i18n.t(label)
            aria-valuemin=zone.min()
            aria-valuemax=max
            aria-valuenow=width
            on:pointerdown=down
            on:pointermove=move_
            on:pointerup=up
            on:pointercancel=up
            on:keydown=key
        ></div>
    }
}
