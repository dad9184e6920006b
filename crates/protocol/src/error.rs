//! The one error body every endpoint answers with.

use serde::{Deserialize, Serialize};

/// What went wrong, as a closed set the app can translate. Unknown codes from a newer
/// server decode to [`ErrorCode::Other`].
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The body is not valid JSON or not of the expected shape (400).
    BadRequest,
    /// A field has a value the server refuses (422).
    Invalid,
    /// No token, or an unknown or expired one (401).
    Unauthorized,
    /// The agent may not do this (403).
    Forbidden,
    /// No such conversation, message or contact (404).
    NotFound,
    /// Not allowed in the current state, or the id was used for something else (409).
    Conflict,
    /// A file is too large (413).
    TooLarge,
    /// Too many tries (429): wait the seconds of the `Retry-After` header (sign-in after
    /// repeated failures).
    RateLimited,
    /// The server failed (500) or is unavailable (503).
    Internal,
    /// A provider (translation, AI) is not configured or failed (503); the message names
    /// the provider and what failed.
    Unavailable,
    /// A code this client does not know.
    #[serde(other)]
    Other,
}

/// The JSON body of every non-2xx answer: `{"code": "not_found", "message": "..."}`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    /// Machine-readable kind.
    pub code: ErrorCode,
    /// Human-readable English explanation (the app shows its own translated text by code,
    /// and this one as detail).
    pub message: String,
}

impl ApiError {
    /// Builds an error body.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }
}
