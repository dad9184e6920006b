//! What can go wrong talking to the backend, in terms the UI can act on.

use crate::i18n::Msg;
use switchboard_protocol::ErrorCode;

/// A failed call.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// The request did not get an answer (offline, server down, CORS): worth retrying.
    Network(String),
    /// The token is missing, expired or refused: sign in again.
    Unauthorized,
    /// The server answered with an error body.
    Refused {
        /// Its code.
        code: ErrorCode,
        /// Its explanation.
        message: String,
    },
    /// The answer could not be decoded (a backend that does not follow the protocol).
    BadResponse(String),
}

impl ApiError {
    /// Whether sending the same request again later may succeed.
    pub fn is_transient(&self) -> bool {
        match self {
            ApiError::Network(_) => true,
            ApiError::Refused { code, .. } => *code == ErrorCode::Internal,
            ApiError::Unauthorized | ApiError::BadResponse(_) => false,
        }
    }

    /// The translated headline for this error.
    pub fn msg(&self) -> Msg {
        match self {
            ApiError::Network(_) => Msg::ErrNetwork,
            ApiError::Unauthorized => Msg::ErrUnauthorized,
            ApiError::BadResponse(_) => Msg::ErrBadResponse,
            ApiError::Refused { code, .. } => match code {
                ErrorCode::Forbidden => Msg::ErrForbidden,
                ErrorCode::NotFound => Msg::ErrNotFound,
                ErrorCode::Invalid | ErrorCode::BadRequest | ErrorCode::TooLarge => Msg::ErrInvalid,
                ErrorCode::Conflict => Msg::ErrConflict,
                ErrorCode::Unauthorized => Msg::ErrUnauthorized,
                ErrorCode::RateLimited => Msg::ErrRateLimited,
                // `Unavailable` (no or failing provider): the server's message, shown as
                // detail, says which provider.
                ErrorCode::Internal | ErrorCode::Unavailable | ErrorCode::Other => Msg::ErrServer,
            },
        }
    }

    /// The server's own words, when it gave any (shown as detail).
    pub fn detail(&self) -> Option<&str> {
        match self {
            ApiError::Refused { message, .. } => Some(message),
            ApiError::Network(d) | ApiError::BadResponse(d) => Some(d),
            ApiError::Unauthorized => None,
        }
    }
}
