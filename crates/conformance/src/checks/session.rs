//! Health, sign-in, the session, and the refusals of a missing or bad token.

use super::{Check, Ctx};
use crate::http::{decode, expect, expect_error, expect_named, Auth};
use crate::Credentials;
use serde_json::{json, Value};
use switchboard_protocol::{Session, SignInMethods, SignInResponse};

/// `health`, then `sign-in` and `sign-in-refused` (with email and password).
pub(crate) async fn health_and_sign_in(ctx: &mut Ctx<'_>) {
    let r = health(ctx).await;
    ctx.record("health", r);
    let r = methods(ctx).await;
    ctx.record("sign-in-methods", r);
    match ctx.options.credentials.clone() {
        Credentials::Token(token) => ctx.token = Some(token),
        Credentials::Password { email, password } => {
            let r = sign_in(ctx, &email, &password).await;
            ctx.record("sign-in", r);
            let r = sign_in_refused(ctx).await;
            ctx.record("sign-in-refused", r);
        }
    }
}

async fn health(ctx: &Ctx<'_>) -> Check {
    let reply = ctx
        .http
        .call("GET", "/api/v1/health", Auth::Anonymous, None)
        .await?;
    let body = expect(ctx.spec, "GET", "/api/v1/health", &reply, &[200])?;
    match body.get("ok") {
        Some(Value::Bool(true)) => Ok(None),
        got => Err(format!("expected \"ok\": true, got {got:?}")),
    }
}

/// `GET /session/methods` without a token: `SignInMethods`, or 404 (password only).
async fn methods(ctx: &Ctx<'_>) -> Check {
    let reply = ctx
        .http
        .call("GET", "/api/v1/session/methods", Auth::Anonymous, None)
        .await?;
    if reply.status == 404 {
        return Ok(Some("404: password sign-in only".into()));
    }
    // The schema is checked when the document has it; the app's type decodes it always.
    let value = if ctx.spec.schema("SignInMethods").is_some() {
        expect_named(ctx.spec, "SignInMethods", &reply, 200)?
    } else if reply.status == 200 {
        reply.json()?
    } else {
        return Err(format!("expected status 200 or 404, got {}", reply.status));
    };
    decode::<SignInMethods>(&value, "SignInMethods")?;
    let methods: Vec<String> = value["methods"]
        .as_array()
        .map(|l| {
            l.iter()
                .filter_map(|m| m.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    Ok(Some(methods.join(", ")))
}

async fn sign_in(ctx: &mut Ctx<'_>, email: &str, password: &str) -> Check {
    let body = json!({ "email": email, "password": password });
    let reply = ctx
        .http
        .call("POST", "/api/v1/session", Auth::Anonymous, Some(&body))
        .await?;
    if reply.status == 429 {
        return Err(format!(
            "slowed (429, {}): too many failed sign-ins from this address or for this email; \
             wait and run again",
            reply
                .retry_after
                .as_deref()
                .map_or("no Retry-After".into(), |s| format!("Retry-After {s} s"))
        ));
    }
    let value = expect_named(ctx.spec, "SignInResponse", &reply, 200)?;
    let answer: SignInResponse = decode(&value, "SignInResponse")?;
    if answer.token.is_empty() {
        return Err("the token is empty".into());
    }
    if let Some(at) = answer.expires_at {
        if at <= chrono::Utc::now() {
            return Err(format!("expires_at {at} is already past"));
        }
    }
    ctx.token = Some(answer.token);
    Ok(Some(format!("as agent {}", answer.agent.id)))
}

/// Wrong credentials: one generic 401 with an error body, or 429 `rate_limited` when
/// the backend already slows this address. An unknown email, so the real account's
/// failures (which a backend slows down) are not touched.
async fn sign_in_refused(ctx: &Ctx<'_>) -> Check {
    // A fresh email each run: a backend counts failures per email and slows the sixth.
    let email = format!(
        "conformance-{}@example.invalid",
        uuid::Uuid::now_v7().simple()
    );
    let body = json!({ "email": email, "password": "conformance-not-a-password" });
    let reply = ctx
        .http
        .call("POST", "/api/v1/session", Auth::Anonymous, Some(&body))
        .await?;
    if reply.status == 429 {
        expect_error(ctx.spec, "POST", None, &reply, 429, "rate_limited")?;
        return Ok(Some("429: this address is slowed".into()));
    }
    expect_error(ctx.spec, "POST", None, &reply, 401, "unauthorized")?;
    Ok(None)
}

/// `session`, `session-capabilities`, `unauthorized-without-token`,
/// `unauthorized-bad-token`, `unknown-path-404`.
pub(crate) async fn session(ctx: &mut Ctx<'_>) {
    let r = get_session(ctx).await;
    ctx.record("session", r);
    let r = capabilities(ctx);
    ctx.record("session-capabilities", r);

    let r = refused(ctx, Auth::Anonymous).await;
    ctx.record("unauthorized-without-token", r);
    let r = refused(ctx, Auth::Bearer("conformance-not-a-token")).await;
    ctx.record("unauthorized-bad-token", r);

    let r = async {
        let reply = ctx.get("/api/v1/conformance-no-such-endpoint").await?;
        expect_error(ctx.spec, "GET", None, &reply, 404, "not_found")?;
        Ok(None)
    }
    .await;
    ctx.record("unknown-path-404", r);
}

async fn get_session(ctx: &mut Ctx<'_>) -> Check {
    let reply = ctx.get("/api/v1/session").await?;
    let value = expect(ctx.spec, "GET", "/api/v1/session", &reply, &[200])?;
    let session: Session = decode(&value, "Session")?;
    if !session.agents.iter().any(|a| a.id == session.agent.id) {
        return Err(format!(
            "`agents` does not list the signed-in agent {}",
            session.agent.id
        ));
    }
    // Kept raw: names this kit does not know are still the backend's declaration.
    match value.get("capabilities") {
        None | Some(Value::Null) => {}
        Some(Value::Array(list)) => {
            let names: Option<Vec<String>> =
                list.iter().map(|c| c.as_str().map(str::to_owned)).collect();
            ctx.capabilities = Some(names.ok_or("`capabilities` holds a non-string")?);
        }
        Some(other) => return Err(format!("`capabilities` is not a list: {other}")),
    }
    Ok(Some(format!(
        "agent {}, {} agents",
        session.agent.id,
        session.agents.len()
    )))
}

fn capabilities(ctx: &Ctx<'_>) -> Check {
    if !ctx.report.get("session").is_some_and(|o| o.passed()) {
        return Err("not run: the session check failed".into());
    }
    match &ctx.capabilities {
        None => Ok(Some("none declared: every optional part is checked".into())),
        Some(list) if list.is_empty() => Ok(Some("declares none".into())),
        Some(list) => Ok(Some(format!("declares {}", list.join(", ")))),
    }
}

async fn refused(ctx: &Ctx<'_>, auth: Auth<'_>) -> Check {
    let reply = ctx.http.call("GET", "/api/v1/session", auth, None).await?;
    expect_error(
        ctx.spec,
        "GET",
        Some("/api/v1/session"),
        &reply,
        401,
        "unauthorized",
    )?;
    Ok(None)
}
