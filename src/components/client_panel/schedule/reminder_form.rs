//! The form that sets a reminder about this chat: what, on which date, at what time (the
//! agent's own, and still to come), checked by the core (`plan_forms::new_reminder`).

use super::super::form_kit::{
    escape_cancels, focus_later, next_hour, refusal, to_instant, FormButtons, FormInput,
    FormProblem,
};
use crate::api;
use crate::i18n::{use_i18n, Msg};
use crate::store::use_store;
use chrono::Utc;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::plan_forms::{new_reminder, Field, FormError};
use switchboard_protocol::{ConversationId, Event};

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
    let problem = RwSignal::new(None::<FormError>);
    let refused = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let submit = move || {
        if busy.get_untracked() {
            return;
        }
        let body = match new_reminder(
            &text.get_untracked(),
            &date.get_untracked(),
            &time.get_untracked(),
            to_instant,
            Utc::now(),
        ) {
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
            match api::add_reminder(id, &body).await {
                Ok(reminder) => {
                    state
                        .inbox
                        .update(|i| i.apply(&Event::ReminderCreated { reminder }));
                    on_done.run(());
                }
                Err(e) => _ = refused.try_set(Some(refusal(i18n, &e))),
            }
            _ = busy.try_set(false);
        });
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
            <FormInput label=Msg::ReminderText value=text field=Field::Text problem problem_id=PROBLEM id="sb-reminder-text" />
            <div class="sb-panel-form__pair">
                <FormInput label=Msg::Date kind="date" value=date field=Field::Date problem problem_id=PROBLEM grow=true />
                <FormInput label=Msg::Time kind="time" value=time field=Field::Time problem problem_id=PROBLEM />
            </div>
            <FormProblem id=PROBLEM problem refused />
            <FormButtons submit=Msg::SetReminder on_cancel=on_done busy />
        </form>
    }
}
