//! Canned replies, approved templates, variables, uploads and outbound threads.
//!
//! | method | path | body | answer |
//! |---|---|---|---|
//! | GET | `/templates?channel&q` | | `Vec<`[`Template`]`>` |
//! | GET | `/variables` | | `Vec<`[`Variable`]`>` |
//! | POST | `/uploads?name=` | the file's bytes | [`Upload`] |
//! | GET | `/uploads/{id}` | | the bytes (`Content-Disposition`, `nosniff`) |
//! | POST | `/outbound` | [`OutboundRequest`] | [`OutboundResult`] |

use crate::ids::{ClientMsgId, ContactId, TemplateId, UploadId};
use crate::model::{Attachment, AttachmentKind, Channel, ConversationSummary, Message};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A canned reply (any time) or an approved template (the only thing a channel accepts
/// after its messaging window closed; WhatsApp and Viber).
///
/// Texts may hold variables, `{{contact.first_name}}` (see [`Variable`]), resolved by the
/// server when sent; approved templates also hold numbered parameters `{{1}}`, `{{2}}`
/// filled from [`TemplateUse::params`].
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Template {
    /// Its id.
    pub id: TemplateId,
    /// Its name (what `/` searches).
    pub name: String,
    /// The text.
    pub text: String,
    /// Files sent with it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
    /// Channels it may be used on (empty: all).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
    /// Approved by the network: usable after the messaging window closed.
    #[serde(default)]
    pub approved: bool,
    /// Names of the numbered parameters, in order (`["order number"]` for `{{1}}`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub params: Vec<String>,
    /// Its language (BCP 47).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// A template chosen for a message.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateUse {
    /// Which.
    pub template_id: TemplateId,
    /// Values of its numbered parameters, by number (`{"1": "48213"}`).
    #[serde(default)]
    pub params: BTreeMap<String, String>,
}

/// A variable that texts may use.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variable {
    /// Its key, used as `{{key}}` (`"contact.first_name"`).
    pub key: String,
    /// Its label (`"Contact first name"`).
    pub label: String,
}

/// An uploaded file, ready to attach to a message.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Upload {
    /// Its id (what `SendMessage::attachments` lists).
    pub id: UploadId,
    /// File name as given.
    pub name: String,
    /// Size in bytes.
    pub size: u64,
    /// MIME type as detected.
    pub mime: String,
    /// How it will be shown.
    pub kind: AttachmentKind,
    /// Signed download path.
    pub url: String,
}

/// Body of `POST /outbound`: writes first, to an existing or a new contact.
///
/// Refused with `conflict` when the contact is blocked, or already has an open
/// conversation on a channel other than email; with `invalid` when the workspace requires
/// tags on outbound threads and none is given, or when there is nothing to send.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboundRequest {
    /// The contact (found with `GET /contacts?q=` or made with `POST /contacts`).
    pub contact_id: ContactId,
    /// The channel to write on.
    pub channel: Channel,
    /// Idempotency key, as for [`crate::SendMessage`].
    pub client_id: ClientMsgId,
    /// Text (may be empty with files or a template).
    #[serde(default)]
    pub text: String,
    /// Uploaded files.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<UploadId>,
    /// A template (WhatsApp and Viber).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<TemplateUse>,
    /// Email subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Tags for the new thread.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Assign the new thread to me.
    #[serde(default)]
    pub assign_to_me: bool,
}

/// Answer of `POST /outbound`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutboundResult {
    /// The conversation written in.
    pub conversation: ConversationSummary,
    /// The message sent.
    pub message: Message,
}
