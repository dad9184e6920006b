//! Signing in and out, and the access token (issue 18: no credential readable by script
//! outlives a few minutes). The access token lives in memory only, never in storage, a
//! URL or a log. What keeps a reload signed in is the backend's refresh cookie
//! (`HttpOnly`, so no script of this origin ever sees it): on start, and when a call is
//! refused, [`renew`] trades it for a new access token (`POST /session/refresh`).
//!
//! A token the host page handed over (`auth.token`) is never renewed here: when it is
//! refused the host hears `auth.expired` and hands over a fresh one. A backend without
//! the refresh endpoint (404) has long-lived tokens: the app works, and a reload asks
//! to sign in again.

use super::http::url;
use super::ApiError;
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use gloo_net::http::{Request, RequestBuilder};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use switchboard_protocol::{
    ErrorCode, Session, SignIn, SignInMethod, SignInMethods, SignInResponse,
};
use web_sys::RequestCredentials;

/// Where versions before issue 18 kept the token; removed on start.
const OLD_STORAGE_KEY: &str = "switchboard.token";
/// Set when the agent signed out on purpose: the next start shows the sign-in page
/// instead of signing in as the demo agent by itself.
const SIGNED_OUT_KEY: &str = "switchboard.signed_out";

/// The access token in use, and whether the host page handed it over.
struct Held {
    token: String,
    from_host: bool,
}

type Renewal = Shared<LocalBoxFuture<'static, Result<bool, ApiError>>>;

thread_local! {
    static TOKEN: RefCell<Option<Held>> = const { RefCell::new(None) };
    static ON_REFUSED: RefCell<Option<Rc<dyn Fn()>>> = const { RefCell::new(None) };
    /// The renewal under way: every call refused meanwhile waits for this one.
    static RENEWING: RefCell<Option<Renewal>> = const { RefCell::new(None) };
    /// The backend answered 404 to `POST /session/refresh`: not asked again.
    static NO_REFRESH: Cell<bool> = const { Cell::new(false) };
    /// Bumped with every token kept: an older renewal timer then does nothing.
    static GENERATION: Cell<u32> = const { Cell::new(0) };
    static OLD_COPY_REMOVED: Cell<bool> = const { Cell::new(false) };
}

