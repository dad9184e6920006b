//! `POST /conversations/{id}/messages/{mid}/retry`: a message the network refused, sent
//! again.

use super::http::post_json;
use super::ApiError;
use switchboard_protocol::{ConversationId, Message, MessageId};

/// Puts a failed message back to `sent`; answers it in its new state (a `Conflict` when
/// it has not failed, e.g. another agent retried it first).
pub async fn retry_message(id: ConversationId, message: MessageId) -> Result<Message, ApiError> {
    post_json(
        &format!("/conversations/{id}/messages/{message}/retry"),
        &(),
    )
    .await
}
