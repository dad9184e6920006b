//! Contacts (customers).

use crate::ids::{AgentId, ContactId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The few contact fields a chat-list row needs.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactBrief {
    /// Its id.
    pub id: ContactId,
    /// Display name.
    pub name: String,
    /// Avatar picture, when the network gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
}

/// The contact (customer) behind a conversation, as the client panel shows it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// Its id.
    pub id: ContactId,
    /// Display name.
    pub name: String,
    /// Phone number (possibly masked by the server, e.g. `"+380 •• ••• 12 34"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The customer's account on the network (Telegram id, Instagram username...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handle: Option<String>,
    /// Country (ISO 3166 alpha-2, `"UA"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The language the customer writes (BCP 47).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Where the contact came from (`"Instagram ads"`, `"Website"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Tags on the contact.
    #[serde(default)]
    pub tags: Vec<String>,
    /// When the contact was created.
    pub created_at: DateTime<Utc>,
    /// The phone number is masked for this agent (calling is off, copying gives nothing).
    #[serde(default)]
    pub phone_masked: bool,
    /// Ad platform the contact came through (`"Meta"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    /// Ad campaign.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<String>,
    /// Ad set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ad_set: Option<String>,
    /// Ad.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ad: Option<String>,
    /// Ids on messaging networks (Telegram ID...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub messenger_ids: Vec<crate::contact::MessengerId>,
    /// The contact's id in an external system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// Total of sales, in minor units of `sales_currency`.
    #[serde(default)]
    pub sales_total_minor: i64,
    /// Currency of the sales total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sales_currency: Option<String>,
    /// Number of sales.
    #[serde(default)]
    pub sales_count: u32,
    /// The responsible manager.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<AgentId>,
    /// Blocked: messages from the contact are not delivered to the inbox.
    #[serde(default)]
    pub blocked: bool,
    /// Values of custom fields (definitions: `GET /custom-fields`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub custom: Vec<crate::contact::CustomValue>,
    /// Property groups from external CRMs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub crm: Vec<crate::contact::CrmGroup>,
    /// The channels the contact can be reached on, with their messaging windows.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<crate::contact::ContactChannel>,
}
