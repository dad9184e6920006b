//! The "Reminders and events" section: reminders about this chat and calendar events
//! linked to it, upcoming first (soonest on top), then past ones; a form for each.
//!
//! Both lists are loaded into `Inbox::details` when the section opens;
//! `reminder_created` and `calendar_event_created` events keep them current there.

mod event_form;
mod reminder_form;

use super::form_kit::{focus_later, use_clock};
use crate::format::full;
use crate::i18n::{use_i18n, Msg};
use crate::store::{panel, use_store};
use event_form::EventForm;
use leptos::prelude::*;
use leptos::task::spawn_local;
use reminder_form::ReminderForm;
use switchboard_core::agenda::{calendar, reminders};
use switchboard_protocol::ConversationId;

/// Which form is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Adding {
    Nothing,
    Reminder,
    Event,
}

impl Adding {
    /// The id of the button that opens this form, where focus goes back when it closes.
    fn button_id(self) -> &'static str {
        match self {
            Adding::Reminder | Adding::Nothing => "sb-reminder-new",
            Adding::Event => "sb-event-new",
        }
    }
}

/// The line shown instead of an empty list.
fn empty(i18n: crate::i18n::I18n, what: Msg) -> AnyView {
    view! { <p class="sb-panel__muted">{move || i18n.t(what)}</p> }.into_any()
}

/// One line of a list: what, when, and whether it is past.
fn entry(i18n: crate::i18n::I18n, text: String, when: String, past: bool) -> impl IntoView {
    view! {
        <li class="sb-agenda__item" class:sb-agenda__item--done=past>
            <span class="sb-agenda__text">{text}</span>
            <span class="sb-agenda__when">
                {when}
                {past.then(|| view! { " · " {i18n.tr(Msg::Past)} })}
            </span>
        </li>
    }
}

/// The "Reminders and events" section.
#[component]
pub fn ScheduleSection(
    /// The open conversation.
    id: ConversationId,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let failed = RwSignal::new(None::<Msg>);
    let adding = RwSignal::new(Adding::Nothing);
    let now = use_clock();
    spawn_local(async move {
        if let Err(e) = panel::load_reminders(state, id).await {
            _ = failed.try_set(Some(e.msg()));
        }
    });
    spawn_local(async move {
        if let Err(e) = panel::load_calendar(state, id).await {
            _ = failed.try_set(Some(e.msg()));
        }
    });
    let reminder_list = move || {
        let now = now.get();
        let split = state.inbox().with(|i| {
            i.details
                .reminders
                .get(&id)
                .map(|r| reminders(r.values(), now))
        })?;
        if split.upcoming.is_empty() && split.past.is_empty() {
            return Some(empty(i18n, Msg::NoReminders));
        }
        let locale = i18n.locale();
        let rows = split
            .upcoming
            .into_iter()
            .map(|r| (r, false))
            .chain(split.past.into_iter().map(|r| (r, true)))
            .map(|(r, past)| entry(i18n, r.text, full(locale, r.at), past))
            .collect_view();
        Some(
            view! {
                <ul class="sb-agenda__list" aria-label=i18n.tr(Msg::Reminders)>{rows}</ul>
            }
            .into_any(),
        )
    };
    let event_list = move || {
        let now = now.get();
        let split = state.inbox().with(|i| {
            i.details
                .calendar
                .get(&id)
                .map(|c| calendar(c.values(), now))
        })?;
        if split.upcoming.is_empty() && split.past.is_empty() {
            return Some(empty(i18n, Msg::NoEvents));
        }
        let locale = i18n.locale();
        let rows = split
            .upcoming
            .into_iter()
            .map(|e| (e, false))
            .chain(split.past.into_iter().map(|e| (e, true)))
            .map(|(e, past)| {
                let when = format!(
                    "{} – {}",
                    full(locale, e.starts_at),
                    crate::format::clock(locale, e.ends_at)
                );
                entry(i18n, e.title, when, past)
            })
            .collect_view();
        Some(
            view! {
                <ul class="sb-agenda__list" aria-label=i18n.tr(Msg::CalendarEvents)>{rows}</ul>
            }
            .into_any(),
        )
    };
    let button = move |label: Msg, which: Adding| {
        view! {
            <button
                type="button"
                id=which.button_id()
                class="sb-button sb-button--small"
                on:click=move |_| adding.set(which)
            >
                {move || i18n.t(label)}
            </button>
        }
    };
    let done = Callback::new(move |()| {
        let was = adding.get_untracked();
        adding.set(Adding::Nothing);
        focus_later(was.button_id());
    });
    view! {
        <section class="sb-panel__section sb-agenda" aria-labelledby="sb-panel-schedule">
            <h2 class="sb-panel__heading" id="sb-panel-schedule">{i18n.tr(Msg::RemindersAndEvents)}</h2>
            {move || failed.get().map(|m| view! { <p class="sb-panel__error" role="alert">{move || i18n.t(m)}</p> })}
            <Show when=move || adding.get() == Adding::Nothing>
                <div class="sb-panel__buttons">
                    {button(Msg::NewReminder, Adding::Reminder)}
                    {button(Msg::NewEvent, Adding::Event)}
                </div>
            </Show>
            <Show when=move || adding.get() == Adding::Reminder>
                <ReminderForm id on_done=done />
            </Show>
            <Show when=move || adding.get() == Adding::Event>
                <EventForm id on_done=done />
            </Show>
            <h3 class="sb-agenda__title">{i18n.tr(Msg::Reminders)}</h3>
            {reminder_list}
            <h3 class="sb-agenda__title">{i18n.tr(Msg::CalendarEvents)}</h3>
            {event_list}
        </section>
    }
}
