//! `Summarise` (note mode): asks for a summary of the conversation
//! (`POST /conversations/{id}/ai/summary`) and puts it into the note editor, after what
//! is already there, to edit and post. One `Undo` takes it out again.

use super::tr;
use super::{failure, CallKind};
use crate::components::composer::use_composer;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_protocol::Visibility;

/// The button; in note mode only.
#[component]
pub fn SummaryButton() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let ai = ctx.ai;
    let summarise = move |_| {
        let Some(id) = ctx.open.get_untracked() else {
            return;
        };
        let locale = i18n.locale();
        let mode = Visibility::Internal;
        ai.calls.summary(id, move |r| match r {
            Ok(s) => {
                let before = ctx
                    .state
                    .drafts
                    .with_untracked(|d| d.get(id, mode).to_owned());
                let after = match before.trim_end() {
                    "" => s.text,
                    kept => format!("{kept}\n\n{}", s.text),
                };
                ctx.state
                    .drafts
                    .update(|d| d.update(id, mode, |d| d.text = after.clone()));
                ai.undo.update(|u| u.record(id, mode, &before, &after));
                if ctx.open.get_untracked() == Some(id) {
                    ctx.focus();
                }
            }
            Err(e) => ctx
                .problem
                .set(Some(failure(locale, CallKind::Summary, &e))),
        });
    };
    view! {
        <Show when=move || ctx.mode.get() == Visibility::Internal>
            <button
                type="button"
                class="sb-button sb-button--small sb-ai-tool"
                disabled=move || ctx.open.get().is_none()
                on:click=summarise
            >
                {tr(i18n, Msg::AiSummarise)}
            </button>
        </Show>
    }
}
