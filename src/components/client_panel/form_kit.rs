//! What the panel's deal, task, note, reminder and event forms share: a clock that ticks
//! (so "overdue" moves by itself), the words for a form's problem, the server's refusal
//! as one line, and the inputs' starting values in the agent's own time.

use crate::api::ApiError;
use crate::components::common::local_time::{instant, local_now};
use crate::i18n::{I18n, Msg};
use chrono::{DateTime, Duration, NaiveDateTime, Timelike, Utc};
use leptos::prelude::*;
use switchboard_core::plan_forms::{Field, FormError, Problem};

/// How often the clock ticks: overdue tasks and past reminders move within a minute.
const TICK: std::time::Duration = std::time::Duration::from_secs(30);

/// The contact of conversation `id` (a conversation's contact never changes, so this is
/// read once, untracked).
pub fn contact_of(
    state: crate::store::Store,
    id: switchboard_protocol::ConversationId,
) -> Option<switchboard_protocol::ContactId> {
    state
        .inbox
        .with_untracked(|i| i.conversations.get(id).map(|c| c.contact.id))
}

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
        Problem::TooLong(max) => i18n
            .t(Msg::ErrPanelTextTooLong)
            .replace("{max}", &max.to_string()),
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

/// A refusal as one line: the headline, then the server's own words when it gave any.
pub fn refusal(i18n: I18n, e: &ApiError) -> String {
    let headline = i18n.t(e.msg());
    match e.detail() {
        Some(d) => format!("{headline} {d}"),
        None => headline.to_owned(),
    }
}

/// Whether `field` is the one `error` is about (for `aria-invalid`).
pub fn is_bad(error: Option<FormError>, field: Field) -> bool {
    error.is_some_and(|(f, _)| f == field)
}

/// Runs an action on conversation `id` from the panel, one at a time (`busy`), the way the
/// header does (`conversation_header::act`: the inbox takes the server's answer, a refusal
/// changes nothing and shows a notice). A refusal is also put in `refused`, to show it
/// beside the control that caused it.
pub async fn run_action(
    state: crate::store::Store,
    i18n: I18n,
    id: switchboard_protocol::ConversationId,
    action: switchboard_protocol::ConversationAction,
    busy: RwSignal<bool>,
    refused: RwSignal<Option<String>>,
) {
    use crate::store::conversations::act;
    if busy.get_untracked() {
        return;
    }
    busy.set(true);
    refused.set(None);
    if let Err(e) = act(state, id, action, || {}).await {
        _ = refused.try_set(Some(refusal(i18n, &e)));
    }
    _ = busy.try_set(false);
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

/// Focuses the element with id `id` once the page is drawn: the first field of a form
/// that just opened, or the button that opened it once it closes. By id, not selector:
/// ids made from a backend's keys (CRM properties) may hold characters a selector would
/// need escaped.
pub fn focus_later(id: impl Into<String>) {
    let id: String = id.into();
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Some(el) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// One labelled input of a panel form, bound to `value`, marked invalid while `problem`
/// is about `field`, and described by the form's problem line (`problem_id`).
#[component]
pub fn FormInput(
    /// Its label.
    label: Msg,
    /// The input's `type` (`text`, `date`, `time`).
    #[prop(default = "text")]
    kind: &'static str,
    /// What it holds.
    value: RwSignal<String>,
    /// Which field it is, for the form's problem.
    field: Field,
    /// The form's problem.
    problem: RwSignal<Option<FormError>>,
    /// The id of the form's problem line.
    problem_id: &'static str,
    /// The input's id (for focus), if any.
    #[prop(optional)]
    id: Option<&'static str>,
    /// Whether it takes the spare width of a pair.
    #[prop(optional)]
    grow: bool,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    view! {
        <label class="sb-panel-form__field" class:sb-panel-form__field--grow=grow>
            <span>{i18n.tr(label)}</span>
            <input
                id=id
                type=kind
                class="sb-input"
                prop:value=move || value.get()
                aria-invalid=move || is_bad(problem.get(), field).to_string()
                aria-describedby=problem_id
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </label>
    }
}

/// A panel form's problem line: the core's words for `problem`, else the server's
/// refusal.
#[component]
pub fn FormProblem(
    /// Its id (what the inputs' `aria-describedby` names).
    id: &'static str,
    /// The form's problem.
    problem: RwSignal<Option<FormError>>,
    /// The server's refusal.
    refused: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    view! {
        <p class="sb-panel-form__problem" id=id role="alert">
            {move || problem.get().map(|p| problem_text(i18n, p)).or_else(|| refused.get())}
        </p>
    }
}

/// A panel form's buttons: Cancel (runs `on_cancel`) and the submit button, disabled
/// while the form is `busy`.
#[component]
pub fn FormButtons(
    /// The submit button's words.
    submit: Msg,
    /// Runs on Cancel.
    on_cancel: Callback<()>,
    /// Whether a save is under way.
    busy: RwSignal<bool>,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    view! {
        <div class="sb-panel-form__buttons">
            <button type="button" class="sb-button sb-button--small" on:click=move |_| on_cancel.run(())>
                {i18n.tr(Msg::Cancel)}
            </button>
            <button type="submit" class="sb-button sb-button--small sb-button--primary" disabled=move || busy.get()>
                {i18n.tr(submit)}
            </button>
        </div>
    }
}
