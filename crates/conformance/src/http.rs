//! REST calls and the assertions on their answers.

use crate::schema::{short, Spec};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::time::Duration;

/// Which `Authorization` header a request carries.
#[derive(Clone, Copy, Debug)]
pub enum Auth<'a> {
    /// None.
    Anonymous,
    /// `Bearer <token>`.
    Bearer(&'a str),
}

/// An answer: status and body.
#[derive(Clone, Debug)]
pub struct Reply {
    /// The HTTP status.
    pub status: u16,
    /// The body as text.
    pub body: String,
    /// The `Retry-After` header, if any.
    pub retry_after: Option<String>,
}

impl Reply {
    /// The body as JSON.
    pub fn json(&self) -> Result<Value, String> {
        serde_json::from_str(&self.body).map_err(|e| {
            format!(
                "{} answer is not JSON ({e}): {}",
                self.status,
                short(&Value::from(self.body.as_str()))
            )
        })
    }
}

/// A client for one backend.
#[derive(Clone)]
pub struct Http {
    client: reqwest::Client,
    base: String,
}

impl Http {
    /// A client for the backend at `base` (`http://host:port`).
    pub fn new(base: &str) -> Http {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(15))
            .build()
            .expect("an HTTP client without TLS builds");
        Http {
            client,
            base: base.trim_end_matches('/').to_owned(),
        }
    }

    /// The base URL.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// A request with extra headers (CORS checks); the answer's headers too.
    pub async fn call_with(
        &self,
        method: &str,
        path: &str,
        auth: Auth<'_>,
        headers: &[(&str, &str)],
    ) -> Result<(Reply, reqwest::header::HeaderMap), String> {
        self.call_full(method, path, auth, headers, None).await
    }

    /// A request with extra headers and an optional JSON body; the answer's headers too.
    pub async fn call_full(
        &self,
        method: &str,
        path: &str,
        auth: Auth<'_>,
        headers: &[(&str, &str)],
        body: Option<&Value>,
    ) -> Result<(Reply, reqwest::header::HeaderMap), String> {
        let method = reqwest::Method::from_bytes(method.as_bytes()).map_err(|e| e.to_string())?;
        let mut req = self
            .client
            .request(method.clone(), format!("{}{path}", self.base));
        if let Auth::Bearer(token) = auth {
            req = req.bearer_auth(token);
        }
        for (name, value) in headers {
            req = req.header(*name, *value);
        }
        if let Some(body) = body {
            req = req.json(body);
        }
        let resp = req
            .send()
            .await
            .map_err(|e| format!("{method} {path}: no answer ({e})"))?;
        let status = resp.status().as_u16();
        let answer_headers = resp.headers().clone();
        let body = resp.text().await.unwrap_or_default();
        let reply = Reply {
            status,
            body,
            retry_after: None,
        };
        Ok((reply, answer_headers))
    }

    /// One request; `path` starts with `/api/v1` and may carry a query.
    pub async fn call(
        &self,
        method: &str,
        path: &str,
        auth: Auth<'_>,
        body: Option<&Value>,
    ) -> Result<Reply, String> {
        let method = reqwest::Method::from_bytes(method.as_bytes()).map_err(|e| e.to_string())?;
        let mut req = self
            .client
            .request(method.clone(), format!("{}{path}", self.base));
        if let Auth::Bearer(token) = auth {
            req = req.bearer_auth(token);
        }
        if let Some(body) = body {
            req = req.json(body);
        }
        let resp = req
            .send()
            .await
            .map_err(|e| format!("{method} {path}: no answer ({e})"))?;
        let status = resp.status().as_u16();
        let retry_after = resp
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = resp
            .text()
            .await
            .map_err(|e| format!("{method} {path}: body unreadable ({e})"))?;
        Ok(Reply {
            status,
            body,
            retry_after,
        })
    }
}

/// Checks an answer against the contract: its status is one of `want`, the document lists
/// that status for the operation (`template` as written in `openapi.json`), and the body
/// validates against the documented schema. Returns the body.
pub fn expect(
    spec: &Spec,
    method: &str,
    template: &str,
    reply: &Reply,
    want: &[u16],
) -> Result<Value, String> {
    if !want.contains(&reply.status) {
        return Err(wrong_status(want, reply));
    }
    let schema = spec.response_schema(method, template, reply.status)?;
    let value = if reply.body.trim().is_empty() {
        Value::Null
    } else {
        reply.json()?
    };
    if let Some(schema) = schema {
        spec.validate(schema, &value)
            .map_err(|e| format!("{} body does not match the schema: {e}", reply.status))?;
    }
    Ok(value)
}

/// Like [`expect`] for a refusal: the status is `status` and the body an `ApiError` with
/// `code`.
pub fn expect_error(
    spec: &Spec,
    method: &str,
    template: Option<&str>,
    reply: &Reply,
    status: u16,
    code: &str,
) -> Result<(), String> {
    if reply.status != status {
        return Err(wrong_status(&[status], reply));
    }
    if let Some(template) = template {
        expect(spec, method, template, reply, &[status])?;
    }
    let value = reply.json()?;
    spec.validate_named("ApiError", &value)
        .map_err(|e| format!("the error body is not an ApiError: {e}"))?;
    match value.get("code").and_then(Value::as_str) {
        Some(got) if got == code => Ok(()),
        got => Err(format!("expected code {code:?}, got {got:?}")),
    }
}

/// A body validated against a named schema (for answers outside the document's paths).
pub fn expect_named(spec: &Spec, name: &str, reply: &Reply, status: u16) -> Result<Value, String> {
    if reply.status != status {
        return Err(wrong_status(&[status], reply));
    }
    let value = reply.json()?;
    spec.validate_named(name, &value)
        .map_err(|e| format!("body does not match {name}: {e}"))?;
    Ok(value)
}

/// Decodes a body with the app's own wire types (what the app will do with it).
pub fn decode<T: DeserializeOwned>(value: &Value, what: &str) -> Result<T, String> {
    serde_json::from_value(value.clone())
        .map_err(|e| format!("the app's {what} type cannot decode it: {e}"))
}

fn wrong_status(want: &[u16], reply: &Reply) -> String {
    let want: Vec<String> = want.iter().map(u16::to_string).collect();
    let body = if reply.body.len() > 120 {
        format!("{}...", reply.body.chars().take(117).collect::<String>())
    } else {
        reply.body.clone()
    };
    format!(
        "expected status {}, got {}: {body}",
        want.join(" or "),
        reply.status
    )
}
