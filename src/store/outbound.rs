//! Commands of `New message`: find a client, create one, and start a conversation with
//! them (the first message goes out with it).

use super::{ApiError, Store};
use crate::api;
use switchboard_protocol::{Contact, ContactMatch, ConversationId, NewContact, OutboundRequest};

/// The clients matching `q` (name, phone, email, external id or username).
pub async fn find_clients(q: &str) -> Result<Vec<ContactMatch>, ApiError> {
    Ok(api::search_contacts(q.trim()).await?.items)
}

/// Creates a client.
pub async fn create_client(body: NewContact) -> Result<Contact, ApiError> {
    api::create_contact(&body).await
}

/// Starts the conversation; the inbox takes it and its first message at once.
pub async fn start(store: Store, body: OutboundRequest) -> Result<ConversationId, ApiError> {
    let r = api::start_outbound(&body).await?;
    let id = r.conversation.id;
    store.write(|i| {
        i.upsert_conversation(r.conversation);
        i.add_message(r.message);
    });
    Ok(id)
}
