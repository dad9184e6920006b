//! Adding a note on the contact: one text field, checked by the core
//! (`plan_forms::new_note`) before it is sent. The note the server stored goes into
//! `Inbox::details` at once and the field empties; a refusal keeps the text.

use super::super::form_kit::{is_bad, refusal, FormProblem};
use crate::api;
use crate::i18n::{use_i18n, Msg};
use crate::store::use_store;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::plan_forms::{new_note, Field, FormError};
use switchboard_protocol::{ContactId, Event};

/// The note field and its "Add note" button.
#[component]
pub fn NoteForm(
    /// The contact.
    contact: ContactId,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let text = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<FormError>);
    let refused = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let submit = move || {
        if busy.get_untracked() {
            return;
        }
        let body = match new_note(&text.get_untracked()) {
            Ok(b) => b,
            Err(e) => {
                problem.set(Some(e));
                return;
            }
        };
        problem.set(None);
        refused.set(None);
        busy.set(true);
        spawn_local(async move {
            match api::add_note(contact, &body).await {
                Ok(note) => {
                    state
                        .inbox
                        .update(|i| i.apply(&Event::NoteCreated { note }));
                    _ = text.try_set(String::new());
                }
                Err(e) => _ = refused.try_set(Some(refusal(i18n, &e))),
            }
            _ = busy.try_set(false);
        });
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
                    aria-invalid=move || is_bad(problem.get(), Field::Text).to_string()
                    aria-describedby="sb-note-problem"
                    on:input=move |ev| text.set(event_target_value(&ev))
                ></textarea>
            </label>
            <FormProblem id="sb-note-problem" problem refused />
            <div class="sb-panel-form__buttons">
                <button type="submit" class="sb-button sb-button--small sb-button--primary" disabled=move || busy.get()>
                    {i18n.tr(Msg::AddNote)}
                </button>
            </div>
        </form>
    }
}
