//! The "Contact" section: the customer's name and main fields.

use crate::format::date;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_protocol::Contact;

/// The "Contact" section: name and the main fields.
#[component]
pub fn ContactSection(
    /// The contact shown.
    contact: Contact,
) -> impl IntoView {
    let i18n = use_i18n();
    let created = contact.created_at;
    let rows: Vec<(Msg, Option<String>)> = vec![
        (Msg::Phone, contact.phone.clone()),
        (Msg::Email, contact.email.clone()),
        (Msg::Account, contact.handle.clone()),
        (Msg::Country, contact.country.clone()),
        (Msg::CustomerLanguage, contact.language.clone()),
        (Msg::Source, contact.source.clone()),
    ];
    view! {
        <section class="sb-panel__section" aria-labelledby="sb-panel-contact">
            <h2 class="sb-panel__heading" id="sb-panel-contact">{move || i18n.t(Msg::Contact)}</h2>
            <p class="sb-panel__name">{contact.name.clone()}</p>
            <dl class="sb-fields">
                {rows
                    .into_iter()
                    .filter_map(|(label, value)| value.map(|v| (label, v)))
                    .map(|(label, value)| {
                        view! {
                            <div class="sb-fields__row">
                                <dt>{move || i18n.t(label)}</dt>
                                <dd>{value}</dd>
                            </div>
                        }
                    })
                    .collect_view()}
                <div class="sb-fields__row">
                    <dt>{move || i18n.t(Msg::Created)}</dt>
                    <dd>{move || date(i18n.locale(), created)}</dd>
                </div>
            </dl>
            {(!contact.tags.is_empty()).then(|| view! {
                <ul class="sb-tags" aria-label=move || i18n.t(Msg::Tags)>
                    {contact.tags.iter().map(|t| view! { <li class="sb-tag">{t.clone()}</li> }).collect_view()}
                </ul>
            })}
        </section>
    }
}
