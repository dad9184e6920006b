//! `GET|PATCH /contacts/{id}`, `GET /custom-fields`, `PUT /contacts/{id}/crm/{system}/{key}`
//! and `GET|POST /contacts/{id}/notes`.
//!
//! Invariant: every contact that leaves here goes through [`mask_contact`] for the
//! requesting agent, so a masked phone never leaves unmasked.

use super::extract::JsonBody;
use super::paths::{ContactPath, CrmPath};
use crate::auth::CurrentAgent;
use crate::db::{contacts, crm, settings};
use crate::error::{AppError, AppResult};
use crate::mask::mask_contact;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use switchboard_protocol::{
    Contact, ContactNote, ContactPatch, CrmPropertyUpdate, CustomFieldDef, NewNote,
};

/// One contact, masked for the agent.
pub async fn get(
    State(state): State<AppState>,
    agent: CurrentAgent,
    ContactPath(id): ContactPath,
) -> AppResult<Json<Contact>> {
    let perms = agent.permissions();
    state
        .run(move |conn, _| {
            let contact =
                contacts::load(conn, id)?.ok_or_else(|| AppError::not_found("no such contact"))?;
            Ok(mask_contact(contact, perms, &settings::load(conn)?))
        })
        .await
        .map(Json)
}

/// Changes fields, tags, the responsible manager and custom values; all or nothing.
pub async fn patch(
    State(state): State<AppState>,
    agent: CurrentAgent,
    ContactPath(id): ContactPath,
    JsonBody(body): JsonBody<ContactPatch>,
) -> AppResult<Json<Contact>> {
    let perms = agent.permissions();
    state
        .run(move |conn, hub| {
            let contact = contacts::patch(conn, hub, id, &body)?;
            Ok(mask_contact(contact, perms, &settings::load(conn)?))
        })
        .await
        .map(Json)
}

/// The custom field definitions.
pub async fn custom_fields(
    State(state): State<AppState>,
    _: CurrentAgent,
) -> AppResult<Json<Vec<CustomFieldDef>>> {
    state
        .run(|conn, _| Ok(crm::definitions(conn)?))
        .await
        .map(Json)
}

/// Sets or restores one CRM property (read-only ones: 409).
pub async fn crm_property(
    State(state): State<AppState>,
    agent: CurrentAgent,
    path: CrmPath,
    JsonBody(body): JsonBody<CrmPropertyUpdate>,
) -> AppResult<Json<Contact>> {
    let perms = agent.permissions();
    state
        .run(move |conn, hub| {
            let contact =
                crm::set_property(conn, hub, path.contact, &path.system, &path.key, &body)?;
            Ok(mask_contact(contact, perms, &settings::load(conn)?))
        })
        .await
        .map(Json)
}

/// The contact's notes, oldest first.
pub async fn notes(
    State(state): State<AppState>,
    _: CurrentAgent,
    ContactPath(id): ContactPath,
) -> AppResult<Json<Vec<ContactNote>>> {
    state
        .run(move |conn, _| Ok(crm::notes(conn, id)?))
        .await?
        .map(Json)
        .ok_or_else(|| AppError::not_found("no such contact"))
}

/// Adds a note: 201.
pub async fn add_note(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    ContactPath(id): ContactPath,
    JsonBody(body): JsonBody<NewNote>,
) -> AppResult<(StatusCode, Json<ContactNote>)> {
    let note = state
        .run(move |conn, hub| crm::add_note(conn, hub, &agent, id, &body.text))
        .await?;
    Ok((StatusCode::CREATED, Json(note)))
}
