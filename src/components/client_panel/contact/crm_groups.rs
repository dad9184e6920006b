//! The contact's property groups from external CRMs ("HubSpot", "Salesforce"): each a
//! small section named after the CRM, with a link that opens the record there and its
//! properties (see `crm_property` for copy, edit and restore).
//!
//! Groups and rows are keyed by system and property key, and every row reads its property
//! live from the contact, so a save or an event updates one row in place.

use super::crm_property::CrmPropertyRow;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use switchboard_protocol::Contact;

/// Every CRM group of the contact.
#[component]
pub fn CrmGroups(
    /// The contact, live from `Inbox::details`.
    contact: Memo<Option<Contact>>,
) -> impl IntoView {
    let systems = move || {
        contact.with(|c| {
            c.as_ref()
                .map(|c| c.crm.iter().map(|g| g.system.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    view! {
        <For each=systems key=|s| s.clone() children=move |system| view! { <CrmGroup contact system /> } />
    }
}

/// One CRM's group.
#[component]
fn CrmGroup(
    /// The contact, live.
    contact: Memo<Option<Contact>>,
    /// The CRM's name.
    system: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading_id = format!("sb-crm-{}", system.to_lowercase().replace(' ', "-"));
    let labelled_by = heading_id.clone();
    let record_url = {
        let system = system.clone();
        move || {
            contact.with(|c| {
                c.as_ref()?
                    .crm
                    .iter()
                    .find(|g| g.system == system)?
                    .record_url
                    .clone()
                    .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
            })
        }
    };
    let keys = {
        let system = system.clone();
        move || {
            contact.with(|c| {
                c.as_ref()
                    .and_then(|c| c.crm.iter().find(|g| g.system == system))
                    .map(|g| {
                        g.properties
                            .iter()
                            .map(|p| p.key.clone())
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            })
        }
    };
    let open_label = {
        let system = system.clone();
        move || i18n.locale().open_in_system(&system)
    };
    let rows_system = system.clone();
    view! {
        <section class="sb-crm" aria-labelledby=labelled_by>
            <div class="sb-crm__head">
                <h3 class="sb-crm__heading" id=heading_id>{system.clone()}</h3>
                {move || record_url().map(|url| view! {
                    <a class="sb-crm__open" href=url target="_blank" rel="noopener noreferrer">
                        {open_label.clone()}
                    </a>
                })}
            </div>
            <dl class="sb-fields">
                <For
                    each=keys
                    key=|k| k.clone()
                    children=move |key| view! { <CrmPropertyRow contact system=rows_system.clone() key /> }
                />
            </dl>
        </section>
    }
}
