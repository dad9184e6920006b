//! `session-refresh`: the refresh cookie (`docs/protocol/sessions.md`, optional). A
//! sign-in sets an `HttpOnly`, `Secure`, `SameSite` cookie; `POST /session/refresh` with
//! it answers a new access token and rotates it; `DELETE /session` deletes it, and the
//! cookie is refused after that. The kit signs in once more for it (with `--email`); a
//! backend without the cookie or the endpoint is skipped (a reload asks to sign in again).
//! Reuse of a rotated cookie is not checked: a backend may allow it for a few seconds.

use super::Ctx;
use crate::http::{decode, expect_named, Auth};
use crate::{Credentials, Verdict};
use reqwest::header::{HeaderMap, SET_COOKIE};
use serde_json::json;
use switchboard_protocol::SignInResponse;

const NAME: &str = "session-refresh";

enum Done {
    Passed(String),
    Skipped(String),
}

/// Records `session-refresh`.
pub(crate) async fn run(ctx: &mut Ctx<'_>) {
    match check(ctx).await {
        Ok(Done::Passed(note)) => ctx.record(NAME, Ok(Some(note))),
        Ok(Done::Skipped(why)) => ctx.push(NAME, Verdict::Skipped(why)),
        Err(e) => ctx.record(NAME, Err(e)),
    }
}

/// The `HttpOnly` cookie an answer sets: `(name, value, attributes)`.
fn http_only_cookie(headers: &HeaderMap) -> Option<(String, String, String)> {
    headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.to_ascii_lowercase().contains("httponly"))
        .and_then(|c| {
            let (pair, attributes) = c.split_once(';').unwrap_or((c, ""));
            let (name, value) = pair.split_once('=')?;
            Some((
                name.trim().into(),
                value.trim().into(),
                attributes.to_ascii_lowercase(),
            ))
        })
}

fn token(ctx: &Ctx<'_>, reply: &crate::http::Reply) -> Result<String, String> {
    let value = expect_named(ctx.spec, "SignInResponse", reply, 200)?;
    let answer: SignInResponse = decode(&value, "SignInResponse")?;
    Ok(answer.token)
}

async fn check(ctx: &Ctx<'_>) -> Result<Done, String> {
    let Credentials::Password { email, password } = ctx.options.credentials.clone() else {
        return Ok(Done::Skipped(
            "given a token: run with --email to check".into(),
        ));
    };
    let body = json!({ "email": email, "password": password });
    let (reply, headers) = ctx
        .http
        .call_full("POST", "/api/v1/session", Auth::Anonymous, &[], Some(&body))
        .await?;
    let first = token(ctx, &reply)?;
    let Some((name, value, attributes)) = http_only_cookie(&headers) else {
        return Ok(Done::Skipped(
            "sign-in sets no HttpOnly cookie: a reload asks to sign in again".into(),
        ));
    };
    for wanted in ["secure", "samesite="] {
        if !attributes.contains(wanted) {
            return Err(format!(
                "the refresh cookie {name} lacks {wanted}: {attributes}"
            ));
        }
    }
    if attributes.contains("samesite=none") {
        return Err(format!("the refresh cookie {name} is SameSite=None"));
    }
    let cookie = |v: &str| format!("{name}={v}");
    let refresh = |v: String| async move {
        let header = [("cookie", v.as_str())];
        ctx.http
            .call_full(
                "POST",
                "/api/v1/session/refresh",
                Auth::Anonymous,
                &header,
                None,
            )
            .await
    };
    let (reply, headers) = refresh(cookie(&value)).await?;
    if matches!(reply.status, 404 | 405) {
        return Ok(Done::Skipped(format!(
            "{}: not offered (a reload asks to sign in again)",
            reply.status
        )));
    }
    let renewed = token(ctx, &reply)?;
    if renewed == first {
        return Err("the refresh answered the same access token".into());
    }
    let Some((_, rotated, _)) =
        http_only_cookie(&headers).filter(|(n, v, _)| *n == name && *v != value)
    else {
        return Err(format!("the refresh did not rotate {name}"));
    };
    let me = ctx
        .http
        .call("GET", "/api/v1/session", Auth::Bearer(&renewed), None)
        .await?;
    if me.status != 200 {
        return Err(format!(
            "GET /session with the renewed token: {}",
            me.status
        ));
    }
    let header = [("cookie", cookie(&rotated))];
    let header = [(header[0].0, header[0].1.as_str())];
    let (out, headers) = ctx
        .http
        .call_with("DELETE", "/api/v1/session", Auth::Bearer(&renewed), &header)
        .await?;
    if out.status != 204 {
        return Err(format!("DELETE /session: {}", out.status));
    }
    let cleared = headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|c| {
            c.starts_with(&format!("{name}=")) && c.to_ascii_lowercase().contains("max-age=0")
        });
    if !cleared {
        return Err(format!("DELETE /session did not delete {name} (Max-Age=0)"));
    }
    let (after, _) = refresh(cookie(&rotated)).await?;
    if after.status != 401 {
        return Err(format!(
            "the cookie after sign-out: {}, not 401",
            after.status
        ));
    }
    Ok(Done::Passed("rotated; refused after sign-out".into()))
}
