//! The touch swipe of a row: the row follows the finger sideways, and a release past the
//! threshold closes (left) or snoozes (right); the decision is the core's `Swipe`.
//!
//! Only touch pointers count: a mouse drag selects text as usual. The row has
//! `touch-action: pan-y`, so a vertical move stays the browser's scroll (which cancels
//! the pointer) while a sideways one reaches us.

use crate::i18n::{use_i18n, Msg};
use leptos::ev::PointerEvent;
use leptos::prelude::*;
use switchboard_core::swipe::{Swipe, SwipeAction};
use wasm_bindgen::JsCast;

/// A row's swipe state. `Copy`: hand it to every handler.
#[derive(Clone, Copy)]
pub struct RowSwipe {
    gesture: StoredValue<Option<Swipe>>,
    /// How far (px) the row is moved now.
    pub offset: RwSignal<f64>,
    /// What releasing now would do (for the hint behind the row).
    pub armed: RwSignal<Option<SwipeAction>>,
    /// A finger is down and the row follows it (no snap-back transition then).
    pub dragging: RwSignal<bool>,
    /// A swipe just ended: the click the browser may send after it must not open the row.
    swiped: StoredValue<bool>,
}

impl RowSwipe {
    /// A row at rest.
    pub fn new() -> RowSwipe {
        RowSwipe {
            gesture: StoredValue::new(None),
            offset: RwSignal::new(0.0),
            armed: RwSignal::new(None),
            dragging: RwSignal::new(false),
            swiped: StoredValue::new(false),
        }
    }

    /// `pointerdown`.
    pub fn down(self, ev: &PointerEvent) {
        if ev.pointer_type() != "touch" || !ev.is_primary() {
            return;
        }
        let Some(row) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let width = row.get_bounding_client_rect().width();
        // Keep the moves coming when the finger leaves the row (fails harmlessly for a
        // pointer the browser does not track).
        let _ = row.set_pointer_capture(ev.pointer_id());
        self.gesture.set_value(Some(Swipe::start(
            f64::from(ev.client_x()),
            f64::from(ev.client_y()),
            width,
        )));
        self.swiped.set_value(false);
    }

    /// `pointermove`.
    pub fn moved(self, ev: &PointerEvent) {
        let Some(mut g) = self.gesture.get_value() else {
            return;
        };
        let dx = g.move_to(f64::from(ev.client_x()), f64::from(ev.client_y()));
        self.gesture.set_value(Some(g));
        if dx != 0.0 || self.offset.get_untracked() != 0.0 {
            self.dragging.set(true);
            self.offset.set(dx);
            self.armed.set(g.armed());
        }
    }

    /// `pointerup`: what the swipe does, if it went far enough. The row snaps back either
    /// way: if the action succeeds the row leaves (or changes) with the server's answer.
    pub fn up(self, ev: &PointerEvent) -> Option<SwipeAction> {
        self.gesture.get_value()?;
        self.moved(ev);
        let action = self.gesture.get_value().and_then(|g| g.armed());
        self.swiped.set_value(self.dragging.get_untracked());
        self.reset();
        action
    }

    /// `pointercancel` (the browser took the gesture for a scroll).
    pub fn cancel(self) {
        self.reset();
    }

    /// Whether a click should be ignored because it ends a swipe (asking clears it).
    pub fn take_click(self) -> bool {
        let swiped = self.swiped.get_value();
        self.swiped.set_value(false);
        swiped
    }

    fn reset(self) {
        self.gesture.set_value(None);
        self.dragging.set(false);
        self.offset.set(0.0);
        self.armed.set(None);
    }
}

/// What is shown behind a row being swiped: the action it is heading for.
pub fn swipe_hint(swipe: RowSwipe) -> impl IntoView {
    let i18n = use_i18n();
    let left = move || swipe.offset.get() < 0.0;
    view! {
        <span
            class="sb-row__hint"
            class:sb-row__hint--close=left
            class:sb-row__hint--snooze=move || !left()
            class:sb-row__hint--armed=move || swipe.armed.get().is_some()
            aria-hidden="true"
        >
            {move || i18n.t(if left() { Msg::CloseAction } else { Msg::Snooze })}
        </span>
    }
}
