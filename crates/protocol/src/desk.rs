//! Kiosk desks: a shared support desk signs agents in with a PIN.
//!
//! An admin runs `switchboard-server device add --team T --name N`, which prints a one-time
//! **device code**. Typed into the desk's `Set up this desk` form, the code is exchanged
//! once for a long-lived **device token** ([`DeviceClaim`] → [`DeviceCredential`]). With
//! that token the desk lists who may work at it ([`DeskRoster`]: the team's enabled agents
//! with a PIN) and signs one of them in with their PIN ([`PinSignIn`] → the ordinary
//! [`crate::SignInResponse`]). The session this opens is the agent's own (every reply is
//! signed by a person) but sees only the desk's team's conversations ([`crate::Session::desk`]).
//!
//! | Method | Path | Body | Answer |
//! |---|---|---|---|
//! | POST | `/api/v1/devices/claim` (no token) | [`DeviceClaim`] | [`DeviceCredential`] |
//! | GET | `/api/v1/desk` (device token) | - | [`DeskRoster`] |
//! | POST | `/api/v1/desk/session` (device token) | [`PinSignIn`] | [`crate::SignInResponse`] |
//!
//! The device token goes in `Authorization: Bearer <device token>` on the two `/desk`
//! calls only; it is refused everywhere else, and an agent's token is refused on `/desk`.
//! A backend may also set it as an `HttpOnly` cookie for `/desk` and say so
//! ([`DeviceCredential::device_cookie`]): the desk then keeps no credential a script can
//! read, and sends the `/desk` calls with credentials.
//! A 401 on `/desk` means the desk was removed (`device remove`): set it up again. A wrong
//! or used device code and a wrong PIN answer 401 `unauthorized`; too many wrong PINs for
//! one agent at one desk answer 429 `rate_limited` with `Retry-After`.

use crate::ids::{AgentId, TeamId};
use serde::{Deserialize, Serialize};

/// Body of `POST /devices/claim`: the one-time code `device add` printed. Its `Debug`
/// hides the code.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceClaim {
    /// The device code, compared without regard to case, spaces or dashes.
    pub code: String,
}

impl std::fmt::Debug for DeviceClaim {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeviceClaim")
            .field("code", &"<hidden>")
            .finish()
    }
}

/// A set-up desk.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Desk {
    /// The desk's name (`"Front desk"`), as given to `device add --name`.
    pub name: String,
    /// The team whose conversations the desk works on.
    pub team: TeamId,
    /// That team's display name.
    pub team_name: String,
}

/// Answer to `POST /devices/claim`: the desk's credential, handed out once.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceCredential {
    /// Send as `Authorization: Bearer <device_token>` on `/desk` calls.
    pub device_token: String,
    /// The desk.
    pub desk: Desk,
    /// The answer also set the device token as an `HttpOnly` cookie for `/desk`
    /// (`switchboard_desk`): the client keeps nothing a script could read and sends the
    /// `/desk` calls with credentials instead of the header. Absent (a backend without
    /// the cookie): the client keeps the token and sends it as above.
    #[serde(default)]
    pub device_cookie: bool,
}

impl std::fmt::Debug for DeviceCredential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeviceCredential")
            .field("device_token", &"<hidden>")
            .field("desk", &self.desk)
            .field("device_cookie", &self.device_cookie)
            .finish()
    }
}

/// Someone who may work at a desk.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeskAgent {
    /// Who.
    pub id: AgentId,
    /// Display name, for the `Who is working?` buttons.
    pub name: String,
}

/// Answer to `GET /desk`: the desk and the agents who may sign in at it (the team's
/// enabled agents that have a PIN), in name order.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeskRoster {
    /// The desk.
    pub desk: Desk,
    /// Who may work here.
    pub agents: Vec<DeskAgent>,
}

/// Body of `POST /desk/session`: who is working, and their PIN. Its `Debug` hides the PIN.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinSignIn {
    /// The agent, from [`DeskRoster::agents`].
    pub agent_id: AgentId,
    /// Their PIN (4 to 8 digits, set by `agent set-pin`).
    pub pin: String,
}

impl std::fmt::Debug for PinSignIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PinSignIn")
            .field("agent_id", &self.agent_id)
            .field("pin", &"<hidden>")
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_reach_debug_output() {
        let claim = DeviceClaim {
            code: "K7QF-9XTM".into(),
        };
        let cred = DeviceCredential {
            device_token: "abc123".into(),
            desk: Desk {
                name: "Front".into(),
                team: TeamId(1),
                team_name: "Support".into(),
            },
            device_cookie: true,
        };
        let pin = PinSignIn {
            agent_id: AgentId(2),
            pin: "4821".into(),
        };
        let shown = format!("{claim:?} {cred:?} {pin:?}");
        for secret in ["K7QF", "abc123", "4821"] {
            assert!(!shown.contains(secret), "{secret} leaked: {shown}");
        }
        assert!(shown.contains("Front"));
    }
}
