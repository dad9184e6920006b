//! Agents.

use crate::ids::AgentId;
use crate::session::{Presence, Role};
use serde::{Deserialize, Serialize};

/// An agent (operator) of the workspace.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agent {
    /// Its id.
    pub id: AgentId,
    /// Display name.
    pub name: String,
    /// Sign-in email.
    pub email: String,
    /// The language the agent reads (BCP 47, `"en"`), used for translations.
    pub language: String,
    /// Role (permissions follow from it).
    #[serde(default)]
    pub role: Role,
    /// Online, away or offline.
    #[serde(default)]
    pub presence: Presence,
}
