//! Commands on one conversation's messages that are not sends (those are the outbox's):
//! search inside the conversation.

use super::{ApiError, Store};
use crate::api;
use switchboard_protocol::{ConversationId, MessageId};

/// The ids of the messages of `id` that match `q`, oldest first. A failure is a notice
/// as well as the answer.
pub async fn search(store: Store, id: ConversationId, q: &str) -> Result<Vec<MessageId>, ApiError> {
    let found = api::search_messages(id, q)
        .await
        .inspect_err(|e| store.warn_error(e))?;
    Ok(found.hits.iter().map(|h| h.id).collect())
}
