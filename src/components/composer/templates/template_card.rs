//! The template chosen for a reply (an approved template, or one with numbered
//! parameters): its name, its text as it will read, a field per parameter, its files,
//! and a button that removes it. The server sends it exactly as approved, filled with
//! the fields, so nothing else is written beside it.

use super::apply::param_field_id;
use super::catalogue::use_templates;
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
    // A refused message brought back with `Edit` has the template's id, not its record:
    // the record is looked up in the channel's templates and put back on the draft, so
    // the card shows its text and fields again.
    let missing = Memo::new(move |_| record.with(|r| matches!(r, Some((_, None)))));
    let catalogue = use_templates(ctx, missing.into());
    Effect::new(move || {
        let Some((id, None)) = record.get() else {
            return;
        };
        let found = catalogue.with(|c| {
            c.as_ref()
                .and_then(|l| l.as_ref())
                .and_then(|l| l.as_ref().ok())
                .and_then(|l| l.iter().find(|t| t.id == id).cloned())
        });
        if let Some(t) = found {
            ctx.update_draft(|d| {
                if d.template.as_ref().is_some_and(|u| u.template_id == id) {
                    d.template_info = Some(t);
                }
            });
        }
    });
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
                        <span class="sb-tpl-badge">{i18n.tr(Msg::TemplateApproved)}</span>
                    })}
                    <button
                        type="button"
                        class="sb-button sb-button--small sb-button--ghost sb-tpl-card__remove"
                        aria-label=i18n.tr(Msg::TemplateRemove)
                        title=i18n.tr(Msg::TemplateRemove)
                        on:click=remove
                    >
                        "×"
                    </button>
                </p>
                <p class="sb-tpl-card__text">{text}</p>
                <div class="sb-tpl-card__fields">{fields}</div>
                {info.clone().map(|t| view! { <TemplateFiles template=t /> })}
                <p class="sb-tpl-card__hint">{i18n.tr(Msg::TemplateSentAsIs)}</p>
            </section>
        })
    }
}
