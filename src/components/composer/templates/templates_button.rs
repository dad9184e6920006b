//! The `Templates` button (UI-CONTRACT.md) and its picker: the templates usable on the
//! reply's channel (approved ones only once the messaging window has closed; text ones in
//! a note), searched by name or text, with the active one's preview. The choice goes in
//! at the caret.

use super::apply::apply_template;
use super::catalogue::use_templates;
use super::facts::{closed_window, use_values};
use super::search_picker::SearchPicker;
use super::suggest_list::{Item, Section};
use super::template_preview::TemplatePreview;
use crate::components::composer::scoped::Scoped;
use crate::components::composer::use_composer;
use crate::i18n::{use_i18n, Msg};
use chrono::Utc;
use leptos::prelude::*;
use switchboard_core::templates::{offered, Offer};
use switchboard_protocol::{Template, Visibility};

/// The button, and the picker while it is open.
#[component]
pub fn TemplatesButton() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    // A picker belongs to the draft it was opened for (kept for that visit).
    let open = Scoped::<bool>::new(ctx.visit);
    view! {
        <div class="sb-tpl-tool">
            <button
                type="button"
                class="sb-button sb-button--small sb-button--ghost"
                aria-haspopup="dialog"
                aria-expanded=move || open.get().to_string()
                disabled=move || ctx.open.get().is_none()
                // Pressing the button keeps the focus where it is, so an open picker
                // does not close on losing it and reopen on the click.
                on:mousedown=|ev| ev.prevent_default()
                on:click=move |_| {
                    if open.get_untracked() {
                        open.set(false);
                        ctx.focus();
                    } else {
                        open.set(true);
                    }
                }
            >
                {i18n.tr(Msg::Templates)}
            </button>
            <Show when=move || open.get()>
                <TemplatePicker open />
            </Show>
        </div>
    }
}

/// The open picker.
#[component]
fn TemplatePicker(
    /// Cleared when the picker closes.
    open: Scoped<bool>,
) -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(0usize);
    let templates = use_templates(ctx, Signal::from(true));
    let values = use_values(ctx);
    let shown = Memo::new(move |_| -> Vec<Template> {
        let offer = Offer {
            approved_only: closed_window(ctx, Utc::now()).is_some(),
            note: ctx.mode.get() == Visibility::Internal,
        };
        templates.with(|t| match t {
            Some(Some(Ok(all))) => {
                query.with(|q| offered(all, q, offer).into_iter().cloned().collect())
            }
            _ => Vec::new(),
        })
    });
    let sections = Signal::derive(move || {
        vec![Section {
            heading: None,
            items: shown.with(|s| {
                s.iter()
                    .map(|t| Item {
                        label: t.name.clone(),
                        glyph: None,
                        detail: Some(t.text.lines().next().unwrap_or_default().to_owned()),
                    })
                    .collect()
            }),
        }]
    });
    let status = Signal::derive(move || {
        if shown.with(|s| !s.is_empty()) {
            return None;
        }
        Some(
            templates
                .with(|t| match t {
                    Some(Some(Err(e))) => i18n.t(e.msg()),
                    Some(Some(Ok(_))) => i18n.t(Msg::SearchNoMatches),
                    _ => i18n.t(Msg::Loading),
                })
                .to_owned(),
        )
    });
    let previewed = Signal::derive(move || shown.with(|s| s.get(active.get()).cloned()));
    let choose = move |n: usize| {
        let Some(t) = shown.with_untracked(|s| s.get(n).cloned()) else {
            return;
        };
        open.set(false);
        apply_template(ctx, &t, None);
    };
    let close = move |back: bool| {
        open.set(false);
        if back {
            ctx.focus();
        }
    };
    view! {
        <SearchPicker
            list_id="sb-templates-list"
            label=Signal::derive(move || i18n.t(Msg::Templates).to_owned())
            search_label=Signal::derive(move || i18n.t(Msg::SearchTemplates).to_owned())
            query
            sections
            active
            on_choose=Callback::new(choose)
            on_close=Callback::new(close)
            status
        >
            <TemplatePreview id="sb-templates-preview" template=previewed values />
        </SearchPicker>
    }
}
