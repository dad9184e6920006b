//! The server's cookies (issue 18): credentials a script of the app's page never reads.
//! Each is `HttpOnly; Secure; SameSite=Strict` and sent only to the paths that take it:
//! the refresh cookie (`crate::refresh`) and a kiosk desk's device cookie
//! (`crate::http::desk`).

use axum::http::{header, HeaderMap, HeaderValue};

/// The value of the cookie `wanted` in a request's `Cookie` headers, if any.
pub fn read(headers: &HeaderMap, wanted: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == wanted)
        .map(|(_, value)| value.trim().to_owned())
        .filter(|v| !v.is_empty())
}

/// `Set-Cookie` for `name=value` sent to `path` only, kept `max_age_secs` (0 deletes it).
/// `value` is a hex token (or empty).
pub fn set(name: &str, value: &str, path: &str, max_age_secs: i64) -> HeaderValue {
    let text = format!(
        "{name}={value}; Path={path}; Max-Age={max_age_secs}; HttpOnly; Secure; SameSite=Strict"
    );
    HeaderValue::from_str(&text).expect("a hex token makes a valid header")
}
