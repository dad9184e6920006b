//! Kiosk desks (`docs/protocol/desks.md`): the device code is exchanged once for a device
//! token, which lists who may work at the desk and signs one of them in with a PIN. The
//! device token is sent on these calls only, never with the agent's: as the `HttpOnly`
//! cookie the backend set, or (a backend without it) as a bearer header.

use super::http::{decode, url};
use super::ApiError;
use gloo_net::http::{Request, RequestBuilder};
use switchboard_protocol::{
    AgentId, DeskRoster, DeviceClaim, DeviceCredential, PinSignIn, SignInResponse,
};

/// Sends a request carrying a credential of its own (a device code, PIN, device token, or
/// a token the host page handed over); a 401 refuses that credential only: the agent's
/// token in use, if any, is not forgotten.
pub(super) async fn send_with_own_credential<T: serde::de::DeserializeOwned>(
    req: Result<Request, ApiError>,
) -> Result<T, ApiError> {
    let answer = req?
        .send()
        .await
        .map_err(|e| ApiError::Network(e.to_string()))?;
    if answer.status() == 401 {
        return Err(ApiError::Unauthorized);
    }
    decode(Ok(answer)).await
}

/// The desk's credential on a `/desk` call: the kept device token as a bearer header, or
/// (`None`) the `HttpOnly` device cookie the backend set, sent with credentials.
fn device(b: RequestBuilder, token: Option<&str>) -> RequestBuilder {
    match token {
        Some(token) => b.header("Authorization", &format!("Bearer {token}")),
        None => b.credentials(web_sys::RequestCredentials::Include),
    }
}

fn json<B: serde::Serialize>(b: RequestBuilder, body: &B) -> Result<Request, ApiError> {
    b.json(body)
        .map_err(|e| ApiError::BadResponse(e.to_string()))
}

/// `POST /devices/claim`: the one-time device code for the desk's credential.
pub async fn claim_device(code: String) -> Result<DeviceCredential, ApiError> {
    // With credentials: the answer may set the device cookie, on another origin too.
    let b = Request::post(&url("/devices/claim")).credentials(web_sys::RequestCredentials::Include);
    send_with_own_credential(json(b, &DeviceClaim { code })).await
}

/// `GET /desk`: the desk and who may work at it.
pub async fn desk_roster(device_token: Option<&str>) -> Result<DeskRoster, ApiError> {
    send_with_own_credential(
        device(Request::get(&url("/desk")), device_token)
            .build()
            .map_err(|e| ApiError::BadResponse(e.to_string())),
    )
    .await
}

/// `POST /desk/session`: signs an agent in at the desk with their PIN (the caller keeps
/// the token with `adopt_signed_in`).
pub async fn desk_sign_in(
    device_token: Option<&str>,
    agent_id: AgentId,
    pin: String,
) -> Result<SignInResponse, ApiError> {
    // The answer sets the refresh cookie, as any sign-in's does.
    let b = super::auth::sign_in_builder(Request::post(&url("/desk/session")));
    send_with_own_credential(json(device(b, device_token), &PinSignIn { agent_id, pin })).await
}
