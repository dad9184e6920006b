//! "Start from an AI summary" in the closing-note dialog: asks for a summary of the
//! conversation (`POST /conversations/{id}/ai/summary`) and puts it in the note's text,
//! after what is already written, for the agent to edit before closing. A missing or
//! failing provider is said in the dialog; the note is left as it was.

use super::act::use_header;
use crate::components::common::refusal_line;
use crate::i18n::{use_i18n, Msg};
use crate::store::ai::AiCalls;
use leptos::prelude::*;

/// The button, with its busy line and its failure.
#[component]
pub fn CloseSummary(
    /// The closing note's text.
    text: RwSignal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_header();
    // One call at a time, cancelled with the dialog's header if it goes away.
    let calls = AiCalls::new();
    let busy = move || calls.pending();
    let failed = RwSignal::new(None::<String>);
    let summarise = move |_| {
        if calls.try_pending_untracked() != Some(false) {
            return;
        }
        failed.set(None);
        calls.summary(ctx.id, move |answer| match answer {
            Ok(s) => {
                _ = text.try_update(|t| {
                    *t = match t.trim_end() {
                        "" => s.text,
                        kept => format!("{kept}\n\n{}", s.text),
                    }
                })
            }
            Err(e) => {
                let headline = format!("{}. {}", i18n.t(Msg::AiErrSummary), i18n.t(e.msg()));
                _ = failed.try_set(Some(refusal_line(&headline, &e)));
            }
        });
    };
    view! {
        <div class="sb-close-summary">
            <button
                type="button"
                class="sb-button sb-button--small"
                aria-describedby="sb-close-summary-status"
                disabled=busy
                on:click=summarise
            >
                {i18n.tr(Msg::CloseWithSummary)}
            </button>
            <span class="sb-close-summary__status" id="sb-close-summary-status" role="status">
                {move || busy().then(|| i18n.t(Msg::AiBusySummarising))}
                {move || failed.get()}
            </span>
        </div>
    }
}
