//! `Rewrite with AI`: shows and hides the prompts panel above the editor (a disclosure:
//! the panel holds a text field, which a menu could not).

use super::tr;
use super::Panel;
use crate::components::composer::use_composer;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;

/// The button; usable once the draft has text.
#[component]
pub fn PromptsButton() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let panel = ctx.ai.panel;
    let empty = move || ctx.with_draft(|d| d.text.trim().is_empty());
    let open = move || panel.get() == Panel::Prompts;
    view! {
        <button
            type="button"
            class="sb-button sb-button--small sb-ai-tool"
            aria-expanded=move || open().to_string()
            aria-controls="sb-ai-prompts"
            aria-disabled=move || empty().then_some("true")
            title=move || empty().then(|| i18n.t(Msg::AiWriteFirst))
            disabled=move || ctx.open.get().is_none()
            on:click=move |_| {
                if untrack(empty) {
                    ctx.problem.set(Some(i18n.t(Msg::AiWriteFirst).to_owned()));
                } else {
                    panel.set(if untrack(open) { Panel::None } else { Panel::Prompts });
                }
            }
        >
            {tr(i18n, Msg::AiPrompts)}
        </button>
    }
}
