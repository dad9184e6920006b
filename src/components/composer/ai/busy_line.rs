//! The busy line: which translation or AI call is running, with `Cancel` (the request is
//! aborted and the draft stays as it was).

use super::tr;
use crate::components::composer::use_composer;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;

/// Shown while a call runs; a polite status, so a screen reader hears what is happening.
#[component]
pub fn BusyLine() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let calls = ctx.ai.calls;
    view! {
        <div class="sb-ai-busy" role="status">
            {move || calls.running().map(|call| view! {
                <span class="sb-ai-busy__spinner" aria-hidden="true"></span>
                <span class="sb-ai-busy__what">{move || call.kind.busy(i18n.locale())}</span>
                <button
                    type="button"
                    class="sb-button sb-button--small"
                    on:click=move |_| {
                        ctx.ai.stop();
                        ctx.focus();
                    }
                >
                    {tr(i18n, Msg::Cancel)}
                </button>
            })}
        </div>
    }
}
