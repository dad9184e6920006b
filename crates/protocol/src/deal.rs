//! Deals, tasks, reminders and calendar events.
//!
//! | method | path | body | answer |
//! |---|---|---|---|
//! | GET | `/pipelines` | | `Vec<`[`Pipeline`]`>` |
//! | GET | `/conversations/{id}/deal` | | [`Deal`] (404 when none) |
//! | PUT | `/conversations/{id}/deal` | [`DealUpdate`] | [`Deal`] |
//! | GET, POST | `/contacts/{id}/tasks` | [`NewTask`] | `Vec<`[`Task`]`>`, [`Task`] |
//! | PATCH | `/tasks/{id}` | [`TaskUpdate`] | [`Task`] |
//! | GET, POST | `/conversations/{id}/reminders` | [`NewReminder`] | `Vec<`[`Reminder`]`>`, [`Reminder`] |
//! | GET, POST | `/conversations/{id}/calendar-events` | [`NewCalendarEvent`] | `Vec<`[`CalendarEvent`]`>`, [`CalendarEvent`] |

use crate::ids::{
    AgentId, CalendarEventId, ContactId, ConversationId, PipelineId, ReminderId, TaskId,
};
use crate::model::Channel;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A sales pipeline and its stages, in order.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pipeline {
    /// Its id.
    pub id: PipelineId,
    /// Its name.
    pub name: String,
    /// Stage names, first to last.
    pub stages: Vec<String>,
}

/// The deal of a conversation.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deal {
    /// The conversation it belongs to.
    pub conversation_id: ConversationId,
    /// Its pipeline.
    pub pipeline: PipelineId,
    /// Its stage on the pipeline.
    pub stage: String,
    /// Support line, 1 or 2.
    pub line: u8,
    /// The channel the deal came through.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// Amount in minor units.
    pub amount_minor: i64,
    /// ISO 4217 currency.
    pub currency: String,
}

/// Body of `PUT /conversations/{id}/deal`: creates or replaces the deal. The stage must be
/// one of the pipeline's, the line 1 or 2, the amount not negative. A change adds one
/// activity entry (`deal_stage` when the deal is new or its stage moves, else `deal_changed`).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealUpdate {
    /// Pipeline.
    pub pipeline: PipelineId,
    /// Stage.
    pub stage: String,
    /// Line, 1 or 2.
    pub line: u8,
    /// Channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// Amount in minor units.
    pub amount_minor: i64,
    /// Currency.
    pub currency: String,
}

/// A task on a contact.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Task {
    /// Its id.
    pub id: TaskId,
    /// The contact.
    pub contact_id: ContactId,
    /// The conversation it was made from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<ConversationId>,
    /// What to do.
    pub description: String,
    /// When it is due.
    pub due_at: DateTime<Utc>,
    /// Done.
    pub done: bool,
    /// Who made it.
    pub author: AgentId,
    /// When it was made.
    pub created_at: DateTime<Utc>,
}

/// Body of `POST /contacts/{id}/tasks`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewTask {
    /// What to do (1..=1000 characters).
    pub description: String,
    /// When it is due.
    pub due_at: DateTime<Utc>,
    /// The conversation it comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<ConversationId>,
}

/// Body of `PATCH /tasks/{id}`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaskUpdate {
    /// Done or not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<bool>,
    /// New description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// New due time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_at: Option<DateTime<Utc>>,
}

/// A reminder about a conversation.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reminder {
    /// Its id.
    pub id: ReminderId,
    /// The conversation.
    pub conversation_id: ConversationId,
    /// When to remind.
    pub at: DateTime<Utc>,
    /// About what.
    pub text: String,
    /// Who set it.
    pub author: AgentId,
}

/// Body of `POST /conversations/{id}/reminders`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewReminder {
    /// When (in the future).
    pub at: DateTime<Utc>,
    /// About what (1..=1000 characters).
    pub text: String,
}

/// A calendar event linked to a conversation.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarEvent {
    /// Its id.
    pub id: CalendarEventId,
    /// The conversation.
    pub conversation_id: ConversationId,
    /// Title.
    pub title: String,
    /// Start.
    pub starts_at: DateTime<Utc>,
    /// End (after the start).
    pub ends_at: DateTime<Utc>,
    /// Who made it.
    pub author: AgentId,
}

/// Body of `POST /conversations/{id}/calendar-events`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewCalendarEvent {
    /// Title (1..=200 characters).
    pub title: String,
    /// Start.
    pub starts_at: DateTime<Utc>,
    /// End.
    pub ends_at: DateTime<Utc>,
}
