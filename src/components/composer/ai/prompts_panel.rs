//! The prompts that rewrite the draft (`POST /ai/prompt`): rephrase, fix spelling and
//! grammar, shorter, friendlier, more formal, translate, or the agent's own instruction
//! (the last few are offered again). The result replaces the draft; `Undo` gives back the
//! text from before.

use super::rewrite::rewrite;
use super::tr;
use super::{agent_language, store, Panel};
use crate::components::composer::use_composer;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_core::composer_ai::language::{self, primary};
use switchboard_core::composer_ai::prompts::PromptKind;

/// The panel, while open.
#[component]
pub fn PromptsPanel() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let ai = ctx.ai;
    let recent = RwSignal::new(store::recent_prompts(ctx.state));
    let instruction = RwSignal::new(String::new());
    // Translate into: the reply's chosen language, else the guess for the customer.
    let initial = ctx.with_draft(|d| d.translate_to.clone()).or_else(|| {
        let id = ctx.open.get_untracked()?;
        ai.guesses.with_untracked(|g| g.get(&id).cloned().flatten())
    });
    let language = RwSignal::new(initial.as_deref().map(primary).unwrap_or_default());
    let run = move |kind: PromptKind, arg: String| {
        if kind == PromptKind::Custom && !arg.trim().is_empty() {
            recent.set(store::remember_prompt(ctx.state, &arg));
            instruction.set(String::new());
        }
        rewrite(ctx, i18n.locale(), kind, &arg);
    };
    let options = move || {
        let agent = primary(&agent_language(ctx, i18n.locale()));
        let current = language.get();
        language::offered(Some(&current).filter(|c| !c.is_empty()).map(String::as_str))
            .into_iter()
            .filter(|(tag, _)| *tag != agent)
            .map(|(tag, name)| {
                let selected = tag == current;
                view! { <option value=tag.clone() lang=tag selected=selected>{name}</option> }
            })
            .collect_view()
    };
    let close = move || {
        ai.panel.set(Panel::None);
        ctx.focus();
    };
    view! {
        <section
            id="sb-ai-prompts"
            class="sb-ai-prompts"
            aria-label=tr(i18n, Msg::AiPrompts)
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    close();
                }
            }
        >
            <div class="sb-ai-prompts__kinds">
                {PromptKind::BUTTONS
                    .into_iter()
                    .map(|k| view! {
                        <button type="button" class="sb-button sb-button--small" on:click=move |_| run(k, String::new())>
                            {tr(i18n, k.msg())}
                        </button>
                    })
                    .collect_view()}
            </div>
            <div class="sb-ai-prompts__translate">
                <button
                    type="button"
                    class="sb-button sb-button--small"
                    disabled=move || language.with(String::is_empty)
                    on:click=move |_| run(PromptKind::Translate, language.get_untracked())
                >
                    {tr(i18n, Msg::AiTranslatePrompt)}
                </button>
                <select
                    class="sb-select sb-select--small"
                    aria-label=tr(i18n, Msg::AiTranslatePrompt)
                    on:change=move |ev| language.set(event_target_value(&ev))
                >
                    <option value="" selected=move || language.with(String::is_empty)>
                        {tr(i18n, Msg::AiChooseLanguage)}
                    </option>
                    {options}
                </select>
            </div>
            <div class="sb-ai-prompts__custom">
                <input
                    type="text"
                    class="sb-input sb-ai-prompts__instruction"
                    aria-label=tr(i18n, Msg::AiCustomPrompt)
                    placeholder=tr(i18n, Msg::AiCustomPrompt)
                    prop:value=move || instruction.get()
                    on:input=move |ev| instruction.set(event_target_value(&ev))
                    on:keydown=move |ev| {
                        // Enter runs the instruction (and never submits the composer).
                        if ev.key() == "Enter" {
                            ev.prevent_default();
                            run(PromptKind::Custom, instruction.get_untracked());
                        }
                    }
                />
                <button
                    type="button"
                    class="sb-button sb-button--small sb-button--primary"
                    disabled=move || instruction.with(|i| i.trim().is_empty())
                    on:click=move |_| run(PromptKind::Custom, instruction.get_untracked())
                >
                    {tr(i18n, Msg::AiApply)}
                </button>
            </div>
            <Show when=move || recent.with(|r| !r.is_empty())>
                <div class="sb-ai-prompts__recent" role="group" aria-label=tr(i18n, Msg::AiRecentPrompts)>
                    <span class="sb-ai-prompts__recent-label">{tr(i18n, Msg::AiRecentPrompts)}</span>
                    {move || recent
                        .get()
                        .iter()
                        .map(|r| {
                            let r = r.to_owned();
                            let label = r.clone();
                            view! {
                                <button
                                    type="button"
                                    class="sb-button sb-button--small sb-button--ghost"
                                    on:click=move |_| run(PromptKind::Custom, r.clone())
                                >
                                    {label}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
            </Show>
        </section>
    }
}
