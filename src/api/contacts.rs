//! REST calls of the contact card: `PATCH /contacts/{id}`, `GET /custom-fields` and
//! `PUT /contacts/{id}/crm/{system}/{key}`. Each answers the whole contact as the server
//! now has it (masked for this agent), which is what the card then shows.

use super::http::{get_json, send_json};
use super::ApiError;
use gloo_net::http::Method;
use switchboard_core::crm_links::encode_component;
use switchboard_protocol::{Contact, ContactId, ContactPatch, CrmPropertyUpdate, CustomFieldDef};

/// `PATCH /contacts/{id}`: changes the fields present in `patch`, all or nothing.
pub async fn patch_contact(id: ContactId, patch: &ContactPatch) -> Result<Contact, ApiError> {
    send_json(Method::PATCH, &format!("/contacts/{id}"), patch).await
}

/// `GET /custom-fields`: the custom field definitions of the workspace.
pub async fn custom_fields() -> Result<Vec<CustomFieldDef>, ApiError> {
    get_json("/custom-fields").await
}

/// `PUT /contacts/{id}/crm/{system}/{key}`: sets a CRM property, or restores the value the
/// CRM last sent when `value` is `None`.
pub async fn set_crm_property(
    id: ContactId,
    system: &str,
    key: &str,
    value: Option<String>,
) -> Result<Contact, ApiError> {
    let path = format!(
        "/contacts/{id}/crm/{}/{}",
        encode_component(system),
        encode_component(key)
    );
    send_json(Method::PUT, &path, &CrmPropertyUpdate { value }).await
}
