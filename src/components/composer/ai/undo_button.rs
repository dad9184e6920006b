//! `Undo`: gives back the draft's text from before a tool replaced it (a prompt, an
//! inserted suggestion, a summary). Offered only while the draft still holds what the
//! tool put there (see `switchboard_core::composer_ai::undo`).

use super::tr;
use crate::components::composer::use_composer;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;

/// The button, while there is a step to undo.
#[component]
pub fn UndoButton() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let ai = ctx.ai;
    let can = move || {
        let (Some(id), mode) = (ctx.open.get(), ctx.mode.get()) else {
            return false;
        };
        let text = ctx.with_draft(|d| d.text.clone());
        ai.undo.with(|u| u.can_undo(id, mode, &text))
    };
    let undo = move |_| {
        let (Some(id), mode) = (ctx.open.get_untracked(), ctx.mode.get_untracked()) else {
            return;
        };
        let text = ctx
            .state
            .drafts
            .with_untracked(|d| d.get(id, mode).to_owned());
        if let Some(back) = ai.undo.try_update(|u| u.undo(id, mode, &text)).flatten() {
            ctx.update_draft(|d| d.text = back);
        }
        ctx.focus();
    };
    view! {
        <Show when=can>
            <button type="button" class="sb-button sb-button--small sb-ai-tool" on:click=undo>
                {tr(i18n, Msg::AiUndo)}
            </button>
        </Show>
    }
}
