//! The contact form's state and its trip to the server: the draft, the problems the
//! last Save found, the server's refusal, and the save itself.

use super::custom_input::custom_id;
use crate::api;
use crate::components::common::announce::announce;
use crate::i18n::Msg;
use crate::store::Store;
use leptos::prelude::*;
use switchboard_core::contact_form::{ContactDraft, FieldProblem, FormField};
use switchboard_core::contact_rules::Problem;
use switchboard_protocol::{Contact, ContactId, ContactPatch, CustomFieldDef, CustomFieldId};

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

/// The form's state: the draft, the problems found, the server's refusal.
#[derive(Clone, Copy)]
pub struct Form {
    /// What the agent typed.
    pub draft: RwSignal<ContactDraft>,
    /// The refused values found by the last Save.
    pub problems: RwSignal<Vec<FieldProblem>>,
    /// The server's refusal of the last Save: headline and its own words.
    pub refused: RwSignal<Option<(Msg, Option<String>)>>,
    /// A save is on its way.
    pub saving: RwSignal<bool>,
}

impl Form {
    /// The form filled with `contact` as it is.
    pub fn new(contact: &Contact) -> Form {
        Form {
            draft: RwSignal::new(ContactDraft::of(contact)),
            problems: RwSignal::new(Vec::new()),
            refused: RwSignal::new(None),
            saving: RwSignal::new(false),
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

/// Sends `patch`; on success the card shows the server's contact and `done` closes the
/// form, on refusal the form stays with the server's words.
pub async fn save(
    state: Store,
    form: Form,
    id: ContactId,
    patch: ContactPatch,
    saved_text: &'static str,
    done: impl Fn(),
) {
    match api::patch_contact(id, &patch).await {
        Ok(c) => {
            state
                .inbox
                .update(|i| _ = i.details.contacts.insert(c.id, c));
            announce(saved_text);
            _ = form.saving.try_set(false);
            done();
        }
        Err(e) => {
            _ = form
                .refused
                .try_set(Some((e.msg(), e.detail().map(str::to_owned))));
            _ = form.saving.try_set(false);
        }
    }
}
