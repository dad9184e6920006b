//! "Start from an AI summary" in the closing-note dialog: asks for a summary of the
//! conversation (`POST /conversations/{id}/ai/summary`) and puts it in the note's text,
//! after what is already written, for the agent to edit before closing. A missing or
//! failing provider is said in the dialog; the note is left as it was.

use super::act::use_header;
use crate::api::{self, Abort};
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The button, with its busy line and its failure.
#[component]
pub fn CloseSummary(
    /// The closing note's text.
    text: RwSignal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_header();
    let busy = RwSignal::new(false);
    let failed = RwSignal::new(None::<String>);
    let summarise = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        failed.set(None);
        let id = ctx.id;
        spawn_local(async move {
            match api::ai_summary(id, &Abort::new()).await {
                Ok(s) => {
                    _ = text.try_update(|t| {
                        *t = match t.trim_end() {
                            "" => s.text,
                            kept => format!("{kept}\n\n{}", s.text),
                        }
                    })
                }
                Err(e) => {
                    let headline = i18n.t(Msg::AiErrSummary);
                    let line = match e.detail() {
                        Some(d) => format!("{headline} {d}"),
                        None => headline.to_owned(),
                    };
                    _ = failed.try_set(Some(line));
                }
            }
            _ = busy.try_set(false);
        });
    };
    view! {
        <div class="sb-close-summary">
            <button
                type="button"
                class="sb-button sb-button--small"
                aria-describedby="sb-close-summary-status"
                disabled=move || busy.get()
                on:click=summarise
            >
                {i18n.tr(Msg::CloseWithSummary)}
            </button>
            <span class="sb-close-summary__status" id="sb-close-summary-status" role="status">
                {move || busy.get().then(|| i18n.t(Msg::AiBusySummarising))}
                {move || failed.get()}
            </span>
        </div>
    }
}
