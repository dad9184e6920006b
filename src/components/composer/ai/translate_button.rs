//! `Translate` (UI-CONTRACT.md): turns the outgoing translation of the reply on and off.
//! Turning it on preselects the customer's language (see [`super::language_guess`]);
//! when nothing can be guessed the bar above the editor asks the agent to choose.

use super::language_guess::guess;
use super::tr;
use crate::components::composer::use_composer;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_protocol::Visibility;

/// The toggle (`aria-pressed`); shown for replies only (a note is never sent to the
/// customer).
#[component]
pub fn TranslateButton() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let ai = ctx.ai;
    let on = move || ctx.with_draft(|d| d.translate_to.is_some()) || ai.choosing.get();
    let toggle = move |_| {
        let Some(id) = ctx.open.get_untracked() else {
            return;
        };
        if untrack(on) {
            ai.choosing.set(false);
            ctx.update_draft(|d| d.translate_to = None);
            ai.preview_error.set(None);
            return;
        }
        ai.choosing.set(true);
        guess(ctx, ai, id, i18n.locale(), move |language| {
            // Still wanted, for the same conversation, and not chosen by hand meanwhile.
            if ai.choosing.get_untracked() && ctx.open.get_untracked() == Some(id) {
                if let Some(l) = language {
                    ctx.update_draft(|d| d.translate_to = Some(l));
                    ai.choosing.set(false);
                }
            }
        });
    };
    view! {
        <Show when=move || ctx.mode.get() == Visibility::Public>
            <button
                type="button"
                class="sb-button sb-button--small sb-ai-tool"
                aria-pressed=move || on().to_string()
                disabled=move || ctx.open.get().is_none()
                on:click=toggle
            >
                {tr(i18n, Msg::AiTranslate)}
            </button>
        </Show>
    }
}
