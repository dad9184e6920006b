//! The form's "Custom fields" group: one editor per definition, in the definitions' order.

use super::custom_input::CustomInput;
use super::form_state::Form;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_core::contact_form::FormField;
use switchboard_protocol::CustomFieldDef;

/// The custom field editors of the contact form (nothing until the definitions come).
#[component]
pub fn CustomFieldsGroup(
    /// The form.
    form: Form,
    /// The custom field definitions.
    defs: RwSignal<Vec<CustomFieldDef>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || defs.with(|d| !d.is_empty())>
            <fieldset class="sb-form__group">
                <legend class="sb-form__legend">{move || i18n.t(Msg::CustomFields)}</legend>
                <For
                    each=move || defs.get()
                    key=|d| d.id
                    children=move |def| {
                        let (value, set) = form.custom(def.id);
                        let problem = form.problem(FormField::Custom(def.id));
                        view! { <CustomInput def value set problem /> }
                    }
                />
            </fieldset>
        </Show>
    }
}
