//! What the panel's deal, task, note, reminder and event forms share: a clock that ticks
//! (so "overdue" moves by itself), the words for a form's problem, the server's refusal
//! as one line, and the inputs' starting values in the agent's own time; the one submit
//! flow ([`FormSubmit`]) and the form parts built on it.

mod form_parts;
mod form_submit;

pub use form_parts::{FormButtons, FormInput, FormProblem};
pub use form_submit::{Explain, FormSubmit};

use crate::components::common::local_time::{instant, local_now};
use crate::i18n::{I18n, Msg};
use crate::store::Command;
use chrono::{DateTime, Duration, NaiveDateTime, Timelike, Utc};
use leptos::prelude::*;
use switchboard_core::plan_forms::{Field, FormError, Problem};

/// How often the clock ticks: overdue tasks and past reminders move within a minute.
const TICK: std::time::Duration = std::time::Duration::from_secs(30);

/// The time now, updated every [`TICK`] while the calling component lives.
pub fn use_clock() -> ReadSignal<DateTime<Utc>> {
    let (now, set_now) = signal(Utc::now());
    if let Ok(handle) = set_interval_with_handle(move || _ = set_now.try_set(Utc::now()), TICK) {
        on_cleanup(move || handle.clear());
    }
    now
}

/// The instant of a local wall time of the agent's (for the core's form rules).
pub fn to_instant(local: NaiveDateTime) -> DateTime<Utc> {
    instant(local)
}

/// Starting values for a date and a time input: the next full hour, local.
pub fn next_hour() -> (String, String) {
    let now = local_now();
    let next = (now + Duration::hours(1))
        .with_minute(0)
        .and_then(|t| t.with_second(0))
        .unwrap_or(now);
    (
        next.format("%Y-%m-%d").to_string(),
        next.format("%H:%M").to_string(),
    )
}

/// The agent's words for a form's problem.
pub fn problem_text(i18n: I18n, (field, problem): FormError) -> String {
    match problem {
        Problem::Empty => i18n
            .t(match field {
                Field::Text => Msg::ErrPanelTextEmpty,
                Field::Date => Msg::ErrPanelDateEmpty,
                Field::Time | Field::End => Msg::ErrPanelTimeEmpty,
            })
            .to_owned(),
        Problem::TooLong(max) => i18n.locale().err_panel_text_too_long(&max.to_string()),
        Problem::Unreadable => i18n
            .t(match field {
                Field::Date => Msg::ErrPanelDateUnreadable,
                _ => Msg::ErrPanelTimeUnreadable,
            })
            .to_owned(),
        Problem::Past => i18n.t(Msg::ErrPanelPast).to_owned(),
        Problem::EndsBeforeStart => i18n.t(Msg::ErrPanelEndBeforeStart).to_owned(),
    }
}

/// A refusal as one line (shared by every zone).
pub use crate::components::common::refusal;

/// Whether `field` is the one `error` is about (for `aria-invalid`).
pub fn is_bad(error: Option<FormError>, field: Field) -> bool {
    error.is_some_and(|(f, _)| f == field)
}

/// Runs an action on conversation `id` from the panel as one run of `command` (a second
/// click while one is under way does nothing), the way the header does
/// (`conversations::act`: the inbox takes the server's answer, a refusal changes nothing
/// and shows a notice). The refusal also stays in `command`, to show it beside the
/// control that caused it.
pub async fn run_action(
    state: crate::store::Store,
    id: switchboard_protocol::ConversationId,
    action: switchboard_protocol::ConversationAction,
    command: Command,
) {
    use crate::store::conversations::act;
    _ = command.call(act(state, id, action, || {})).await;
}

/// A panel section's problem line: the view's own words (`said`: a choice missing, a
/// list that did not load), else the refusal of `command`'s last run.
pub fn problem_line(
    i18n: I18n,
    said: RwSignal<Option<String>>,
    command: Command,
) -> impl Fn() -> Option<String> + Copy {
    move || {
        said.get()
            .or_else(|| command.refused().map(|e| refusal(i18n, &e)))
    }
}

/// A form's `keydown` handler: Escape runs `cancel` (and is used up, so the drawer
/// around the panel stays open).
pub fn escape_cancels(cancel: Callback<()>) -> impl Fn(leptos::ev::KeyboardEvent) + Copy {
    move |ev| {
        if ev.key() == "Escape" && !ev.default_prevented() {
            ev.prevent_default();
            cancel.run(());
        }
    }
}

/// Focuses a field or button by id once the page is drawn (the app's one way: `hooks`).
pub use crate::hooks::focus_later;
