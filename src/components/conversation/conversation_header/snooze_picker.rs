//! The dialog for snoozing until a chosen date and time (a native `datetime-local` input,
//! in the agent's own time zone; the default is tomorrow morning).

use super::act::use_header;
use crate::components::common::local_time::{instant, local_now};
use crate::components::common::ModalDialog;
use crate::i18n::{use_i18n, Msg};
use crate::store::use_store;
use chrono::Utc;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::snooze_choice::{
    check_until, input_value, parse_local, SnoozePreset, SnoozeProblem,
};
use switchboard_protocol::ConversationAction;

/// The dialog's form (`Copy`), made by what opens it.
#[derive(Clone, Copy)]
pub struct SnoozeForm {
    /// The chosen local date and time (`datetime-local` format).
    value: RwSignal<String>,
    /// The earliest allowed (now).
    min: RwSignal<String>,
    /// Why the choice will not do.
    problem: RwSignal<Option<SnoozeProblem>>,
}

impl SnoozeForm {
    /// An empty form.
    pub fn new() -> SnoozeForm {
        SnoozeForm {
            value: RwSignal::new(String::new()),
            min: RwSignal::new(String::new()),
            problem: RwSignal::new(None),
        }
    }

    /// A fresh form (the dialog is about to open): tomorrow morning, nothing earlier than
    /// now.
    pub fn reset(self) {
        let now = local_now();
        let tomorrow = SnoozePreset::Tomorrow.at(now).unwrap_or(now);
        self.value.set(input_value(tomorrow));
        self.min.set(input_value(now));
        self.problem.set(None);
    }
}

/// The "Snooze until" dialog.
#[component]
pub fn SnoozePicker(
    /// Whether it is open.
    open: RwSignal<bool>,
    /// Its form (reset by what opens it).
    form: SnoozeForm,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let ctx = use_header();
    let SnoozeForm {
        value,
        min,
        problem,
    } = form;
    let submit = move || {
        let until = parse_local(&value.get_untracked())
            .map(instant)
            .and_then(|t| check_until(t, Utc::now()));
        match until {
            Err(p) => problem.set(Some(p)),
            Ok(until) => {
                problem.set(None);
                spawn_local(async move {
                    if let Some(Ok(_)) = ctx.run(state, ConversationAction::Snooze { until }).await
                    {
                        open.set(false);
                    }
                });
            }
        }
    };
    view! {
        <ModalDialog open labelledby="sb-snooze-title">
            <form
                class="sb-dialog__form"
                novalidate
                on:submit=move |ev| {
                    ev.prevent_default();
                    submit();
                }
            >
                <h2 class="sb-dialog__title" id="sb-snooze-title">{i18n.tr(Msg::SnoozeUntil)}</h2>
                <label class="sb-dialog__field">
                    <span>{i18n.tr(Msg::SnoozeUntil)}</span>
                    <input
                        type="datetime-local"
                        class="sb-input"
                        prop:value=move || value.get()
                        min=move || min.get()
                        aria-invalid=move || problem.with(Option::is_some).to_string()
                        aria-describedby="sb-snooze-problem"
                        on:input=move |ev| value.set(event_target_value(&ev))
                    />
                </label>
                <p class="sb-dialog__problem" id="sb-snooze-problem" role="alert">
                    {move || problem.get().map(|p| i18n.t(match p {
                        SnoozeProblem::Unreadable => Msg::ErrSnoozeUnreadable,
                        SnoozeProblem::Past => Msg::ErrSnoozePast,
                    }))}
                </p>
                <div class="sb-dialog__buttons">
                    <button type="button" class="sb-button" on:click=move |_| open.set(false)>
                        {i18n.tr(Msg::Cancel)}
                    </button>
                    <button type="submit" class="sb-button sb-button--primary" disabled=move || ctx.acting.pending()>
                        {i18n.tr(Msg::Snooze)}
                    </button>
                </div>
            </form>
        </ModalDialog>
    }
}
