//! The composer's catalogues: templates and canned replies, and the variables texts may
//! use (`GET /templates`, `GET /variables`).

use super::http::get_json;
use super::ApiError;
use switchboard_protocol::{Channel, Template, Variable};

/// `GET /templates?channel=`: the templates usable on `channel` (all of them for a
/// channel the server does not know, which it would refuse to filter by).
pub async fn templates(channel: Channel) -> Result<Vec<Template>, ApiError> {
    match channel {
        Channel::Other => get_json("/templates").await,
        c => get_json(&format!("/templates?channel={}", c.as_str())).await,
    }
}

/// `GET /variables`: the variable catalogue.
pub async fn variables() -> Result<Vec<Variable>, ApiError> {
    get_json("/variables").await
}
