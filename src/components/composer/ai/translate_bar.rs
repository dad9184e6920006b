//! Above the editor while the reply is to be translated: the customer's language (chosen
//! or preselected) and a preview of what the customer will read, fetched when the agent
//! pauses typing (`POST /translate`).
//!
//! A preview belongs to one text and one language ([`Preview::fresh_for`]); an older one
//! is never shown as if it were current. A preview that failed or that the agent
//! cancelled is not asked again for the same text and language (no loop of failing
//! calls); the next edit or another language asks again. One that another call replaced
//! is asked again once that call ends.

use super::tr;
use super::{agent_language, failure, CallKind};
use crate::components::composer::use_composer;
use crate::i18n::{use_i18n, Msg};
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::composer_ai::language::{self, primary};
use switchboard_core::composer_ai::outgoing::{self, Preview};
use switchboard_protocol::{TranslateRequest, Visibility};

/// How long after the last keystroke the preview is asked for.
const SETTLE_MS: u32 = 600;

/// The language chooser and the preview.
#[component]
pub fn TranslateBar() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let ai = ctx.ai;
    let chosen = Memo::new(move |_| ctx.with_draft(|d| d.translate_to.clone()));
    let shown = move || {
        ctx.mode.get() == Visibility::Public && (chosen.with(Option::is_some) || ai.choosing.get())
    };
    let ticket = StoredValue::new(0_u64);

    // Ask for the preview once typing pauses (an effect: it talks to the server).
    Effect::new(move |_| {
        let locale = untrack(|| i18n.locale());
        let agent = agent_language(ctx, locale);
        let mode = ctx.mode.get();
        let target = ctx.with_draft(|d| outgoing::target(d, mode, &agent));
        let text = ctx.with_draft(|d| d.text.trim().to_owned());
        let busy = ai.calls.pending();
        let t = ticket.get_value() + 1;
        ticket.set_value(t);
        let Some(target) = target else {
            return;
        };
        let input = Some((text.clone(), target.clone()));
        let stopped = ai.preview_stop.get_value() == input;
        if !stopped && ai.preview_error.with_untracked(Option::is_some) {
            ai.preview_error.set(None);
        }
        let fresh = ai
            .preview
            .with(|p| p.as_ref().is_some_and(|p| p.fresh_for(&text, &target)));
        if fresh || busy || stopped || text.is_empty() {
            return;
        }
        spawn_local(async move {
            TimeoutFuture::new(SETTLE_MS).await;
            // Typed on, or another call started meanwhile (the preview never cancels
            // one: this effect runs again when it ends).
            let other_call = ai.calls.try_pending_untracked() != Some(false);
            if ticket.try_get_value() != Some(t) || other_call {
                return;
            }
            ai.preview_input.set_value(input.clone());
            let request = TranslateRequest {
                text: text.clone(),
                target_language: target.clone(),
                source_language: Some(agent),
            };
            ai.calls
                .translate(CallKind::Preview, request, move |r| match r {
                    Ok(tr) => ai.preview.set(Some(Preview {
                        source: text,
                        target,
                        text: tr.text,
                    })),
                    Err(e) => {
                        ai.preview_stop.set_value(input);
                        ai.preview_error
                            .set(Some(failure(locale, CallKind::Preview, &e)));
                    }
                });
        });
    });

    let choose = move |ev| {
        let tag = event_target_value(&ev);
        ctx.update_draft(|d| d.translate_to = (!tag.is_empty()).then_some(tag));
        ai.choosing.set(false);
    };
    let options = move || {
        let agent = primary(&agent_language(ctx, i18n.locale()));
        let current = chosen.get();
        language::offered(current.as_deref())
            .into_iter()
            .filter(|(tag, _)| *tag != agent)
            .map(|(tag, name)| {
                let selected = current.as_deref().map(primary).as_deref() == Some(tag.as_str());
                view! { <option value=tag.clone() lang=tag selected=selected>{name}</option> }
            })
            .collect_view()
    };
    let preview = move || {
        let target = chosen.get()?;
        let text = ctx.with_draft(|d| d.text.trim().to_owned());
        if text.is_empty() {
            return None;
        }
        let fresh = ai.preview.with(|p| {
            p.as_ref()
                .filter(|p| p.fresh_for(&text, &target))
                .map(|p| p.text.clone())
        });
        Some(match (fresh, ai.preview_error.get()) {
            (Some(t), _) => view! {
                <p class="sb-ai-translate__text" lang=primary(&target)>{t}</p>
            }
            .into_any(),
            (None, Some(e)) => view! { <p class="sb-ai-translate__error">{e}</p> }.into_any(),
            (None, None) => view! {
                <p class="sb-ai-translate__pending">{tr(i18n, Msg::AiPreviewPending)}</p>
            }
            .into_any(),
        })
    };
    view! {
        <Show when=shown>
            <div class="sb-ai-translate">
                <label class="sb-ai-translate__language">
                    <span>{tr(i18n, Msg::AiCustomerLanguage)}</span>
                    <select class="sb-select sb-select--small" on:change=choose>
                        <option value="" selected=move || chosen.with(Option::is_none)>
                            {tr(i18n, Msg::AiChooseLanguage)}
                        </option>
                        {options}
                    </select>
                </label>
                <section
                    class="sb-ai-translate__preview"
                    aria-label=tr(i18n, Msg::AiCustomerWillRead)
                    aria-live="polite"
                >
                    <p class="sb-ai-translate__label">
                        {tr(i18n, Msg::AiCustomerWillRead)}
                        {move || chosen.get().map(|l| format!(" · {}", primary(&l).to_uppercase()))}
                    </p>
                    {preview}
                </section>
            </div>
        </Show>
    }
}
