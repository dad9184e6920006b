//! Pull to refresh (touch screens): a finger that starts on the list scrolled to its top
//! and drags down pulls an indicator after it; letting go past the threshold loads the
//! list afresh (`store::sync::refresh`). What a touch means is the core's `Pull`.
//!
//! Touch events, not pointer events: the list scrolls (`touch-action: pan-y`), and the
//! browser cancels a pointer once it scrolls. `touchmove` is listened to without
//! `passive` so a pull can keep the page still (no scroll bounce, no browser reload).

use crate::i18n::{use_i18n, Msg};
use crate::store::use_store;
use leptos::html;
use leptos::prelude::*;
use switchboard_core::pull::{Pull, THRESHOLD};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The first finger of a touch event, as (x, y).
fn finger(ev: &web_sys::TouchEvent) -> Option<(f64, f64)> {
    let t = ev.touches().get(0)?;
    Some((f64::from(t.client_x()), f64::from(t.client_y())))
}

/// The indicator above the rows; attaches the gesture to `scroller`.
#[component]
pub fn PullToRefresh(
    /// The list's scrolling element.
    scroller: NodeRef<html::Div>,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let gesture = StoredValue::new(None::<Pull>);
    let offset = RwSignal::new(0.0_f64);
    let armed = RwSignal::new(false);
    // Asked for, until the fresh list is in.
    let asked = RwSignal::new(false);
    let refreshing = Memo::new(move |_| {
        asked.get()
            && state
                .inbox()
                .with(|i| i.sync.is_resyncing() || !i.list.is_loaded())
    });
    Effect::new(move || {
        if asked.get() && !refreshing.get() {
            asked.set(false);
        }
    });

    let start = move |ev: web_sys::Event| {
        let Some(ev) = ev.dyn_ref::<web_sys::TouchEvent>() else {
            return;
        };
        let (Some((x, y)), Some(el)) = (finger(ev), scroller.get_untracked()) else {
            return;
        };
        let one_finger = ev.touches().length() == 1;
        gesture.set_value(Some(Pull::start(x, y, one_finger && el.scroll_top() <= 0)));
    };
    let moved = move |ev: web_sys::Event| {
        let Some(ev) = ev.dyn_ref::<web_sys::TouchEvent>() else {
            return;
        };
        let Some((x, y)) = finger(ev) else { return };
        let mut pulled = None;
        gesture.update_value(|g| pulled = g.as_mut().and_then(|p| p.move_to(x, y)));
        if let Some(d) = pulled {
            if d > 0.0 && ev.cancelable() {
                ev.prevent_default();
            }
            offset.set(d);
            armed.set(gesture.with_value(|g| g.is_some_and(|p| p.armed())));
        } else if offset.get_untracked() != 0.0 {
            offset.set(0.0);
            armed.set(false);
        }
    };
    let end = move |_: web_sys::Event| {
        let refresh = gesture.with_value(|g| g.is_some_and(|p| p.armed()));
        gesture.set_value(None);
        offset.set(0.0);
        armed.set(false);
        if refresh && !asked.get_untracked() {
            asked.set(true);
            crate::store::sync::refresh(state);
        }
    };

    // The listeners live as long as the list: dropped with it.
    let kept = StoredValue::new_local(Vec::<Closure<dyn Fn(web_sys::Event)>>::new());
    Effect::new(move || {
        let Some(el) = scroller.get() else { return };
        let listen = |kind: &str, passive: bool, f: Box<dyn Fn(web_sys::Event)>| {
            let cb = Closure::<dyn Fn(web_sys::Event)>::wrap(f);
            let opts = web_sys::AddEventListenerOptions::new();
            opts.set_passive(passive);
            let _ = el.add_event_listener_with_callback_and_add_event_listener_options(
                kind,
                cb.as_ref().unchecked_ref(),
                &opts,
            );
            kept.update_value(|k| k.push(cb));
        };
        listen("touchstart", true, Box::new(start));
        listen("touchmove", false, Box::new(moved));
        listen("touchend", true, Box::new(end));
        listen("touchcancel", true, Box::new(end));
    });

    let label = move || {
        if refreshing.get() {
            i18n.t(Msg::ListRefreshing)
        } else if armed.get() {
            i18n.t(Msg::ListReleaseToRefresh)
        } else {
            i18n.t(Msg::ListPullToRefresh)
        }
    };
    let shown = move || offset.get() > 0.0 || refreshing.get();
    view! {
        <div
            class="sb-pull"
            class:sb-pull--shown=shown
            class:sb-pull--armed=move || armed.get()
            class:sb-pull--busy=move || refreshing.get()
            style:height=move || {
                let h = if refreshing.get() { THRESHOLD / 1.5 } else { offset.get() };
                format!("{h}px")
            }
            role="status"
        >
            <Show when=shown>
                <span class="sb-pull__label">{label}</span>
            </Show>
        </div>
    }
}
