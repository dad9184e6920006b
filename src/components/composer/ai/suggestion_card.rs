//! The suggested reply above the editor: the proposal in the agent's language, its
//! translation when the customer reads another, and `Insert`, `Try again`, `Like`,
//! `Dislike`. Insert puts it into the editor at the caret for the agent to edit freely
//! (one `Undo` takes it out again).

use super::feedback_buttons::FeedbackButtons;
use super::suggestion_button::ask;
use super::tr;
use super::Panel;
use crate::components::composer::use_composer;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_core::composer_ai::language::primary;
use switchboard_protocol::SuggestionSource;

/// The card, while the suggestion panel is open.
#[component]
pub fn SuggestionCard() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let ai = ctx.ai;
    let current = Memo::new(move |_| {
        let open = ctx.open.get();
        ai.suggestions.with(|(c, cycle)| {
            (*c == open && open.is_some())
                .then(|| cycle.current().cloned())
                .flatten()
        })
    });
    let insert = move |text: String| {
        let (Some(id), mode) = (ctx.open.get_untracked(), ctx.mode.get_untracked()) else {
            return;
        };
        let before = ctx
            .state
            .drafts
            .with_untracked(|d| d.get(id, mode).to_owned());
        ctx.splice(None, &text);
        let after = ctx
            .state
            .drafts
            .with_untracked(|d| d.get(id, mode).to_owned());
        ai.undo.update(|u| u.record(id, mode, &before, &after));
        ai.panel.set(Panel::None);
    };
    let again = move |_| {
        if let Some(id) = ctx.open.get_untracked() {
            ask(ctx, id, i18n.locale(), true);
        }
    };
    let body = move || {
        let s = current.get()?;
        let source = match s.source {
            SuggestionSource::Llm => Msg::AiSourceModel,
            _ => Msg::AiSourceRanker,
        };
        let text = s.text.clone();
        let translation = s.translation.clone().map(|t| {
            let lang = primary(&t.target_language);
            view! {
                <p class="sb-ai-suggestion__label">
                    {tr(i18n, Msg::AiInCustomerLanguage)} " · " {lang.to_uppercase()}
                </p>
                <p class="sb-ai-suggestion__translation" lang=lang.clone()>{t.text}</p>
            }
        });
        Some(view! {
            <p class="sb-ai-suggestion__label">
                {tr(i18n, Msg::AiSuggestedReply)} " · " {tr(i18n, source)}
            </p>
            <p class="sb-ai-suggestion__text">{s.text.clone()}</p>
            {translation}
            <div class="sb-ai-suggestion__actions">
                <button
                    type="button"
                    class="sb-button sb-button--small sb-button--primary"
                    on:click=move |_| insert(text.clone())
                >
                    {tr(i18n, Msg::AiInsert)}
                </button>
                <button type="button" class="sb-button sb-button--small" on:click=again>
                    {tr(i18n, Msg::AiTryAgain)}
                </button>
                <FeedbackButtons suggestion_id=s.id />
            </div>
        })
    };
    view! {
        <Show when=move || ai.panel.get() == Panel::Suggestion>
            <section
                class="sb-ai-suggestion"
                aria-label=tr(i18n, Msg::AiSuggestedReply)
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        ev.prevent_default();
                        ai.panel.set(Panel::None);
                        ctx.focus();
                    }
                }
            >
                <button
                    type="button"
                    class="sb-icon-button sb-ai-suggestion__close"
                    aria-label=tr(i18n, Msg::AiCloseSuggestion)
                    title=tr(i18n, Msg::AiCloseSuggestion)
                    on:click=move |_| {
                        ai.panel.set(Panel::None);
                        ctx.focus();
                    }
                >
                    "×"
                </button>
                {body}
                <p class="sb-ai-suggestion__note" role="status">
                    {move || ai.suggestion_note.get().map(|m| i18n.t(m))}
                </p>
            </section>
        </Show>
    }
}
