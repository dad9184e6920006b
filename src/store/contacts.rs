//! Commands of the contact card (mirroring `api/contacts.rs`): changing the contact,
//! setting or restoring a CRM property, the workspace's custom field definitions, and
//! linking the conversation to a CRM record.
//!
//! The server answers a change with the whole contact as it now has it (masked for this
//! agent); that goes into `Inbox::details` and is what the card shows. A refusal changes
//! nothing and is returned for the view to show.

use super::{ApiError, Store};
use crate::api;
use leptos::prelude::*;
use switchboard_protocol::{
    Capability, Contact, ContactId, ContactPatch, ConversationAction, ConversationId,
    CustomFieldDef,
};

/// Puts the server's contact into `Inbox::details`.
fn keep(store: Store, c: &Contact) {
    store.write(|i| _ = i.details.contacts.insert(c.id, c.clone()));
}

/// Changes the fields present in `patch`, all or nothing.
pub async fn patch_contact(
    store: Store,
    id: ContactId,
    patch: ContactPatch,
) -> Result<Contact, ApiError> {
    let c = api::patch_contact(id, &patch).await?;
    keep(store, &c);
    Ok(c)
}

/// Sets property `key` of CRM `system`, or restores the value the CRM last sent when
/// `value` is `None`.
pub async fn set_crm_property(
    store: Store,
    id: ContactId,
    system: String,
    key: String,
    value: Option<String>,
) -> Result<Contact, ApiError> {
    let c = api::set_crm_property(id, &system, &key, value).await?;
    keep(store, &c);
    Ok(c)
}

/// The workspace's custom field definitions (none when the backend has no custom fields).
pub async fn custom_fields(store: Store) -> Result<Vec<CustomFieldDef>, ApiError> {
    super::optional(store, Capability::CustomFields, api::custom_fields())
        .await
        .map(Option::unwrap_or_default)
}

/// Links conversation `id` to a CRM record or unlinks it (`LinkCrm`, `UnlinkCrm`); the
/// record in the server's answer goes into the inbox. Unlike `conversations::act` a
/// refusal shows no notice (the panel shows it beside the control), and a conversation
/// gone meanwhile (deleted) is left to its own event.
pub async fn set_crm_link(
    store: Store,
    id: ConversationId,
    action: ConversationAction,
) -> Result<(), ApiError> {
    if let Some(c) = api::act(id, &action).await? {
        store.write(|i| i.upsert_conversation(c));
    }
    Ok(())
}

/// The card of contact `id` as `Inbox::details` has it, live.
pub fn contact(store: Store, id: ContactId) -> Memo<Option<Contact>> {
    Memo::new(move |_| store.inbox().with(|i| i.details.contacts.get(&id).cloned()))
}

/// The card of conversation `id`'s contact, live (absent until the detail is loaded).
pub fn contact_of(store: Store, id: ConversationId) -> Memo<Option<Contact>> {
    Memo::new(move |_| {
        store.inbox().with(|i| {
            let c = i.conversations.get(id)?;
            i.details.contacts.get(&c.contact.id).cloned()
        })
    })
}
