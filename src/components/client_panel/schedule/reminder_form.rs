//! The form that sets a reminder about this chat: what, on which date, at what time (the
//! agent's own, and still to come), checked by the core (`plan_forms::new_reminder`).

use super::super::form_kit::{
    escape_cancels, focus_later, is_bad, next_hour, problem_text, refusal, to_instant,
};
use crate::api;
use crate::i18n::{use_i18n, Msg};
use crate::state::use_app;
use chrono::Utc;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::plan_forms::{new_reminder, Field, FormError};
use switchboard_protocol::{ConversationId, Event};

/// The "New reminder" form.
#[component]
pub fn ReminderForm(
    /// The conversation.
    id: ConversationId,
    /// Runs when the form is done with (set or cancelled).
    on_done: Callback<()>,
) -> impl IntoView {
    let state = use_app();
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
            <label class="sb-panel-form__field">
                <span>{i18n.tr(Msg::ReminderText)}</span>
                <input
                    id="sb-reminder-text"
                    class="sb-input"
                    prop:value=move || text.get()
                    aria-invalid=move || is_bad(problem.get(), Field::Text).to_string()
                    aria-describedby="sb-reminder-problem"
                    on:input=move |ev| text.set(event_target_value(&ev))
                />
            </label>
            <div class="sb-panel-form__pair">
                <label class="sb-panel-form__field sb-panel-form__field--grow">
                    <span>{i18n.tr(Msg::Date)}</span>
                    <input
                        type="date"
                        class="sb-input"
                        prop:value=move || date.get()
                        aria-invalid=move || is_bad(problem.get(), Field::Date).to_string()
                        aria-describedby="sb-reminder-problem"
                        on:input=move |ev| date.set(event_target_value(&ev))
                    />
                </label>
                <label class="sb-panel-form__field">
                    <span>{i18n.tr(Msg::Time)}</span>
                    <input
                        type="time"
                        class="sb-input"
                        prop:value=move || time.get()
                        aria-invalid=move || is_bad(problem.get(), Field::Time).to_string()
                        aria-describedby="sb-reminder-problem"
                        on:input=move |ev| time.set(event_target_value(&ev))
                    />
                </label>
            </div>
            <p class="sb-panel-form__problem" id="sb-reminder-problem" role="alert">
                {move || problem.get().map(|p| problem_text(i18n, p)).or_else(|| refused.get())}
            </p>
            <div class="sb-panel-form__buttons">
                <button type="button" class="sb-button sb-button--small" on:click=move |_| on_done.run(())>
                    {i18n.tr(Msg::Cancel)}
                </button>
                <button type="submit" class="sb-button sb-button--small sb-button--primary" disabled=move || busy.get()>
                    {i18n.tr(Msg::SetReminder)}
                </button>
            </div>
        </form>
    }
}
