//! Helpers of the message, file and outbound tests: a demo server with chosen delivery
//! timing, raw uploads and downloads, and message counts.

use crate::common::Server;
use switchboard_protocol::{MessagePage, SendMessage};
use switchboard_server::Config;

/// A demo server whose simulated network delivers after `deliver_ms` and reads after
/// `read_ms` more, with a demo token.
pub async fn demo_with(deliver_ms: u64, read_ms: u64) -> (tempfile::TempDir, Server, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::new(dir.path().to_path_buf(), dir.path().join("no-such-dist"));
    config.demo = true;
    config.deliver_after_ms = deliver_ms;
    config.read_after_ms = read_ms;
    let server = Server::start_with(&config).await;
    let token = server.sign_in().await;
    (dir, server, token)
}

/// A demo server whose network stays quiet for a minute (no delivery events in tests).
pub async fn quiet_demo() -> (tempfile::TempDir, Server, String) {
    demo_with(60_000, 60_000).await
}

/// A raw answer: status, headers (lower-case names) and body bytes.
pub struct Raw {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Raw {
    /// A header's value.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// GET or POST raw bytes.
pub async fn raw(
    s: &Server,
    method: &'static str,
    path: &str,
    token: Option<&str>,
    body: Option<Vec<u8>>,
) -> Raw {
    let url = format!("{}{path}", s.base);
    let auth = token.map(|t| format!("Bearer {t}"));
    tokio::task::spawn_blocking(move || {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        let result = if method == "GET" {
            let mut r = agent.get(&url);
            if let Some(a) = &auth {
                r = r.header("Authorization", a);
            }
            r.call()
        } else {
            let mut r = agent.post(&url).content_type("application/octet-stream");
            if let Some(a) = &auth {
                r = r.header("Authorization", a);
            }
            r.send(&body.unwrap_or_default()[..])
        };
        let mut resp = match result {
            Ok(r) => r,
            Err(e) => {
                return Raw {
                    status: 0,
                    headers: Vec::new(),
                    body: e.to_string().into_bytes(),
                }
            }
        };
        let headers = resp
            .headers()
            .iter()
            .map(|(n, v)| {
                (
                    n.as_str().to_owned(),
                    v.to_str().unwrap_or_default().to_owned(),
                )
            })
            .collect();
        let body = resp
            .body_mut()
            .with_config()
            .limit(64 << 20)
            .read_to_vec()
            .unwrap_or_default();
        Raw {
            status: resp.status().as_u16(),
            headers,
            body,
        }
    })
    .await
    .unwrap()
}

/// Percent-encodes a query value.
pub fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Uploads a file; the raw answer.
pub async fn upload(s: &Server, token: &str, name: &str, bytes: Vec<u8>) -> Raw {
    raw(
        s,
        "POST",
        &format!("/api/v1/uploads?name={}", enc(name)),
        Some(token),
        Some(bytes),
    )
    .await
}

/// How many messages a conversation has.
pub async fn count(s: &Server, token: &str, conv: i64) -> usize {
    let page: MessagePage = s
        .json(
            "GET",
            &format!("/api/v1/conversations/{conv}/messages?limit=200"),
            token,
            None,
            200,
        )
        .await;
    page.items.len()
}

/// Sends a body to a conversation; `(status, text)`.
pub async fn send(s: &Server, token: &str, conv: i64, body: &SendMessage) -> (u16, String) {
    let json = serde_json::to_string(body).unwrap();
    s.call(
        "POST",
        &format!("/api/v1/conversations/{conv}/messages"),
        Some(token),
        Some(&json),
    )
    .await
}

/// A send body with a fresh client id.
pub fn text(t: &str) -> SendMessage {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(1);
    let id = format!(
        "kit-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    );
    SendMessage::text(
        switchboard_protocol::ClientMsgId(id),
        t.into(),
        Default::default(),
    )
}
