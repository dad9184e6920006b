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

/// The "Snooze until" dialog.
#[component]
pub fn SnoozePicker(
    /// Whether it is open.
    open: RwSignal<bool>,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let ctx = use_header();
    let value = RwSignal::new(String::new());
    let min = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<SnoozeProblem>);
    // A fresh form each time it opens: tomorrow morning, nothing earlier than now.
    Effect::new(move || {
        if open.get() {
            let now = local_now();
            let tomorrow = SnoozePreset::Tomorrow.at(now).unwrap_or(now);
            value.set(input_value(tomorrow));
            min.set(input_value(now));
            problem.set(None);
        }
    });
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
