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
    /// `429 Too Many Requests`: the same request may go again after `wait` (the answer's
    /// `Retry-After`; `None` when it gave none the app could read).
    Throttled {
        /// How long the server asked to wait.
        wait: Option<std::time::Duration>,
        /// The server's words, if its body had any.
        message: String,
    },
}

impl ApiError {
    /// Whether sending the same request again later may succeed.
    pub fn is_transient(&self) -> bool {
        match self {
            ApiError::Network(_) | ApiError::Throttled { .. } => true,
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
            ApiError::Throttled { .. } => Msg::ErrRateLimited,
            ApiError::Refused { code, .. } => code_msg(*code),
        }
    }

    /// The refusal's code, when the server answered with one.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            ApiError::Refused { code, .. } => Some(*code),
            ApiError::Throttled { .. } => Some(ErrorCode::RateLimited),
            _ => None,
        }
    }

    /// The server's own words, when it gave any: English, for whoever runs the server
    /// (a provider's name, a flag such as `--ai-url`). Shown as detail under the
    /// translated headline of [`ApiError::msg`], never instead of it.
    pub fn detail(&self) -> Option<&str> {
        match self {
            ApiError::Refused { message, .. } | ApiError::Throttled { message, .. } => {
                Some(message)
            }
            ApiError::Network(d) | ApiError::BadResponse(d) => Some(d),
            ApiError::Unauthorized => None,
        }
    }
}

/// The translated headline for a refusal's code.
pub fn code_msg(code: ErrorCode) -> Msg {
    match code {
        ErrorCode::Forbidden => Msg::ErrForbidden,
        ErrorCode::NotFound => Msg::ErrNotFound,
        ErrorCode::Invalid | ErrorCode::BadRequest | ErrorCode::TooLarge => Msg::ErrInvalid,
        ErrorCode::Conflict => Msg::ErrConflict,
        ErrorCode::Unauthorized => Msg::ErrUnauthorized,
        ErrorCode::RateLimited => Msg::ErrRateLimited,
        // No or failing provider: a sentence of its own; the server's message, shown below
        // it as detail, names the provider (and, for whoever runs the server, the flag
        // that sets it up). Never the headline.
        ErrorCode::Unavailable => Msg::ErrUnavailable,
        ErrorCode::Internal | ErrorCode::Other => Msg::ErrServer,
    }
}
