//! REST calls of the workspace's settings: `PUT /settings/closing-notes` (supervisors and
//! admins; the server refuses others with 403).

use super::http::send_json;
use super::ApiError;
use gloo_net::http::Method;
use switchboard_protocol::{ClosingNotes, ClosingNotesUpdate, Settings};

/// `PUT /settings/closing-notes`: whether closing a conversation asks for a note. Answers
/// the workspace's settings as they now are.
pub async fn set_closing_notes(policy: ClosingNotes) -> Result<Settings, ApiError> {
    let body = ClosingNotesUpdate {
        closing_notes: policy,
    };
    send_json(Method::PUT, "/settings/closing-notes", &body).await
}
