//! The AI buttons in the composer's tools row: `Translate` and `AI suggestion` for a
//! reply, `Summarise` for a note, `Rewrite with AI` for both, and `Undo` after a tool
//! replaced the text.

use super::prompts_button::PromptsButton;
use super::suggestion_button::SuggestionButton;
use super::summary_button::SummaryButton;
use super::translate_button::TranslateButton;
use super::undo_button::UndoButton;
use leptos::prelude::*;
use switchboard_protocol::Capability;

/// The AI tools (at the composer's `@ai tools` place).
#[component]
pub fn AiTools() -> impl IntoView {
    let store = crate::store::use_store();
    view! {
        <Show when=move || store.offers(Capability::Translation)>
            <TranslateButton />
        </Show>
        <Show when=move || store.offers(Capability::Ai)>
            <SuggestionButton />
            <SummaryButton />
            <PromptsButton />
            <UndoButton />
        </Show>
    }
}
