//! The editor of one custom field, by its type: text, number (a decimal keyboard), date
//! (the browser's picker), list (a select with "Not set" to clear), checkbox, link. The
//! editor holds text; `switchboard_core::contact_rules::parse_value` decides what it means
//! when the form is saved.

use super::form_row::{described_by, InputKind, RowNotes, TextRow};
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_core::contact_form::checkbox_text;
use switchboard_core::contact_rules::Problem;
use switchboard_protocol::{CustomFieldDef, FieldKind};

/// The id of custom field input `def`.
pub fn custom_id(def: &CustomFieldDef) -> String {
    format!("sb-contact-custom-{}", def.id)
}

/// The editor of custom field `def`.
#[component]
pub fn CustomInput(
    /// The field.
    def: CustomFieldDef,
    /// Its editor text.
    value: Signal<String>,
    /// Takes the agent's input.
    set: Callback<String>,
    /// The value's problem, if any.
    problem: Signal<Option<Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = custom_id(&def);
    let name = def.name.clone();
    let text = |kind| {
        view! { <TextRow id=id.clone() label=name.clone() kind value set problem /> }.into_any()
    };
    match def.kind {
        FieldKind::Text => text(InputKind::Text),
        FieldKind::Number => text(InputKind::Decimal),
        FieldKind::Date => text(InputKind::Date),
        FieldKind::Link => text(InputKind::Url),
        FieldKind::List { options } => {
            let described = {
                let id = id.clone();
                move || described_by(&id, false, problem.with(Option::is_some))
            };
            view! {
                <div class="sb-form__row">
                    <label class="sb-form__label" for=id.clone()>{name}</label>
                    <select
                        class="sb-select"
                        id=id.clone()
                        aria-invalid=move || problem.with(Option::is_some).then_some("true")
                        aria-describedby=described
                        on:change=move |ev| set.run(event_target_value(&ev))
                    >
                        // Each option says whether it is chosen: a select's value set
                        // before its options exist would be lost.
                        <option value="" prop:selected=move || value.with(String::is_empty)>
                            {move || i18n.t(Msg::NotSet)}
                        </option>
                        {options
                            .into_iter()
                            .map(|o| {
                                let chosen = o.clone();
                                view! {
                                    <option value=o.clone() prop:selected=move || value.with(|v| *v == chosen)>
                                        {o.clone()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                    <RowNotes id hint=None problem />
                </div>
            }
            .into_any()
        }
        FieldKind::Checkbox => view! {
            <div class="sb-form__row sb-form__row--check">
                <input
                    type="checkbox"
                    id=id.clone()
                    prop:checked=move || value.get() == "true"
                    on:change=move |ev| set.run(checkbox_text(event_target_checked(&ev)))
                />
                <label class="sb-form__label" for=id.clone()>{name}</label>
                <RowNotes id hint=None problem />
            </div>
        }
        .into_any(),
    }
}
