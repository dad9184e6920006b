//! The kiosk desk's guard over the screen: customer data blurred while nobody uses the
//! desk, and, when the sign-out is due but messages are still being sent, saying so.

use crate::i18n::{use_i18n, Count, Msg};
use crate::kiosk::DeskIdle;
use leptos::prelude::*;
use switchboard_core::kiosk::Idle;

/// Covers the screen while the desk is idle (touching it goes on).
#[component]
pub fn DeskGuard() -> impl IntoView {
    let i18n = use_i18n();
    let DeskIdle(idle) = expect_context::<DeskIdle>();
    let shown = move || idle.get() != Idle::Active;
    let draining = move || match idle.get() {
        Idle::Draining { unsent } => Some(i18n.count(Count::DeskDraining, unsent as u64)),
        _ => None,
    };
    view! {
        <Show when=shown>
            <div class="sb-desk-guard" role="dialog" aria-modal="true" aria-labelledby="sb-desk-guard-text">
                <p id="sb-desk-guard-text">{i18n.tr(Msg::DeskIdle)}</p>
                <p role="status">{draining}</p>
                <button type="button" class="sb-button sb-button--primary">
                    {i18n.tr(Msg::DeskResume)}
                </button>
            </div>
        </Show>
    }
}
