//! The contact form's state: the draft, the problems the last Save found, and the save
//! (its pending state and the server's refusal).

use super::custom_input::custom_id;
use crate::store::Command;
use leptos::prelude::*;
use switchboard_core::contact_form::{ContactDraft, FieldProblem, FormField};
use switchboard_core::contact_rules::Problem;
use switchboard_protocol::{Contact, CustomFieldDef, CustomFieldId};

/// The id of a field's input.
pub fn field_id(f: FormField, defs: &[CustomFieldDef]) -> String {
    match f {
        FormField::Name => "sb-contact-name".into(),
        FormField::Email => "sb-contact-email".into(),
        FormField::Phone => "sb-contact-phone".into(),
        FormField::Country => "sb-contact-country".into(),
        FormField::Tags => "sb-contact-tags".into(),
        FormField::Custom(id) => defs
            .iter()
            .find(|d| d.id == id)
            .map(custom_id)
            .unwrap_or_default(),
    }
}

/// The form's state: the draft, the problems found, the save.
#[derive(Clone, Copy)]
pub struct Form {
    /// What the agent typed.
    pub draft: RwSignal<ContactDraft>,
    /// The refused values found by the last Save.
    pub problems: RwSignal<Vec<FieldProblem>>,
    /// The save: on its way, or the server's refusal of the last one.
    pub saving: Command,
}

impl Form {
    /// The form filled with `contact` as it is.
    pub fn new(contact: &Contact) -> Form {
        Form {
            draft: RwSignal::new(ContactDraft::of(contact)),
            problems: RwSignal::new(Vec::new()),
            saving: Command::new(),
        }
    }

    /// The problem of field `f` (reactive).
    pub fn problem(self, f: FormField) -> Signal<Option<Problem>> {
        Signal::derive(move || {
            self.problems
                .with(|p| p.iter().find(|x| x.field == f).map(|x| x.problem))
        })
    }

    /// A text field of the draft: its value, and a setter that also clears its problem.
    pub fn text(
        self,
        f: FormField,
        get: fn(&ContactDraft) -> &String,
        put: fn(&mut ContactDraft) -> &mut String,
    ) -> (Signal<String>, Callback<String>) {
        let value = Signal::derive(move || self.draft.with(|d| get(d).clone()));
        let set = Callback::new(move |v: String| {
            self.draft.update(|d| *put(d) = v);
            self.problems.update(|p| p.retain(|x| x.field != f));
        });
        (value, set)
    }

    /// Custom field `field`'s editor text, and a setter that also clears its problem.
    pub fn custom(self, field: CustomFieldId) -> (Signal<String>, Callback<String>) {
        let f = FormField::Custom(field);
        let value = Signal::derive(move || self.draft.with(|d| d.custom_text(field)));
        let set = Callback::new(move |v: String| {
            self.draft.update(|d| _ = d.custom.insert(field, v));
            self.problems.update(|p| p.retain(|x| x.field != f));
        });
        (value, set)
    }
}
