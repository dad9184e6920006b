//! The form that sets a reminder about this chat: what, on which date, at what time (the
//! agent's own, and still to come), checked by the core (`plan_forms::new_reminder`).

use super::super::form_kit::{
    escape_cancels, focus_later, next_hour, to_instant, FormButtons, FormInput, FormProblem,
    FormSubmit,
};
use crate::i18n::{use_i18n, Msg};
use crate::store::{panel, use_store};
use chrono::Utc;
use leptos::prelude::*;
use switchboard_core::plan_forms::{new_reminder, Field};
use switchboard_protocol::ConversationId;

/// The id of the form's problem line.
const PROBLEM: &str = "sb-reminder-problem";

/// The "New reminder" form.
#[component]
pub fn ReminderForm(
    /// The conversation.
    id: ConversationId,
    /// Runs when the form is done with (set or cancelled).
    on_done: Callback<()>,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let (day, hour) = next_hour();
    let text = RwSignal::new(String::new());
    let date = RwSignal::new(day);
    let time = RwSignal::new(hour);
    let form = FormSubmit::new();
    let submit = move || {
        form.submit(
            || {
                new_reminder(
                    &text.get_untracked(),
                    &date.get_untracked(),
                    &time.get_untracked(),
                    to_instant,
                    Utc::now(),
                )
            },
            move |body| panel::add_reminder(state, id, body),
            move |_| on_done.run(()),
        )
    };
    focus_later("sb-reminder-text");
    view! {
        <form
            class="sb-panel-form"
            novalidate
            aria-label=i18n.tr(Msg::NewReminder)
            on:keydown=escape_cancels(on_done)
            on:submit=move |ev| {
                ev.prevent_default();
                submit();
            }
        >
            <FormInput label=Msg::ReminderText value=text field=Field::Text form problem_id=PROBLEM id="sb-reminder-text" />
            <div class="sb-panel-form__pair">
                <FormInput label=Msg::Date kind="date" value=date field=Field::Date form problem_id=PROBLEM grow=true />
                <FormInput label=Msg::Time kind="time" value=time field=Field::Time form problem_id=PROBLEM />
            </div>
            <FormProblem id=PROBLEM form />
            <FormButtons submit=Msg::SetReminder on_cancel=on_done command=form.command() />
        </form>
    }
}
