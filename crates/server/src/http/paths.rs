//! Path extractors for the contact and task endpoints: a non-numeric id is a 400
//! `bad_request` body, never axum's plain-text rejection.

use crate::error::AppError;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use switchboard_protocol::{ContactId, TaskId};

async fn segments<S: Send + Sync>(parts: &mut Parts, state: &S) -> Result<Vec<String>, AppError> {
    let Path(raw) = Path::<Vec<(String, String)>>::from_request_parts(parts, state)
        .await
        .map_err(|e| AppError::bad_request(e.body_text()))?;
    Ok(raw.into_iter().map(|(_, v)| v).collect())
}

fn number(raw: Option<&String>, what: &str) -> Result<i64, AppError> {
    raw.and_then(|r| r.parse().ok())
        .ok_or_else(|| AppError::bad_request(format!("{what} id must be a number")))
}

/// The `{id}` of a `/contacts/{id}...` path.
pub struct ContactPath(pub ContactId);

impl<S: Send + Sync> FromRequestParts<S> for ContactPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        let raw = segments(parts, state).await?;
        Ok(ContactPath(ContactId(number(raw.first(), "contact")?)))
    }
}

/// The `{id}` of `/tasks/{id}`.
pub struct TaskPath(pub TaskId);

impl<S: Send + Sync> FromRequestParts<S> for TaskPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        let raw = segments(parts, state).await?;
        Ok(TaskPath(TaskId(number(raw.first(), "task")?)))
    }
}

/// `/contacts/{id}/crm/{system}/{key}`.
pub struct CrmPath {
    /// The contact.
    pub contact: ContactId,
    /// The CRM's name.
    pub system: String,
    /// The property's key.
    pub key: String,
}

impl<S: Send + Sync> FromRequestParts<S> for CrmPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        let raw = segments(parts, state).await?;
        let [id, system, key] = raw.as_slice() else {
            return Err(AppError::bad_request(
                "expected /contacts/{id}/crm/{system}/{key}",
            ));
        };
        Ok(CrmPath {
            contact: ContactId(number(Some(id), "contact")?),
            system: system.clone(),
            key: key.clone(),
        })
    }
}
