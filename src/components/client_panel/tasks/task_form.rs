//! The form that adds a task: description, date and time (the agent's own), checked by
//! the core (`plan_forms::new_task`) before it is sent. The task the server made goes
//! into `Inbox::details` at once; a refusal keeps the form with the server's words.

use super::super::form_kit::{
    escape_cancels, focus_later, is_bad, next_hour, to_instant, FormButtons, FormInput,
    FormProblem, FormSubmit,
};
use crate::i18n::{use_i18n, Msg};
use crate::store::{panel, use_store};
use chrono::Utc;
use leptos::prelude::*;
use switchboard_core::plan_forms::{new_task, Field};
use switchboard_protocol::{ContactId, ConversationId};

/// The id of the form's problem line.
const PROBLEM: &str = "sb-task-problem";

/// The "New task" form.
#[component]
pub fn TaskForm(
    /// The contact the task is for.
    contact: ContactId,
    /// The conversation it is made from.
    conversation: ConversationId,
    /// Runs when the form is done with (added or cancelled).
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
                new_task(
                    &text.get_untracked(),
                    &date.get_untracked(),
                    &time.get_untracked(),
                    Some(conversation),
                    to_instant,
                    Utc::now(),
                )
            },
            move |body| panel::add_task(state, contact, body),
            move |_| on_done.run(()),
        )
    };
    focus_later("sb-task-text");
    view! {
        <form
            class="sb-panel-form"
            novalidate
            aria-label=i18n.tr(Msg::NewTask)
            on:keydown=escape_cancels(on_done)
            on:submit=move |ev| {
                ev.prevent_default();
                submit();
            }
        >
            <label class="sb-panel-form__field">
                <span>{i18n.tr(Msg::TaskDescription)}</span>
                <textarea
                    id="sb-task-text"
                    class="sb-input"
                    rows="2"
                    prop:value=move || text.get()
                    aria-invalid=move || is_bad(form.problem(), Field::Text).to_string()
                    aria-describedby=PROBLEM
                    on:input=move |ev| text.set(event_target_value(&ev))
                ></textarea>
            </label>
            <div class="sb-panel-form__pair">
                <FormInput label=Msg::Date kind="date" value=date field=Field::Date form problem_id=PROBLEM grow=true />
                <FormInput label=Msg::Time kind="time" value=time field=Field::Time form problem_id=PROBLEM />
            </div>
            <FormProblem id=PROBLEM form />
            <FormButtons submit=Msg::AddTask on_cancel=on_done command=form.command() />
        </form>
    }
}
