//! Rewriting the draft with a prompt (`POST /ai/prompt`): the answer replaces the draft
//! it was asked for, with an undo step.

use super::{failure, CallKind, Panel};
use crate::components::composer::ComposerCtx;
use crate::i18n::{Locale, Msg};
use leptos::prelude::*;
use switchboard_core::composer_ai::prompts::PromptKind;
use switchboard_protocol::PromptRequest;

/// Rewrites the draft in front of the agent with `kind` (`arg`: the language or the
/// instruction). The answer replaces the draft it was asked for, wherever the agent is
/// by then, with an undo step (so even edits made while it ran can be had back).
pub fn rewrite(ctx: ComposerCtx, locale: Locale, kind: PromptKind, arg: &str) {
    let (Some(id), mode) = (ctx.open.get_untracked(), ctx.mode.get_untracked()) else {
        return;
    };
    let text = ctx
        .state
        .drafts
        .with_untracked(|d| d.get(id, mode).to_owned());
    if text.trim().is_empty() {
        ctx.problem
            .set(Some(locale.t(Msg::AiWriteFirst).to_owned()));
        return;
    }
    let Some(prompt) = kind.prompt(arg) else {
        return;
    };
    let ai = ctx.ai;
    ai.panel.set(Panel::None);
    let request = PromptRequest { text, prompt };
    ai.calls.prompt(kind, request, move |r| match r {
        Ok(result) => {
            let before = ctx
                .state
                .drafts
                .with_untracked(|d| d.get(id, mode).to_owned());
            ctx.state
                .drafts
                .update(|d| d.update(id, mode, |d| d.text = result.text.clone()));
            ai.undo
                .update(|u| u.record(id, mode, &before, &result.text));
            if ctx.open.get_untracked() == Some(id) {
                ctx.focus();
            }
        }
        Err(e) => ctx
            .problem
            .set(Some(failure(locale, CallKind::Prompt(kind), &e))),
    });
}
