//! CORS for an app served from another origin (`--origin`): the preflight of a call with
//! `Authorization` and `Content-Type`, and the answer to the call itself.

use super::{Check, Ctx};
use crate::http::Auth;
use crate::Verdict;
use reqwest::header::HeaderMap;

/// `cors-preflight`, `cors-answer`; skipped without `--origin`.
pub(crate) async fn run(ctx: &mut Ctx<'_>) {
    let Some(origin) = ctx.options.origin.clone() else {
        for name in ["cors-preflight", "cors-answer"] {
            ctx.push(name, Verdict::Skipped("no --origin given".into()));
        }
        return;
    };
    let r = preflight(ctx, &origin).await;
    ctx.record("cors-preflight", r);
    let r = answer(ctx, &origin).await;
    ctx.record("cors-answer", r);
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> &'a str {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

fn allows_origin(headers: &HeaderMap, origin: &str) -> Result<(), String> {
    match header(headers, "access-control-allow-origin") {
        got if got == origin || got == "*" => Ok(()),
        "" => Err(format!("no Access-Control-Allow-Origin for {origin}")),
        got => Err(format!(
            "Access-Control-Allow-Origin is {got:?}, not {origin:?}"
        )),
    }
}

/// Every method the app uses, with `Authorization` and `Content-Type` (listed by name:
/// a `*` does not cover `Authorization`).
async fn preflight(ctx: &Ctx<'_>, origin: &str) -> Check {
    for method in ["GET", "POST", "PUT", "PATCH", "DELETE"] {
        let headers = [
            ("origin", origin),
            ("access-control-request-method", method),
            (
                "access-control-request-headers",
                "authorization,content-type",
            ),
        ];
        let (reply, answer) = ctx
            .http
            .call_with(
                "OPTIONS",
                "/api/v1/conversations",
                Auth::Anonymous,
                &headers,
            )
            .await?;
        if !(200..300).contains(&reply.status) {
            return Err(format!("preflight of {method}: status {}", reply.status));
        }
        allows_origin(&answer, origin).map_err(|e| format!("preflight of {method}: {e}"))?;
        let methods = header(&answer, "access-control-allow-methods").to_ascii_uppercase();
        if methods != "*" && !methods.split(',').any(|m| m.trim() == method) {
            return Err(format!(
                "preflight of {method}: Access-Control-Allow-Methods is {methods:?}"
            ));
        }
        let allowed = header(&answer, "access-control-allow-headers").to_ascii_lowercase();
        for needed in ["authorization", "content-type"] {
            if !allowed.split(',').any(|h| h.trim() == needed) {
                return Err(format!(
                    "preflight of {method}: Access-Control-Allow-Headers {allowed:?} lacks {needed}"
                ));
            }
        }
    }
    Ok(None)
}

/// The call itself carries `Access-Control-Allow-Origin`.
async fn answer(ctx: &Ctx<'_>, origin: &str) -> Check {
    let token = ctx.token()?;
    let (reply, answer) = ctx
        .http
        .call_with(
            "GET",
            "/api/v1/session",
            Auth::Bearer(&token),
            &[("origin", origin)],
        )
        .await?;
    if reply.status != 200 {
        return Err(format!("expected status 200, got {}", reply.status));
    }
    allows_origin(&answer, origin)?;
    Ok(None)
}
