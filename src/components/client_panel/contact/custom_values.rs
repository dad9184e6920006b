//! The contact's custom field values in read mode, labelled by their definitions, in the
//! definitions' order. Unset fields are left out; a link opens in a new tab (only http(s)
//! links are ever stored); a checkbox reads Yes or No.

use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_core::contact_rules::raw_value;
use switchboard_protocol::{Contact, CustomFieldDef, FieldValue};

/// The custom value rows (inside the card's `dl`).
#[component]
pub fn CustomValues(
    /// The contact.
    contact: Contact,
    /// The custom field definitions.
    defs: RwSignal<Vec<CustomFieldDef>>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        defs.get()
            .into_iter()
            .filter_map(|def| {
                let value = contact.custom.iter().find(|v| v.field == def.id)?.value.clone();
                let shown = match value {
                    FieldValue::Checkbox(b) => {
                        view! { {move || i18n.t(if b { Msg::Yes } else { Msg::No })} }.into_any()
                    }
                    FieldValue::Link(url) => view! {
                        <a href=url.clone() target="_blank" rel="noopener noreferrer">{url.clone()}</a>
                    }
                    .into_any(),
                    other => raw_value(&other).into_any(),
                };
                Some(view! {
                    <div class="sb-fields__row">
                        <dt>{def.name}</dt>
                        <dd>{shown}</dd>
                    </div>
                })
            })
            .collect_view()
    }
}
