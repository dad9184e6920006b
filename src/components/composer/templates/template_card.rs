//! The template chosen for a reply (an approved template, or one with numbered
//! parameters): its name, its text as it will read, a field per parameter, its files,
//! and a button that removes it. The server sends it exactly as approved, filled with
//! the fields, so nothing else is written beside it.

use super::apply::param_field_id;
use super::facts::use_values;
use super::template_preview::TemplateFiles;
use crate::components::composer::use_composer;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_core::templates::preview;
use switchboard_protocol::Visibility;

/// The card of the chosen template, if the reply has one.
#[component]
pub fn TemplateCard() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let values = use_values(ctx);
    let chosen = Memo::new(move |_| {
        (ctx.mode.get() == Visibility::Public)
            .then(|| ctx.with_draft(|d| d.template.clone().map(|u| (u, d.template_info.clone()))))
            .flatten()
    });
    // The card's shape changes with the template, not with each key typed in a field.
    let record =
        Memo::new(move |_| chosen.with(|c| c.as_ref().map(|(u, t)| (u.template_id, t.clone()))));
    let params = Memo::new(move |_| {
        chosen.with(|c| {
            c.as_ref()
                .map(|(u, _)| u.params.clone())
                .unwrap_or_default()
        })
    });
    let remove = move |_| {
        ctx.update_draft(|d| {
            d.template = None;
            d.template_info = None;
        });
        ctx.focus();
    };
    move || {
        let (id, info) = record.get()?;
        let name = info
            .as_ref()
            .map_or_else(|| format!("#{}", id.0), |t| t.name.clone());
        let label = {
            let name = name.clone();
            move || format!("{}: {name}", i18n.t(Msg::TemplateChosen))
        };
        let group_label = label.clone();
        let approved = info.as_ref().is_some_and(|t| t.approved);
        let text = {
            let info = info.clone();
            move || {
                let t = info.as_ref()?;
                Some(values.with(|v| params.with(|p| preview(t, v, p).text)))
            }
        };
        let fields = info
            .as_ref()
            .map(|t| {
                t.params
                    .iter()
                    .enumerate()
                    .map(|(i, field)| {
                        let n = i + 1;
                        let key = n.to_string();
                        let value = {
                            let key = key.clone();
                            move || params.with(|p| p.get(&key).cloned().unwrap_or_default())
                        };
                        view! {
                            <label class="sb-tpl-card__field">
                                <span class="sb-tpl-card__field-name">{field.clone()}</span>
                                <input
                                    id=param_field_id(n)
                                    class="sb-tpl-card__input"
                                    type="text"
                                    prop:value=value
                                    on:input=move |ev| {
                                        let v = event_target_value(&ev);
                                        let key = key.clone();
                                        ctx.update_draft(|d| {
                                            if let Some(u) = d.template.as_mut() {
                                                u.params.insert(key, v);
                                            }
                                        });
                                        ctx.problem.set(None);
                                    }
                                />
                            </label>
                        }
                    })
                    .collect_view()
            })
            .into_iter()
            .collect_view();
        Some(view! {
            <section class="sb-tpl-card" role="group" aria-label=group_label>
                <p class="sb-tpl-card__head">
                    <span class="sb-tpl-card__name">{label}</span>
                    {approved.then(|| view! {
                        <span class="sb-tpl-badge">{move || i18n.t(Msg::TemplateApproved)}</span>
                    })}
                    <button
                        type="button"
                        class="sb-button sb-button--small sb-button--ghost sb-tpl-card__remove"
                        aria-label=move || i18n.t(Msg::TemplateRemove)
                        title=move || i18n.t(Msg::TemplateRemove)
                        on:click=remove
                    >
                        "×"
                    </button>
                </p>
                <p class="sb-tpl-card__text">{text}</p>
                <div class="sb-tpl-card__fields">{fields}</div>
                {info.clone().map(|t| view! { <TemplateFiles template=t /> })}
                <p class="sb-tpl-card__hint">{move || i18n.t(Msg::TemplateSentAsIs)}</p>
            </section>
        })
    }
}
