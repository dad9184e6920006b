//! A kiosk desk's side of signing in (`auth: "kiosk"`, `docs/protocol/desks.md`): the
//! desk's credential, kept from its set-up until the desk is removed on the server, and
//! signing an agent in with their PIN.
//!
//! The credential is the backend's `HttpOnly` device cookie when it sets one
//! (`DeviceCredential::device_cookie`): `localStorage` then holds only which desk this is,
//! nothing a script could sign in with. A backend without the cookie gets its device token
//! kept in `localStorage`, as before (issue 18).

use super::{session, ApiError, Store};
use crate::api;
use serde::{Deserialize, Serialize};
use switchboard_protocol::{AgentId, Desk, DeskRoster};

const KEY: &str = "switchboard.desk";

#[derive(Serialize, Deserialize)]
struct Stored {
    /// Absent when the backend keeps it as the device cookie.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    device_token: Option<String>,
    desk: Desk,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn stored() -> Option<Stored> {
    let text = storage()?.get_item(KEY).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

/// Whether this browser has been set up as a desk.
pub fn is_set_up() -> bool {
    stored().is_some()
}

/// Forgets the desk's credential (the server removed the desk).
pub fn forget() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
    }
}

/// The storage keys a wipe keeps: the desk's, not the agent's (its credential, and how
/// wide its screen's panels are).
pub const KEPT_KEYS: [&str; 2] = [KEY, "switchboard.panel"];

/// Sets the desk up with a device code. A wrong or used code is
/// [`ApiError::Unauthorized`].
pub async fn set_up(code: String) -> Result<Desk, ApiError> {
    let c = api::claim_device(code).await?;
    let saved = serde_json::to_string(&Stored {
        device_token: (!c.device_cookie).then_some(c.device_token),
        desk: c.desk.clone(),
    })
    .map_err(|e| ApiError::BadResponse(e.to_string()))?;
    storage()
        .and_then(|s| s.set_item(KEY, &saved).ok())
        .ok_or_else(|| {
            ApiError::Network("this browser does not keep data (storage is off)".into())
        })?;
    Ok(c.desk)
}

/// Who may work at the desk. A 401 means the desk was removed: its credential is
/// forgotten, and the desk must be set up again.
pub async fn roster() -> Result<DeskRoster, ApiError> {
    let Some(s) = stored() else {
        return Err(ApiError::Unauthorized);
    };
    let answer = api::desk_roster(s.device_token.as_deref()).await;
    if answer == Err(ApiError::Unauthorized) {
        forget();
    }
    answer
}

/// Signs an agent in at the desk with their PIN, then lets the start-up go on.
pub async fn sign_in(store: Store, agent: AgentId, pin: String) -> Result<(), ApiError> {
    let Some(s) = stored() else {
        return Err(ApiError::Unauthorized);
    };
    let r = api::desk_sign_in(s.device_token.as_deref(), agent, pin).await?;
    api::adopt_signed_in(r);
    session::go_on(store).await
}
