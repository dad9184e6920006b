//! REST calls of the client panel's deal, tasks, notes, reminders, calendar events and
//! automations, and of `New message` (contact search and creation, outbound threads).
//! Routes and rules: `switchboard_protocol::deal`, `contact` and `template`.

use super::http::{get_json, post_json, send_json};
use super::ApiError;
use gloo_net::http::Method;
use switchboard_protocol::{
    Automation, CalendarEvent, Contact, ContactId, ContactNote, ContactSearch, ConversationId,
    Deal, DealUpdate, ErrorCode, NewCalendarEvent, NewContact, NewNote, NewReminder, NewTask,
    OutboundRequest, OutboundResult, Pipeline, Reminder, Task, TaskId, TaskUpdate,
};

/// `GET /pipelines`.
pub async fn pipelines() -> Result<Vec<Pipeline>, ApiError> {
    get_json("/pipelines").await
}

/// `GET /conversations/{id}/deal`: `None` when the conversation has no deal: a `null`
/// body, or the 404 of backends written before that was settled (the panel only asks for
/// the open conversation, so a 404 is about the deal).
pub async fn deal(id: ConversationId) -> Result<Option<Deal>, ApiError> {
    match get_json::<Option<Deal>>(&format!("/conversations/{id}/deal")).await {
        Err(ApiError::Refused {
            code: ErrorCode::NotFound,
            ..
        }) => Ok(None),
        other => other,
    }
}

/// `PUT /conversations/{id}/deal`: creates or replaces it, all or nothing.
pub async fn put_deal(id: ConversationId, body: &DealUpdate) -> Result<Deal, ApiError> {
    send_json(Method::PUT, &format!("/conversations/{id}/deal"), body).await
}

/// `GET /contacts/{id}/tasks`.
pub async fn tasks(contact: ContactId) -> Result<Vec<Task>, ApiError> {
    get_json(&format!("/contacts/{contact}/tasks")).await
}

/// `POST /contacts/{id}/tasks`.
pub async fn add_task(contact: ContactId, body: &NewTask) -> Result<Task, ApiError> {
    post_json(&format!("/contacts/{contact}/tasks"), body).await
}

/// `PATCH /tasks/{id}`.
pub async fn update_task(id: TaskId, body: &TaskUpdate) -> Result<Task, ApiError> {
    send_json(Method::PATCH, &format!("/tasks/{id}"), body).await
}

/// `GET /contacts/{id}/notes`.
pub async fn notes(contact: ContactId) -> Result<Vec<ContactNote>, ApiError> {
    get_json(&format!("/contacts/{contact}/notes")).await
}

/// `POST /contacts/{id}/notes`.
pub async fn add_note(contact: ContactId, body: &NewNote) -> Result<ContactNote, ApiError> {
    post_json(&format!("/contacts/{contact}/notes"), body).await
}

/// `GET /conversations/{id}/reminders`.
pub async fn reminders(id: ConversationId) -> Result<Vec<Reminder>, ApiError> {
    get_json(&format!("/conversations/{id}/reminders")).await
}

/// `POST /conversations/{id}/reminders`.
pub async fn add_reminder(id: ConversationId, body: &NewReminder) -> Result<Reminder, ApiError> {
    post_json(&format!("/conversations/{id}/reminders"), body).await
}

/// `GET /conversations/{id}/calendar-events`.
pub async fn calendar(id: ConversationId) -> Result<Vec<CalendarEvent>, ApiError> {
    get_json(&format!("/conversations/{id}/calendar-events")).await
}

/// `POST /conversations/{id}/calendar-events`.
pub async fn add_calendar_event(
    id: ConversationId,
    body: &NewCalendarEvent,
) -> Result<CalendarEvent, ApiError> {
    post_json(&format!("/conversations/{id}/calendar-events"), body).await
}

/// `GET /automations`: the shortcut automations an agent can run.
pub async fn automations() -> Result<Vec<Automation>, ApiError> {
    get_json("/automations").await
}

/// `GET /contacts?q=`: clients by name, phone, email, external id or username.
pub async fn search_contacts(q: &str) -> Result<ContactSearch, ApiError> {
    let q = js_sys::encode_uri_component(q);
    get_json(&format!("/contacts?q={q}")).await
}

/// `POST /contacts`: a new client by phone or email.
pub async fn create_contact(body: &NewContact) -> Result<Contact, ApiError> {
    post_json("/contacts", body).await
}

/// `POST /outbound`: writes first (idempotent on the client id).
pub async fn start_outbound(body: &OutboundRequest) -> Result<OutboundResult, ApiError> {
    post_json("/outbound", body).await
}
