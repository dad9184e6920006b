//! `GET /pipelines`, `GET|PUT /conversations/{id}/deal`, `GET|POST /contacts/{id}/tasks`,
//! `PATCH /tasks/{id}`, `GET|POST /conversations/{id}/reminders` and
//! `GET|POST /conversations/{id}/calendar-events`. The rules live in `db::deals` and
//! `db::tasks`; these handlers only extract, run and answer (201 on creation).

use super::extract::{ConversationPath, JsonBody};
use super::paths::{ContactPath, TaskPath};
use crate::auth::CurrentAgent;
use crate::db::{conversations, deals, schedule, tasks};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use switchboard_protocol::{
    CalendarEvent, Deal, DealUpdate, NewCalendarEvent, NewReminder, NewTask, Pipeline, Reminder,
    Task, TaskUpdate,
};

/// Every pipeline.
pub async fn pipelines(
    State(state): State<AppState>,
    _: CurrentAgent,
) -> AppResult<Json<Vec<Pipeline>>> {
    state
        .run(|conn, _| Ok(deals::pipelines(conn)?))
        .await
        .map(Json)
}

/// The conversation's deal: `null` when it has none ("no deal" is an answer, not an
/// error); 404 only for an unknown conversation.
pub async fn deal(
    State(state): State<AppState>,
    _: CurrentAgent,
    ConversationPath(id): ConversationPath,
) -> AppResult<Json<Option<Deal>>> {
    state
        .run(move |conn, _| {
            if conversations::summary(conn, id)?.is_none() {
                return Err(AppError::not_found("no such conversation"));
            }
            Ok(deals::get(conn, id)?)
        })
        .await
        .map(Json)
}

/// Creates or replaces the deal.
pub async fn put_deal(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    ConversationPath(id): ConversationPath,
    JsonBody(body): JsonBody<DealUpdate>,
) -> AppResult<Json<Deal>> {
    state
        .run(move |conn, hub| deals::put(conn, hub, &agent, id, &body))
        .await
        .map(Json)
}

/// The contact's tasks by due time.
pub async fn tasks(
    State(state): State<AppState>,
    _: CurrentAgent,
    ContactPath(id): ContactPath,
) -> AppResult<Json<Vec<Task>>> {
    state
        .run(move |conn, _| Ok(tasks::tasks(conn, id)?))
        .await?
        .map(Json)
        .ok_or_else(|| AppError::not_found("no such contact"))
}

/// Creates a task: 201.
pub async fn add_task(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    ContactPath(id): ContactPath,
    JsonBody(body): JsonBody<NewTask>,
) -> AppResult<(StatusCode, Json<Task>)> {
    let task = state
        .run(move |conn, hub| tasks::add_task(conn, hub, &agent, id, &body))
        .await?;
    Ok((StatusCode::CREATED, Json(task)))
}

/// Changes a task.
pub async fn update_task(
    State(state): State<AppState>,
    _: CurrentAgent,
    TaskPath(id): TaskPath,
    JsonBody(body): JsonBody<TaskUpdate>,
) -> AppResult<Json<Task>> {
    state
        .run(move |conn, hub| tasks::update_task(conn, hub, id, &body))
        .await
        .map(Json)
}

/// The conversation's reminders by time.
pub async fn reminders(
    State(state): State<AppState>,
    _: CurrentAgent,
    ConversationPath(id): ConversationPath,
) -> AppResult<Json<Vec<Reminder>>> {
    state
        .run(move |conn, _| Ok(schedule::reminders(conn, id)?))
        .await?
        .map(Json)
        .ok_or_else(|| AppError::not_found("no such conversation"))
}

/// Sets a reminder: 201.
pub async fn add_reminder(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    ConversationPath(id): ConversationPath,
    JsonBody(body): JsonBody<NewReminder>,
) -> AppResult<(StatusCode, Json<Reminder>)> {
    let reminder = state
        .run(move |conn, hub| schedule::add_reminder(conn, hub, &agent, id, &body))
        .await?;
    Ok((StatusCode::CREATED, Json(reminder)))
}

/// The conversation's calendar events by start.
pub async fn calendar(
    State(state): State<AppState>,
    _: CurrentAgent,
    ConversationPath(id): ConversationPath,
) -> AppResult<Json<Vec<CalendarEvent>>> {
    state
        .run(move |conn, _| Ok(schedule::calendar(conn, id)?))
        .await?
        .map(Json)
        .ok_or_else(|| AppError::not_found("no such conversation"))
}

/// Adds a calendar event: 201.
pub async fn add_calendar_event(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    ConversationPath(id): ConversationPath,
    JsonBody(body): JsonBody<NewCalendarEvent>,
) -> AppResult<(StatusCode, Json<CalendarEvent>)> {
    let event = state
        .run(move |conn, hub| schedule::add_calendar_event(conn, hub, &agent, id, &body))
        .await?;
    Ok((StatusCode::CREATED, Json(event)))
}