/// Calls `f` whenever the backend refuses the token for good (a 401 that a renewal did
/// not cure), after forgetting it.
pub fn on_token_refused(f: impl Fn() + 'static) {
    ON_REFUSED.with(|r| *r.borrow_mut() = Some(Rc::new(f)));
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The access token in use (in memory only; the name is older than that).
pub fn stored_token() -> Option<String> {
    if !OLD_COPY_REMOVED.with(|r| r.replace(true)) {
        // A copy left by a version that kept the token in storage: no longer trusted.
        if let Some(s) = storage() {
            let _ = s.remove_item(OLD_STORAGE_KEY);
        }
    }
    TOKEN.with(|t| t.borrow().as_ref().map(|h| h.token.clone()))
}

fn set_token(held: Option<Held>) {
    GENERATION.with(|g| g.set(g.get().wrapping_add(1)));
    TOKEN.with(|t| *t.borrow_mut() = held);
}

/// Forgets the token after a refusal that a renewal did not cure, and says so.
pub(super) fn clear_token() {
    set_token(None);
    if let Some(f) = ON_REFUSED.with(|r| r.borrow().clone()) {
        f();
    }
}

/// Keeps a new access token from a sign-in or a renewal, forgets that the agent had
/// signed out, and renews it a little before it expires.
fn keep(r: SignInResponse) -> SignInResponse {
    set_token(Some(Held {
        token: r.token.clone(),
        from_host: false,
    }));
    if let Some(s) = storage() {
        let _ = s.remove_item(SIGNED_OUT_KEY);
    }
    if let Some(at) = r.expires_at {
        renew_before(at.timestamp_millis());
    }
    r
}

/// Renews at four fifths of the token's remaining life. A clock so far off that the
/// token looks expired already schedules nothing: the first refused call renews then.
fn renew_before(expires_at_ms: i64) {
    let left = expires_at_ms as f64 - js_sys::Date::now();
    if left <= 0.0 {
        return;
    }
    let generation = GENERATION.with(Cell::get);
    let wait = (left * 0.8).min(f64::from(i32::MAX)) as u32;
    leptos::task::spawn_local(async move {
        gloo_timers::future::TimeoutFuture::new(wait).await;
        if GENERATION.with(Cell::get) == generation {
            // Refused or unreachable: the next call's 401 decides what follows.
            let _ = renew().await;
        }
    });
}

/// Keeps a token from a kiosk desk's PIN sign-in (renewed like any sign-in's).
pub fn adopt_signed_in(r: SignInResponse) {
    keep(r);
}

/// Keeps a token handed over by the host page (checked first with [`session_with`]):
/// never renewed here, the host hands over the next one.
pub fn adopt_token(token: String) {
    set_token(Some(Held {
        token,
        from_host: true,
    }));
    if let Some(s) = storage() {
        let _ = s.remove_item(SIGNED_OUT_KEY);
    }
}

/// A request that carries the refresh cookie (and takes the one set in the answer), to
/// the API's origin even when it is not the app's.
fn with_cookie(b: RequestBuilder) -> RequestBuilder {
    b.credentials(RequestCredentials::Include)
}

/// Trades the refresh cookie for a new access token: `Ok(true)` when signed in with it,
/// `Ok(false)` when there is no working cookie (or no refresh endpoint, or the token in
/// use came from the host page), `Err` when the backend is out of reach. Concurrent
/// callers share one request.
pub async fn renew() -> Result<bool, ApiError> {
    let from_host = TOKEN.with(|t| t.borrow().as_ref().is_some_and(|h| h.from_host));
    let host_mode =
        crate::config::get().auth == Some(switchboard_core::runtime_config::AuthMode::Host);
    if from_host || host_mode || NO_REFRESH.with(Cell::get) {
        return Ok(false);
    }
    let shared = RENEWING.with(|r| {
        r.borrow_mut()
            .get_or_insert_with(|| refresh_once().boxed_local().shared())
            .clone()
    });
    let result = shared.clone().await;
    RENEWING.with(|r| {
        let mut r = r.borrow_mut();
        if r.as_ref().is_some_and(|s| s.ptr_eq(&shared)) {
            *r = None;
        }
    });
    result
}

async fn refresh_once() -> Result<bool, ApiError> {
    let answer = with_cookie(Request::post(&url("/session/refresh")))
        .send()
        .await
        .map_err(|e| ApiError::Network(e.to_string()))?;
    match answer.status() {
        200 => {
            let r: SignInResponse = answer
                .json()
                .await
                .map_err(|e| ApiError::BadResponse(e.to_string()))?;
            keep(r);
            Ok(true)
        }
        404 | 405 => {
            NO_REFRESH.with(|n| n.set(true));
            Ok(false)
        }
        s if s >= 500 => Err(ApiError::Network(format!("HTTP {s}"))),
        _ => Ok(false),
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
    match super::http::get_json::<SignInMethods>("/session/methods").await {
        Ok(m) => Ok(m.methods),
        Err(ApiError::Refused {
            code: ErrorCode::NotFound,
            ..
        }) => Ok(vec![SignInMethod::Password]),
        Err(e) => Err(e),
    }
}

/// A sign-in request: its own credential (a 401 is that credential's refusal, never a
/// reason to renew), and the refresh cookie its answer sets is kept.
async fn sign_in_request<B: serde::Serialize>(
    b: RequestBuilder,
    body: &B,
) -> Result<SignInResponse, ApiError> {
    let req = with_cookie(b)
        .json(body)
        .map_err(|e| ApiError::BadResponse(e.to_string()));
    super::desk::send_with_own_credential(req).await.map(keep)
}

/// `POST /session/demo`: signs in as the demo agent and keeps the token.
pub async fn sign_in_demo() -> Result<SignInResponse, ApiError> {
    sign_in_request(Request::post(&url("/session/demo")), &()).await
}

/// `POST /session`: signs in with email and password and keeps the token. Wrong
/// credentials are [`ApiError::Unauthorized`]; too many tries `rate_limited`.
pub async fn sign_in(email: String, password: String) -> Result<SignInResponse, ApiError> {
    sign_in_request(Request::post(&url("/session")), &SignIn { email, password }).await
}

/// A desk's PIN sign-in request, which also sets the refresh cookie.
pub(super) fn sign_in_builder(b: RequestBuilder) -> RequestBuilder {
    with_cookie(b)
}

/// `DELETE /session`: ends the session on the server (the access token, or the refresh
/// cookie when the token has expired) and deletes the cookie, then forgets the token
/// whatever the answer (a token the server could not be told about still expires there
/// within minutes).
pub async fn sign_out() -> Result<(), ApiError> {
    let mut b = with_cookie(Request::delete(&url("/session")));
    if let Some(t) = stored_token() {
        b = b.header("Authorization", &format!("Bearer {t}"));
    }
    let answer = match b.send().await {
        Ok(r) if r.status() == 401 => Err(ApiError::Unauthorized),
        r => super::http::decode::<()>(r).await,
    };
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
