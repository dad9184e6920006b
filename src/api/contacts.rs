//! REST calls of the contact card: `PATCH /contacts/{id}`, `GET /custom-fields` and
//! `PUT /contacts/{id}/crm/{system}/{key}`. Each answers the whole contact as the server
//! now has it (masked for this agent), which is what the card then shows.

use super::http::{authorised, decode, get_json, url};
use super::ApiError;
use gloo_net::http::Request;
use switchboard_core::crm_links::encode_component;
use switchboard_protocol::{Contact, ContactId, ContactPatch, CrmPropertyUpdate, CustomFieldDef};

/// `PATCH /contacts/{id}`: changes the fields present in `patch`, all or nothing.
pub async fn patch_contact(id: ContactId, patch: &ContactPatch) -> Result<Contact, ApiError> {
    let req = authorised(Request::patch(&url(&format!("/contacts/{id}"))))
        .json(patch)
        .map_err(|e| ApiError::BadResponse(e.to_string()))?;
    decode(req.send().await).await
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
    let req = authorised(Request::put(&url(&path)))
        .json(&CrmPropertyUpdate { value })
        .map_err(|e| ApiError::BadResponse(e.to_string()))?;
    decode(req.send().await).await
}
