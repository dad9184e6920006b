//! Adding a note on the contact: one text field, checked by the core
//! (`plan_forms::new_note`) before it is sent. The note the server stored goes into
//! `Inbox::details` at once and the field empties; a refusal keeps the text.

use super::super::form_kit::{is_bad, FormProblem, FormSubmit};
use crate::i18n::{use_i18n, Msg};
use crate::store::{panel, use_store};
use leptos::prelude::*;
use switchboard_core::plan_forms::{new_note, Field};
use switchboard_protocol::ContactId;

/// The note field and its "Add note" button.
#[component]
pub fn NoteForm(
    /// The contact.
    contact: ContactId,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let text = RwSignal::new(String::new());
    let form = FormSubmit::new();
    let submit = move || {
        form.submit(
            || new_note(&text.get_untracked()),
            move |body| panel::add_note(state, contact, body),
            move |_| _ = text.try_set(String::new()),
        )
    };
    view! {
        <form
            class="sb-panel-form sb-panel-form--inline"
            novalidate
            on:submit=move |ev| {
                ev.prevent_default();
                submit();
            }
        >
            <label class="sb-panel-form__field">
                <span>{i18n.tr(Msg::NewNote)}</span>
                <textarea
                    class="sb-input"
                    rows="2"
                    prop:value=move || text.get()
                    aria-invalid=move || is_bad(form.problem(), Field::Text).to_string()
                    aria-describedby="sb-note-problem"
                    on:input=move |ev| text.set(event_target_value(&ev))
                ></textarea>
            </label>
            <FormProblem id="sb-note-problem" form />
            <div class="sb-panel-form__buttons">
                <button type="submit" class="sb-button sb-button--small sb-button--primary" disabled=move || form.command().pending()>
                    {i18n.tr(Msg::AddNote)}
                </button>
            </div>
        </form>
    }
}
