//! The preview of the template an agent is about to choose: its whole text as it will
//! read here (variables filled, parameters by name) and its files (how many, which).

use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use std::collections::BTreeMap;
use switchboard_core::templates::preview;
use switchboard_core::variables::Values;
use switchboard_protocol::Template;

/// The files line of a template: `Files (2): a.pdf, b.txt`, or nothing.
#[component]
pub fn TemplateFiles(
    /// The template.
    template: Template,
) -> impl IntoView {
    let i18n = use_i18n();
    let names: Vec<String> = template
        .attachments
        .iter()
        .map(|a| switchboard_core::file_name::display_name(&a.name))
        .collect();
    let n = names.len();
    (n > 0).then(|| {
        view! {
            <p class="sb-tpl-preview__files">
                <span class="sb-tpl-preview__files-count">
                    {move || i18n.locale().template_files(&n.to_string())}
                </span>
                " "
                {names.into_iter().enumerate().map(|(i, name)| view! {
                    {(i > 0).then_some(", ")}
                    <bdi>{name}</bdi>
                }).collect_view()}
            </p>
        }
    })
}

/// The preview pane of a template (`None`: nothing to show).
#[component]
pub fn TemplatePreview(
    /// The element id (options point at it with `aria-describedby`).
    id: &'static str,
    /// The template shown.
    #[prop(into)]
    template: Signal<Option<Template>>,
    /// The values of the variables here.
    #[prop(into)]
    values: Signal<Values>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let t = template.get()?;
        let text = values.with(|v| preview(&t, v, &BTreeMap::new()).text);
        Some(view! {
            <div class="sb-tpl-preview" id=id>
                <p class="sb-tpl-preview__name">
                    {t.name.clone()}
                    {t.approved.then(|| view! {
                        <span class="sb-tpl-badge">{i18n.tr(Msg::TemplateApproved)}</span>
                    })}
                </p>
                <p class="sb-tpl-preview__text">{text}</p>
                <TemplateFiles template=t />
            </div>
        })
    }
}
