//! The workspace's own account on a network: what the customer wrote to.

use serde::{Deserialize, Serialize};

/// The page, bot, number or mailbox of the workspace that a conversation's customer wrote
/// to on the conversation's network, and whether the workspace is connected to it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BusinessAccount {
    /// Its name as the network shows it (the page, bot or sender name).
    pub name: String,
    /// Where customers reach it: the phone number, `@handle`, page URL or mailbox address.
    pub address: String,
    /// Whether the workspace is connected to it. When it is not, public replies cannot be
    /// sent on that network (the server refuses them with `409 conflict`); internal notes
    /// still can. Absent means connected: a backend that names the account but not its
    /// state must not make every conversation look cut off.
    #[serde(default = "connected")]
    pub connected: bool,
}

fn connected() -> bool {
    true
}
