//! Contact details beyond the card: custom fields, CRM property groups, notes, search and
//! creation.
//!
//! | method | path | body | answer |
//! |---|---|---|---|
//! | GET | `/contacts/{id}` | | [`crate::Contact`] |
//! | PATCH | `/contacts/{id}` | [`ContactPatch`] | [`crate::Contact`] |
//! | GET | `/custom-fields` | | `Vec<`[`CustomFieldDef`]`>` |
//! | PUT | `/contacts/{id}/crm/{system}/{key}` | [`CrmPropertyUpdate`] | [`crate::Contact`] |
//! | GET | `/contacts?q=` | | [`ContactSearch`] |
//! | POST | `/contacts` | [`NewContact`] | [`crate::Contact`] |
//! | GET, POST | `/contacts/{id}/notes` | [`NewNote`] | `Vec<`[`ContactNote`]`>`, [`ContactNote`] |

use crate::ids::{AgentId, ContactId, ConversationId, CustomFieldId, NoteId};
use crate::model::{Channel, ContactBrief};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// An id of the contact on a messaging network.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessengerId {
    /// The network.
    pub channel: Channel,
    /// The id or username there (`"@olena_k"`, `"538201117"`).
    pub id: String,
}

/// A channel the contact can be reached on.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactChannel {
    /// The network.
    pub channel: Channel,
    /// The address there (phone, email, username).
    pub address: String,
    /// When the network's messaging window closes (absent: no window, e.g. email). After
    /// it only approved templates can be sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window_closes_at: Option<DateTime<Utc>>,
}

/// The type of a custom field, with its choices for lists.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FieldKind {
    /// Free text.
    Text,
    /// A decimal number.
    Number,
    /// A calendar date.
    Date,
    /// One of fixed options.
    List {
        /// The options.
        options: Vec<String>,
    },
    /// Yes or no.
    Checkbox,
    /// An http(s) URL.
    Link,
}

/// A custom contact field's definition.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomFieldDef {
    /// Its id.
    pub id: CustomFieldId,
    /// Its label.
    pub name: String,
    /// Its type.
    pub kind: FieldKind,
}

/// A custom field's value, typed like its definition.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum FieldValue {
    /// Free text.
    Text(String),
    /// A decimal number as a string (`"1250.50"`), so no precision is lost on the way.
    Number(String),
    /// A date.
    Date(NaiveDate),
    /// One of the list's options.
    List(String),
    /// Yes or no.
    Checkbox(bool),
    /// An http(s) URL.
    Link(String),
}

/// A custom field's value on a contact.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomValue {
    /// The field.
    pub field: CustomFieldId,
    /// Its value.
    pub value: FieldValue,
}

/// A property of a contact's record in an external CRM.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CrmProperty {
    /// Its key in the CRM (`"lifecyclestage"`).
    pub key: String,
    /// Its label (`"Lifecycle stage"`).
    pub label: String,
    /// The current value.
    pub value: String,
    /// The value as the CRM last sent it (what "restore" goes back to).
    pub original: String,
    /// Whether agents may edit it (email and phone never are).
    pub editable: bool,
}

/// A contact's properties in one external CRM.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CrmGroup {
    /// The CRM's name (`"HubSpot"`), also its key in paths.
    pub system: String,
    /// The record's page in that CRM.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_url: Option<String>,
    /// Its properties.
    pub properties: Vec<CrmProperty>,
}

/// Body of `PUT /contacts/{id}/crm/{system}/{key}`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CrmPropertyUpdate {
    /// The new value; absent restores the original.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// Body of `PATCH /contacts/{id}`: only the fields present change; an empty string
/// clears an optional field. Invalid values (a malformed email, a number field with
/// text...) are refused with `invalid`, naming the field, and nothing is saved.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactPatch {
    /// New name (not empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// New email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// New phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// New country (ISO 3166 alpha-2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The new tag list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// The new responsible manager (0 clears).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<AgentId>,
    /// Custom values to set.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub custom: Vec<CustomValue>,
    /// Custom fields to clear.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub clear_custom: Vec<CustomFieldId>,
}

/// Which attribute a contact search matched.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchedBy {
    /// The name.
    Name,
    /// The phone number.
    Phone,
    /// The email.
    Email,
    /// The external id.
    ExternalId,
    /// A messenger username or id.
    Username,
}

/// One result of `GET /contacts?q=`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactMatch {
    /// The contact.
    pub contact: ContactBrief,
    /// What matched.
    pub matched_by: MatchedBy,
    /// Channels the contact can be written on.
    pub channels: Vec<Channel>,
    /// The contact's open conversation, if any (an outbound thread cannot start beside it,
    /// except by email).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_conversation: Option<ConversationId>,
    /// The contact is blocked (no outbound possible).
    #[serde(default)]
    pub blocked: bool,
}

/// Answer of `GET /contacts?q=`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactSearch {
    /// Best matches first (at most 20).
    pub items: Vec<ContactMatch>,
}

/// Body of `POST /contacts`: a new client by phone or email (at least one).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewContact {
    /// Name (defaults to the phone or email).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Phone in international format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// A note on a contact.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactNote {
    /// Its id.
    pub id: NoteId,
    /// The contact.
    pub contact_id: ContactId,
    /// Who wrote it.
    pub author: AgentId,
    /// The author's name at the time.
    pub author_name: String,
    /// The text.
    pub text: String,
    /// When.
    pub created_at: DateTime<Utc>,
}

/// Body of `POST /contacts/{id}/notes`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewNote {
    /// The text (1..=4096 characters).
    pub text: String,
}
