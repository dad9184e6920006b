//! Commands of the client & deal panel: the open conversation's contact card, its deal
//! and the workspace's pipelines, the contact's tasks and notes, the conversation's
//! reminders and calendar events, and the shortcut automations (mirroring `api/panel.rs`).
//!
//! Each command applies the server's answer to the inbox itself (as the answer's event
//! would: applying that event again later changes nothing) and returns it; a refusal
//! changes nothing and is returned for the view to show beside the control that caused
//! it. Operators and automations run as conversation actions (`conversations::act`).

use super::{ApiError, Store};
use crate::api;
use leptos::prelude::*;
use switchboard_protocol::{
    Automation, CalendarEvent, Capability, ContactId, ContactNote, ConversationId,
    ConversationSummary, Deal, DealUpdate, Event, NewCalendarEvent, NewNote, NewReminder, NewTask,
    Pipeline, Reminder, Task, TaskId, TaskUpdate,
};

/// Loads the contact card of conversation `id` into `Inbox::details`.
///
/// The record itself comes from the list and its events (the list loader fetches it for
/// a conversation opened by link), so only the card goes in.
pub async fn load_detail(store: Store, id: ConversationId) -> Result<(), ApiError> {
    let d = api::conversation(id).await?;
    store.write(|i| _ = i.details.contacts.insert(d.contact.id, d.contact));
    Ok(())
}

/// Loads conversation `id`'s deal (or that it has none) into `Inbox::details`.
pub async fn load_deal(store: Store, id: ConversationId) -> Result<(), ApiError> {
    let d = super::optional(store, Capability::Deals, api::deal(id))
        .await?
        .flatten();
    store.write(|i| i.details.load_deal(id, d));
    Ok(())
}

/// The workspace's pipelines (not kept in the inbox: only the deal editor uses them).
pub async fn pipelines(store: Store) -> Result<Vec<Pipeline>, ApiError> {
    super::optional(store, Capability::Deals, api::pipelines())
        .await
        .map(Option::unwrap_or_default)
}

/// Creates or replaces conversation `id`'s deal; the stored deal goes into
/// `Inbox::details` at once.
pub async fn put_deal(
    store: Store,
    id: ConversationId,
    body: DealUpdate,
) -> Result<Deal, ApiError> {
    let deal = api::put_deal(id, &body).await?;
    store.write(|i| i.details.load_deal(id, Some(deal.clone())));
    Ok(deal)
}

/// Loads contact `contact`'s tasks into `Inbox::details`.
pub async fn load_tasks(store: Store, contact: ContactId) -> Result<(), ApiError> {
    let t = api::tasks(contact).await?;
    store.write(|i| i.details.load_tasks(contact, t));
    Ok(())
}

/// Adds a task for `contact`; the task the server made goes into the inbox.
pub async fn add_task(store: Store, contact: ContactId, body: NewTask) -> Result<Task, ApiError> {
    let task = api::add_task(contact, &body).await?;
    store.write(|i| i.apply(&Event::TaskUpdated { task: task.clone() }));
    Ok(task)
}

/// Changes task `id` (marks it done or not done); the server's task goes into the inbox.
pub async fn update_task(store: Store, id: TaskId, body: TaskUpdate) -> Result<Task, ApiError> {
    let task = api::update_task(id, &body).await?;
    store.write(|i| i.apply(&Event::TaskUpdated { task: task.clone() }));
    Ok(task)
}

/// Loads contact `contact`'s notes into `Inbox::details`.
pub async fn load_notes(store: Store, contact: ContactId) -> Result<(), ApiError> {
    let n = api::notes(contact).await?;
    store.write(|i| i.details.load_notes(contact, n));
    Ok(())
}

/// Adds a note on `contact`; the stored note goes into the inbox.
pub async fn add_note(
    store: Store,
    contact: ContactId,
    body: NewNote,
) -> Result<ContactNote, ApiError> {
    let note = api::add_note(contact, &body).await?;
    store.write(|i| i.apply(&Event::NoteCreated { note: note.clone() }));
    Ok(note)
}

/// Loads conversation `id`'s reminders into `Inbox::details`.
pub async fn load_reminders(store: Store, id: ConversationId) -> Result<(), ApiError> {
    let r = api::reminders(id).await?;
    store.write(|i| i.details.load_reminders(id, r));
    Ok(())
}

/// Sets a reminder about conversation `id`; the stored reminder goes into the inbox.
pub async fn add_reminder(
    store: Store,
    id: ConversationId,
    body: NewReminder,
) -> Result<Reminder, ApiError> {
    let reminder = api::add_reminder(id, &body).await?;
    store.write(|i| {
        i.apply(&Event::ReminderCreated {
            reminder: reminder.clone(),
        })
    });
    Ok(reminder)
}

/// Loads the calendar events linked to conversation `id` into `Inbox::details`.
pub async fn load_calendar(store: Store, id: ConversationId) -> Result<(), ApiError> {
    let c = api::calendar(id).await?;
    store.write(|i| i.details.load_calendar(id, c));
    Ok(())
}

/// Adds a calendar event linked to conversation `id`; the stored event goes into the
/// inbox.
pub async fn add_calendar_event(
    store: Store,
    id: ConversationId,
    body: NewCalendarEvent,
) -> Result<CalendarEvent, ApiError> {
    let event = api::add_calendar_event(id, &body).await?;
    store.write(|i| {
        i.apply(&Event::CalendarEventCreated {
            event: event.clone(),
        })
    });
    Ok(event)
}

/// The shortcut automations an agent can run (not kept in the inbox: the running ones
/// travel on the conversation record).
pub async fn automations(store: Store) -> Result<Vec<Automation>, ApiError> {
    super::optional(store, Capability::Automations, api::automations())
        .await
        .map(Option::unwrap_or_default)
}

/// The record of conversation `id` as the list has it, live (assignee, operators, bot,
/// running automations, deal brief, CRM link): one memo per panel section, so a change
/// elsewhere in the inbox re-renders nothing here.
pub fn summary(store: Store, id: ConversationId) -> Memo<Option<ConversationSummary>> {
    Memo::new(move |_| store.inbox().with(|i| i.conversations.get(id).cloned()))
}
