//! The form that adds a calendar event linked to this chat: a title, a date, a start and
//! an end time (the agent's own), checked by the core (`plan_forms::new_event`: it ends
//! after it starts).

use super::super::form_kit::{
    escape_cancels, focus_later, is_bad, next_hour, problem_text, refusal, to_instant,
};
use crate::api;
use crate::i18n::{use_i18n, Msg};
use crate::state::use_app;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::plan_forms::{new_event, Field, FormError};
use switchboard_protocol::{ConversationId, Event};

/// An hour after `start` (`"14:00"` → `"15:00"`), as the end's starting value.
fn an_hour_after(start: &str) -> String {
    chrono::NaiveTime::parse_from_str(start, "%H:%M")
        .map(|t| (t + chrono::Duration::hours(1)).format("%H:%M").to_string())
        .unwrap_or_default()
}

/// The "New event" form.
#[component]
pub fn EventForm(
    /// The conversation.
    id: ConversationId,
    /// Runs when the form is done with (added or cancelled).
    on_done: Callback<()>,
) -> impl IntoView {
    let state = use_app();
    let i18n = use_i18n();
    let (day, hour) = next_hour();
    let title = RwSignal::new(String::new());
    let date = RwSignal::new(day);
    let end = RwSignal::new(an_hour_after(&hour));
    let start = RwSignal::new(hour);
    let problem = RwSignal::new(None::<FormError>);
    let refused = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let submit = move || {
        if busy.get_untracked() {
            return;
        }
        let body = match new_event(
            &title.get_untracked(),
            &date.get_untracked(),
            &start.get_untracked(),
            &end.get_untracked(),
            to_instant,
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
            match api::add_calendar_event(id, &body).await {
                Ok(event) => {
                    state
                        .inbox
                        .update(|i| i.apply(&Event::CalendarEventCreated { event }));
                    on_done.run(());
                }
                Err(e) => _ = refused.try_set(Some(refusal(i18n, &e))),
            }
            _ = busy.try_set(false);
        });
    };
    let time_input = move |label: Msg, value: RwSignal<String>, field: Field| {
        view! {
            <label class="sb-panel-form__field">
                <span>{move || i18n.t(label)}</span>
                <input
                    type="time"
                    class="sb-input"
                    prop:value=move || value.get()
                    aria-invalid=move || is_bad(problem.get(), field).to_string()
                    aria-describedby="sb-event-problem"
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
            </label>
        }
    };
    focus_later("sb-event-title");
    view! {
        <form
            class="sb-panel-form"
            novalidate
            aria-label=i18n.tr(Msg::NewEvent)
            on:keydown=escape_cancels(on_done)
            on:submit=move |ev| {
                ev.prevent_default();
                submit();
            }
        >
            <label class="sb-panel-form__field">
                <span>{i18n.tr(Msg::EventTitle)}</span>
                <input
                    id="sb-event-title"
                    class="sb-input"
                    prop:value=move || title.get()
                    aria-invalid=move || is_bad(problem.get(), Field::Text).to_string()
                    aria-describedby="sb-event-problem"
                    on:input=move |ev| title.set(event_target_value(&ev))
                />
            </label>
            <label class="sb-panel-form__field">
                <span>{i18n.tr(Msg::Date)}</span>
                <input
                    type="date"
                    class="sb-input"
                    prop:value=move || date.get()
                    aria-invalid=move || is_bad(problem.get(), Field::Date).to_string()
                    aria-describedby="sb-event-problem"
                    on:input=move |ev| date.set(event_target_value(&ev))
                />
            </label>
            <div class="sb-panel-form__pair">
                {time_input(Msg::EventStart, start, Field::Time)}
                {time_input(Msg::EventEnd, end, Field::End)}
            </div>
            <p class="sb-panel-form__problem" id="sb-event-problem" role="alert">
                {move || problem.get().map(|p| problem_text(i18n, p)).or_else(|| refused.get())}
            </p>
            <div class="sb-panel-form__buttons">
                <button type="button" class="sb-button sb-button--small" on:click=move |_| on_done.run(())>
                    {i18n.tr(Msg::Cancel)}
                </button>
                <button type="submit" class="sb-button sb-button--small sb-button--primary" disabled=move || busy.get()>
                    {i18n.tr(Msg::AddEvent)}
                </button>
            </div>
        </form>
    }
}
