//! What the AI tools show above the editor: the busy line, the translation bar, the
//! suggested reply and the prompts panel. A panel belongs to the draft it was opened
//! for: it is kept per visit (`AiState::panel`), so it is closed once the agent opens
//! another conversation or switches mode.

use super::busy_line::BusyLine;
use super::prompts_panel::PromptsPanel;
use super::suggestion_card::SuggestionCard;
use super::translate_bar::TranslateBar;
use super::Panel;
use crate::components::composer::use_composer;
use leptos::prelude::*;

/// The AI part above the editor (at the composer's `@ai above` place).
#[component]
pub fn AiAbove() -> impl IntoView {
    let ctx = use_composer();
    let ai = ctx.ai;
    view! {
        <BusyLine />
        <TranslateBar />
        <SuggestionCard />
        <Show when=move || ai.panel.get() == Panel::Prompts>
            <PromptsPanel />
        </Show>
    }
}
