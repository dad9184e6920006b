//! The AI buttons in the composer's tools row: `Translate` and `AI suggestion` for a
//! reply, `Summarise` for a note, `Rewrite with AI` for both, and `Undo` after a tool
//! replaced the text.

use super::prompts_button::PromptsButton;
use super::suggestion_button::SuggestionButton;
use super::summary_button::SummaryButton;
use super::translate_button::TranslateButton;
use super::undo_button::UndoButton;
use leptos::prelude::*;

/// The AI tools (at the composer's `@ai tools` place).
#[component]
pub fn AiTools() -> impl IntoView {
    view! {
        <TranslateButton />
        <SuggestionButton />
        <SummaryButton />
        <PromptsButton />
        <UndoButton />
    }
}
