//! Signing in and out, and the bearer token: kept in memory and in `localStorage` (so a
//! reload stays signed in), never put in a URL or logged.

use super::http::{authorised, decode, get_json, post_json, url};
use super::ApiError;
use gloo_net::http::Request;
use std::cell::RefCell;
use switchboard_protocol::{
    ErrorCode, Session, SignIn, SignInMethod, SignInMethods, SignInResponse,
};

const STORAGE_KEY: &str = "switchboard.token";
/// Set when the agent signed out on purpose: the next start shows the sign-in page
/// instead of signing in as the demo agent by itself.
const SIGNED_OUT_KEY: &str = "switchboard.signed_out";

thread_local! {
    static TOKEN: RefCell<Option<String>> = const { RefCell::new(None) };
    static ON_REFUSED: RefCell<Option<std::rc::Rc<dyn Fn()>>> = const { RefCell::new(None) };
}

/// Calls `f` whenever the backend refuses the token (a 401), after forgetting it.
pub fn on_token_refused(f: impl Fn() + 'static) {
    ON_REFUSED.with(|r| *r.borrow_mut() = Some(std::rc::Rc::new(f)));
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The token in use, loading it from storage on first use.
pub fn stored_token() -> Option<String> {
    TOKEN.with(|t| {
        if t.borrow().is_none() {
            *t.borrow_mut() = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
        }
        t.borrow().clone()
    })
}

fn set_token(token: Option<String>) {
    if let Some(s) = storage() {
        // Storage can be full or disabled (private mode): memory still holds the token.
        let _ = match &token {
            Some(t) => s.set_item(STORAGE_KEY, t),
            None => s.remove_item(STORAGE_KEY),
        };
    }
    TOKEN.with(|t| *t.borrow_mut() = token);
}

/// Forgets the token after a 401, and says so.
pub(super) fn clear_token() {
    set_token(None);
    if let Some(f) = ON_REFUSED.with(|r| r.borrow().clone()) {
        f();
    }
}

/// Keeps a new token, and forgets that the agent had signed out.
fn keep(r: SignInResponse) -> SignInResponse {
    set_token(Some(r.token.clone()));
    if let Some(s) = storage() {
        let _ = s.remove_item(SIGNED_OUT_KEY);
    }
    r
}

/// Keeps a token handed over by the host page (checked first with [`session_with`]).
pub fn adopt_token(token: String) {
    set_token(Some(token));
    if let Some(s) = storage() {
        let _ = s.remove_item(SIGNED_OUT_KEY);
    }
}

/// `GET /session` with a token that is not (yet) the one in use: a 401 refuses that
/// token only, and the one in use stays.
pub async fn session_with(token: &str) -> Result<Session, ApiError> {
    super::desk::send_with_own_credential(
        Request::get(&url("/session"))
            .header("Authorization", &format!("Bearer {token}"))
            .build()
            .map_err(|e| ApiError::BadResponse(e.to_string())),
    )
    .await
}

/// Whether the agent signed out on purpose (and nobody has signed in since).
pub fn signed_out_on_purpose() -> bool {
    storage().is_some_and(|s| s.get_item(SIGNED_OUT_KEY).ok().flatten().is_some())
}

/// `GET /session/methods`: how agents sign in here. A backend without the endpoint (404)
/// offers password sign-in.
pub async fn sign_in_methods() -> Result<Vec<SignInMethod>, ApiError> {
    match get_json::<SignInMethods>("/session/methods").await {
        Ok(m) => Ok(m.methods),
        Err(ApiError::Refused {
            code: ErrorCode::NotFound,
            ..
        }) => Ok(vec![SignInMethod::Password]),
        Err(e) => Err(e),
    }
}

/// `POST /session/demo`: signs in as the demo agent and keeps the token.
pub async fn sign_in_demo() -> Result<SignInResponse, ApiError> {
    post_json("/session/demo", &()).await.map(keep)
}

/// `POST /session`: signs in with email and password and keeps the token. Wrong
/// credentials are [`ApiError::Unauthorized`]; too many tries `rate_limited`.
pub async fn sign_in(email: String, password: String) -> Result<SignInResponse, ApiError> {
    post_json("/session", &SignIn { email, password })
        .await
        .map(keep)
}

/// `DELETE /session`: ends the session on the server, then forgets the token whatever
/// the answer (a token the server could not be told about still expires there).
pub async fn sign_out() -> Result<(), ApiError> {
    let answer = decode::<()>(authorised(Request::delete(&url("/session"))).send().await).await;
    ON_REFUSED.with(|r| r.borrow_mut().take());
    set_token(None);
    if let Some(s) = storage() {
        let _ = s.set_item(SIGNED_OUT_KEY, "1");
    }
    match answer {
        Err(ApiError::Unauthorized) => Ok(()),
        other => other,
    }
}
