//! One task: a checkbox named by its description that marks it done (or not done again),
//! and when it is due. The server's answer goes into `Inbox::details`; a refusal leaves
//! the task as it was and says why.

use super::super::form_kit::{focus_later, refusal};
use crate::format::full;
use crate::i18n::use_i18n;
use crate::store::{panel, use_store, Command};
use leptos::prelude::*;
use switchboard_protocol::{Task, TaskUpdate};

/// One task of the list.
#[component]
pub fn TaskItem(
    /// The task.
    task: Task,
    /// It is overdue (said in words, not by colour alone).
    overdue: bool,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let toggling = Command::new();
    let (id, done, due) = (task.id, task.done, task.due_at);
    let toggle = move |_| {
        let body = TaskUpdate {
            done: Some(!done),
            ..TaskUpdate::default()
        };
        // The task moves to another group: its checkbox is drawn again there, and keeps
        // the focus.
        toggling.run(panel::update_task(state, id, body), move |_| {
            focus_later(format!("sb-task-{id}"))
        });
    };
    view! {
        <li class="sb-agenda__item" class:sb-agenda__item--done=done>
            <label class="sb-agenda__check">
                <input type="checkbox" id=format!("sb-task-{id}") prop:checked=done disabled=move || toggling.pending() on:change=toggle />
                <span class="sb-agenda__text">{task.description.clone()}</span>
            </label>
            <span class="sb-agenda__when">
                {move || {
                    let (locale, time) = (i18n.locale(), full(i18n.locale(), due));
                    if overdue { locale.task_overdue_since(&time) } else { locale.task_due(&time) }
                }}
            </span>
            <p class="sb-panel__error" role="alert">{move || toggling.refused().map(|e| refusal(i18n, &e))}</p>
        </li>
    }
}
