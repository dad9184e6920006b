//! The client & deal panel: who the customer is and the deal this chat belongs to.

use crate::api;
use crate::app::use_route;
use crate::format::date;
use crate::i18n::{use_i18n, Msg};
use crate::state::use_app;
use leptos::prelude::*;
use switchboard_protocol::{Contact, DealBrief};

/// The `aside` landmark named "Client details".
#[component]
pub fn ClientPanel() -> impl IntoView {
    let state = use_app();
    let i18n = use_i18n();
    let route = use_route();
    let open = Memo::new(move |_| route.get().conversation());
    let detail = LocalResource::new(move || {
        let id = open.get().filter(|_| state.signed_in());
        async move {
            match id {
                Some(id) => Some(api::conversation(id).await),
                None => None,
            }
        }
    });
    // The deal travels on the conversation record, so live updates show without a reload.
    let deal = move || {
        let id = open.get()?;
        state
            .inbox
            .with(|i| i.conversations.get(id).and_then(|c| c.deal.clone()))
    };
    view! {
        <aside class="sb-panel" aria-label=move || i18n.t(Msg::ClientDetails)>
            {move || match detail.get().flatten() {
                None => None,
                Some(Err(e)) => Some(view! { <p class="sb-panel__error">{i18n.t(e.msg())}</p> }.into_any()),
                Some(Ok(d)) => {
                    let deal = deal().or(d.conversation.deal.clone());
                    Some(view! {
                        <ContactSection contact=d.contact />
                        <DealSection deal />
                    }.into_any())
                }
            }}
        </aside>
    }
}

/// The "Contact" section: name and the main fields.
#[component]
fn ContactSection(
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

/// The "Deal" section: stage and amount.
#[component]
fn DealSection(
    /// The linked deal, if any.
    deal: Option<DealBrief>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="sb-panel__section" aria-labelledby="sb-panel-deal">
            <h2 class="sb-panel__heading" id="sb-panel-deal">{move || i18n.t(Msg::Deal)}</h2>
            {match deal {
                None => view! { <p class="sb-panel__muted">{move || i18n.t(Msg::NoDeal)}</p> }.into_any(),
                Some(d) => {
                    let amount = format!("{:.2} {}", d.amount_minor as f64 / 100.0, d.currency);
                    view! {
                        <dl class="sb-fields">
                            <div class="sb-fields__row">
                                <dt>{move || i18n.t(Msg::Stage)}</dt>
                                <dd>{d.stage.clone()}</dd>
                            </div>
                            <div class="sb-fields__row">
                                <dt>{move || i18n.t(Msg::Amount)}</dt>
                                <dd>{amount}</dd>
                            </div>
                        </dl>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
