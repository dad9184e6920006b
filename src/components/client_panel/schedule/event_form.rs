//! The form that adds a calendar event linked to this chat: a title, a date, a start and
//! an end time (the agent's own), checked by the core (`plan_forms::new_event`: it ends
//! after it starts).

use super::super::form_kit::{
    escape_cancels, focus_later, next_hour, to_instant, FormButtons, FormInput, FormProblem,
    FormSubmit,
};
use crate::i18n::{use_i18n, Msg};
use crate::store::{panel, use_store};
use leptos::prelude::*;
use switchboard_core::plan_forms::{new_event, Field};
use switchboard_protocol::ConversationId;

/// The id of the form's problem line.
const PROBLEM: &str = "sb-event-problem";

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
    let state = use_store();
    let i18n = use_i18n();
    let (day, hour) = next_hour();
    let title = RwSignal::new(String::new());
    let date = RwSignal::new(day);
    let end = RwSignal::new(an_hour_after(&hour));
    let start = RwSignal::new(hour);
    let form = FormSubmit::new();
    let submit = move || {
        form.submit(
            || {
                new_event(
                    &title.get_untracked(),
                    &date.get_untracked(),
                    &start.get_untracked(),
                    &end.get_untracked(),
                    to_instant,
                )
            },
            move |body| panel::add_calendar_event(state, id, body),
            move |_| on_done.run(()),
        )
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
            <FormInput label=Msg::EventTitle value=title field=Field::Text form problem_id=PROBLEM id="sb-event-title" />
            <FormInput label=Msg::Date kind="date" value=date field=Field::Date form problem_id=PROBLEM />
            <div class="sb-panel-form__pair">
                <FormInput label=Msg::EventStart kind="time" value=start field=Field::Time form problem_id=PROBLEM />
                <FormInput label=Msg::EventEnd kind="time" value=end field=Field::End form problem_id=PROBLEM />
            </div>
            <FormProblem id=PROBLEM form />
            <FormButtons submit=Msg::AddEvent on_cancel=on_done command=form.command() />
        </form>
    }
}
