//! The "Tasks" section: the contact's tasks, overdue, upcoming and done (grouped by the
//! core against a clock that ticks), each marked done with a checkbox, and a form to add
//! one with a description, a date and a time.
//!
//! The list is loaded into `Inbox::details` when the section opens; `task_updated` events
//! (another agent's, or this agent's own answered again) keep it current there.

mod task_form;
mod task_item;

use super::form_kit::{focus_later, use_clock};
use crate::i18n::{use_i18n, Msg};
use crate::store::{panel, use_store};
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::agenda::group_tasks;
use switchboard_protocol::{ContactId, ConversationId, Task};
use task_form::TaskForm;
use task_item::TaskItem;

/// The id of the "New task" button, where focus goes back when the form closes.
const NEW_BUTTON: &str = "sb-task-new";

/// The "Tasks" section.
#[component]
pub fn TasksSection(
    /// The open conversation (new tasks are made from it).
    conversation: ConversationId,
    /// Its contact (the tasks are the contact's).
    contact: ContactId,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let failed = RwSignal::new(None::<Msg>);
    let adding = RwSignal::new(false);
    let now = use_clock();
    spawn_local(async move {
        if let Err(e) = panel::load_tasks(state, contact).await {
            _ = failed.try_set(Some(e.msg()));
        }
    });
    let groups = Memo::new(move |_| {
        let now = now.get();
        state.inbox().with(|i| {
            i.details
                .tasks
                .get(&contact)
                .map(|t| group_tasks(t.values(), now))
        })
    });
    let group = move |title: Msg,
                      pick: fn(&switchboard_core::agenda::TaskGroups) -> &Vec<Task>,
                      overdue: bool| {
        move || {
            let tasks = groups.with(|g| g.as_ref().map(|g| pick(g).clone()))?;
            (!tasks.is_empty()).then(|| view! {
                <div class="sb-agenda__group" class:sb-agenda__group--overdue=overdue>
                    <h3 class="sb-agenda__title">
                        {move || i18n.t(title)} " (" {tasks.len()} ")"
                    </h3>
                    <ul class="sb-agenda__list" aria-label=move || i18n.t(title)>
                        {tasks.iter().cloned().map(|task| view! { <TaskItem task overdue /> }).collect_view()}
                    </ul>
                </div>
            })
        }
    };
    let empty = move || {
        groups.with(|g| {
            g.as_ref()
                .is_some_and(|g| g.overdue.is_empty() && g.upcoming.is_empty() && g.done.is_empty())
        })
    };
    view! {
        <section class="sb-panel__section sb-agenda" aria-labelledby="sb-panel-tasks">
            <div class="sb-panel__bar">
                <h2 class="sb-panel__heading" id="sb-panel-tasks">{i18n.tr(Msg::Tasks)}</h2>
                <Show when=move || !adding.get()>
                    <button
                        type="button"
                        id=NEW_BUTTON
                        class="sb-button sb-button--small"
                        on:click=move |_| adding.set(true)
                    >
                        {i18n.tr(Msg::NewTask)}
                    </button>
                </Show>
            </div>
            {move || failed.get().map(|m| view! { <p class="sb-panel__error" role="alert">{move || i18n.t(m)}</p> })}
            <Show when=move || adding.get()>
                <TaskForm
                    contact
                    conversation
                    on_done=Callback::new(move |()| {
                        adding.set(false);
                        focus_later(NEW_BUTTON);
                    })
                />
            </Show>
            <Show when=empty>
                <p class="sb-panel__muted">{i18n.tr(Msg::NoTasks)}</p>
            </Show>
            {group(Msg::TasksOverdue, |g| &g.overdue, true)}
            {group(Msg::TasksUpcoming, |g| &g.upcoming, false)}
            {group(Msg::TasksDone, |g| &g.done, false)}
        </section>
    }
}
