//! REST calls of the workspace's settings: `PUT /settings/closing-notes` (supervisors and
//! admins; the server refuses others with 403).

use super::http::{authorised, decode, url};
use super::ApiError;
use gloo_net::http::Request;
use switchboard_protocol::{ClosingNotes, ClosingNotesUpdate, Settings};

/// `PUT /settings/closing-notes`: whether closing a conversation asks for a note. Answers
/// the workspace's settings as they now are.
pub async fn set_closing_notes(policy: ClosingNotes) -> Result<Settings, ApiError> {
    let req = authorised(Request::put(&url("/settings/closing-notes")))
        .json(&ClosingNotesUpdate {
            closing_notes: policy,
        })
        .map_err(|e| ApiError::BadResponse(e.to_string()))?;
    decode(req.send().await).await
}
