//! The bearer token: kept in memory and in `localStorage` (so a reload stays signed in),
//! never put in a URL or logged.

use super::http::post_json;
use super::ApiError;
use std::cell::RefCell;
use switchboard_protocol::SignInResponse;

const STORAGE_KEY: &str = "switchboard.token";

thread_local! {
    static TOKEN: RefCell<Option<String>> = const { RefCell::new(None) };
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

/// Forgets the token (after a 401).
pub(super) fn clear_token() {
    set_token(None);
}

/// Signs in as the demo agent and keeps the token.
pub async fn sign_in() -> Result<SignInResponse, ApiError> {
    let r: SignInResponse = post_json("/session/demo", &()).await?;
    set_token(Some(r.token.clone()));
    Ok(r)
}
