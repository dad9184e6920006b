//! `AI suggestion` (UI-CONTRACT.md): with an empty editor, asks for a suggested reply
//! (`POST /conversations/{id}/ai/suggestions`) and opens it above the editor.

use super::tr;
use super::{failure, CallKind, Panel};
use crate::components::composer::{use_composer, ComposerCtx};
use crate::i18n::{use_i18n, Locale, Msg};
use leptos::prelude::*;
use switchboard_core::composer_ai::language::primary;
use switchboard_core::composer_ai::suggestions::SuggestionCycle;
use switchboard_protocol::{ConversationId, Visibility};

/// Shows a suggestion for conversation `id`: the first of a new answer, or (`again`,
/// "Try again") the next one not shown yet, asking the server again when the last
/// answer is used up.
pub fn ask(ctx: ComposerCtx, id: ConversationId, locale: Locale, again: bool) {
    let ai = ctx.ai;
    ai.suggestion_note.set(None);
    if !again {
        ai.suggestions.set((Some(id), SuggestionCycle::default()));
    } else if ai
        .suggestions
        .try_update(|(c, cycle)| *c == Some(id) && cycle.advance())
        .unwrap_or(false)
    {
        return;
    }
    ai.calls.suggestions(id, move |r| match r {
        Ok(s) => {
            // A translation says which language the customer reads: a guess for
            // `Translate` when there is none yet.
            if let Some(t) = s.items.iter().find_map(|s| s.translation.as_ref()) {
                let l = primary(&t.target_language);
                ai.guesses.update(|g| _ = g.entry(id).or_insert(Some(l)));
            }
            let (new, shown) = ai
                .suggestions
                .try_update(|(c, cycle)| {
                    if *c != Some(id) {
                        *c = Some(id);
                        *cycle = SuggestionCycle::default();
                    }
                    (cycle.load(s.items), cycle.shown())
                })
                .unwrap_or((false, 0));
            if !new {
                ai.suggestion_note.set(Some(if shown == 0 {
                    Msg::AiNoSuggestion
                } else {
                    Msg::AiNoOtherSuggestion
                }));
            }
            if ctx.open.get_untracked() == Some(id) {
                ai.panel.set(Panel::Suggestion);
            }
        }
        Err(e) => ctx
            .problem
            .set(Some(failure(locale, CallKind::Suggest, &e))),
    });
}

/// The button; for replies only, and usable while the editor is empty.
#[component]
pub fn SuggestionButton() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let has_text = move || ctx.with_draft(|d| !d.text.trim().is_empty());
    let on_click = move |_| {
        if let Some(id) = ctx.open.get_untracked().filter(|_| !untrack(has_text)) {
            ask(ctx, id, i18n.locale(), false);
        }
    };
    view! {
        <Show when=move || ctx.mode.get() == Visibility::Public>
            <button
                type="button"
                class="sb-button sb-button--small sb-ai-tool"
                aria-expanded=move || (ctx.ai.panel.get() == Panel::Suggestion).to_string()
                aria-disabled=move || has_text().then_some("true")
                aria-describedby="sb-ai-suggestion-why"
                title=move || has_text().then(|| i18n.t(Msg::AiEditorNotEmpty))
                disabled=move || ctx.open.get().is_none()
                on:click=on_click
            >
                {tr(i18n, Msg::AiSuggestion)}
            </button>
            <span id="sb-ai-suggestion-why" class="sb-visually-hidden">
                {move || has_text().then(|| i18n.t(Msg::AiEditorNotEmpty))}
            </span>
        </Show>
    }
}
