//! The card in read mode: name, email and phone with their buttons, the plain fields,
//! tags and custom values. Re-drawn whole when the contact or the language changes (it
//! holds no state of its own).

use super::card_fields::rows;
use super::custom_values::CustomValues;
use super::reach_rows::ReachRows;
use crate::i18n::{use_i18n, Msg};
use crate::store::use_store;
use leptos::prelude::*;
use switchboard_protocol::{Contact, CustomFieldDef};

/// The contact's card.
#[component]
pub fn ContactCard(
    /// The contact, live from `Inbox::details`.
    contact: Memo<Option<Contact>>,
    /// The custom field definitions.
    defs: RwSignal<Vec<CustomFieldDef>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_store();
    move || {
        let c = contact.get()?;
        let locale = i18n.locale();
        let fields = state
            .session
            .with(|s| rows(&c, locale, s.as_ref().map_or(&[][..], |s| &s.agents[..])));
        let tags = c.tags.clone();
        Some(view! {
            <p class="sb-panel__name">{c.name.clone()}</p>
            <dl class="sb-fields">
                <ReachRows contact=c.clone() />
                {fields
                    .into_iter()
                    .map(|(label, value)| {
                        view! {
                            <div class="sb-fields__row">
                                <dt>{label}</dt>
                                <dd>{value}</dd>
                            </div>
                        }
                    })
                    .collect_view()}
                <CustomValues contact=c defs />
            </dl>
            {(!tags.is_empty()).then(|| view! {
                <ul class="sb-tags" aria-label=i18n.tr(Msg::Tags)>
                    {tags.into_iter().map(|t| view! { <li class="sb-tag">{t}</li> }).collect_view()}
                </ul>
            })}
        })
    }
}
