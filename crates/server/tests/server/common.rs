//! The test harness: a real server on 127.0.0.1:0 over a real SQLite file in a temporary
//! directory, a tiny blocking HTTP client (ureq, run off the runtime) and a real
//! WebSocket client (tokio-tungstenite).

use futures_util::{SinkExt, StreamExt};
use serde::de::DeserializeOwned;
use std::path::Path;
use std::time::Duration;
use switchboard_protocol::{ApiError, ClientFrame, ServerFrame, SignInResponse};
use switchboard_server::{start, Config, Running};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message as WsMessage;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

/// A demo server in a fresh directory, and a demo token.
pub async fn demo() -> (tempfile::TempDir, Server, String) {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), true).await;
    let token = server.sign_in().await;
    (dir, server, token)
}

/// Opens a test server's store directly (WAL: fine beside the running server).
pub fn store(dir: &Path) -> rusqlite::Connection {
    switchboard_server::db::open(&dir.join("switchboard.sqlite3")).unwrap()
}

/// Changes the workspace settings of a test server's database directly (the protocol has
/// no settings endpoint yet).
pub fn with_settings(dir: &Path, change: impl FnOnce(&mut switchboard_protocol::Settings)) {
    let conn = store(dir);
    let mut settings = switchboard_server::db::settings::load(&conn).unwrap();
    change(&mut settings);
    switchboard_server::db::settings::save(&conn, &settings).unwrap();
}

/// Decodes an error body, failing the test when it is not an `ApiError`.
pub fn api_error(text: &str) -> ApiError {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not an ApiError ({e}): {text}"))
}

/// A running server and where it keeps its data.
pub struct Server {
    /// The started server.
    pub running: Running,
    /// `http://127.0.0.1:port`.
    pub base: String,
}

impl Server {
    /// Starts a server on `data` (with demo data when `demo`).
    pub async fn start(data: &Path, demo: bool) -> Server {
        let mut config = Config::new(data.to_path_buf(), data.join("no-such-dist"));
        config.demo = demo;
        Server::start_with(&config).await
    }

    /// Starts a server with any configuration.
    pub async fn start_with(config: &Config) -> Server {
        let running = start(config).await.expect("server starts");
        let base = format!("http://{}", running.addr);
        Server { running, base }
    }

    /// Stops it.
    pub async fn stop(self) {
        self.running.stop().await.expect("server stops");
    }

    /// A request (`GET`, `POST`, `PUT` or `PATCH`); `(status, body)`.
    pub async fn call(
        &self,
        method: &'static str,
        path: &str,
        token: Option<&str>,
        body: Option<&str>,
    ) -> (u16, String) {
        let url = format!("{}{path}", self.base);
        let token = token.map(str::to_owned);
        let body = body.map(str::to_owned);
        tokio::task::spawn_blocking(move || {
            let agent: ureq::Agent = ureq::Agent::config_builder()
                .http_status_as_error(false)
                .build()
                .into();
            let auth = token.map(|t| format!("Bearer {t}"));
            let result = match method {
                "GET" => {
                    let mut r = agent.get(&url);
                    if let Some(a) = &auth {
                        r = r.header("Authorization", a);
                    }
                    r.call()
                }
                _ => {
                    let r = match method {
                        "PUT" => agent.put(&url),
                        "PATCH" => agent.patch(&url),
                        _ => agent.post(&url),
                    };
                    let mut r = r.content_type("application/json");
                    if let Some(a) = &auth {
                        r = r.header("Authorization", a);
                    }
                    match body {
                        Some(b) => r.send(b.as_str()),
                        None => r.send_empty(),
                    }
                }
            };
            let mut resp = result.expect("request goes through");
            let status = resp.status().as_u16();
            let text = resp.body_mut().read_to_string().expect("body reads");
            (status, text)
        })
        .await
        .expect("client task")
    }

    /// A request expected to answer `status`, decoded.
    pub async fn json<T: DeserializeOwned>(
        &self,
        method: &'static str,
        path: &str,
        token: &str,
        body: Option<&str>,
        status: u16,
    ) -> T {
        let (got, text) = self.call(method, path, Some(token), body).await;
        assert_eq!(got, status, "{method} {path}: {text}");
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}: {text}"))
    }

    /// Signs in as the demo agent.
    pub async fn sign_in(&self) -> String {
        let (status, text) = self.call("POST", "/api/v1/session/demo", None, None).await;
        assert_eq!(status, 200, "{text}");
        serde_json::from_str::<SignInResponse>(&text).unwrap().token
    }

    /// Posts a customer message into a conversation.
    pub async fn inbound(&self, token: &str, conversation: i64, text: &str) {
        let body = serde_json::json!({ "conversation_id": conversation, "text": text });
        let (status, text) = self
            .call(
                "POST",
                "/api/v1/inbound",
                Some(token),
                Some(&body.to_string()),
            )
            .await;
        assert_eq!(status, 201, "{text}");
    }

    /// Opens a socket and sends `auth`.
    pub async fn socket(&self, token: &str, resume_after: Option<u64>) -> Socket {
        let url = format!("ws://{}/api/v1/ws", self.running.addr);
        let (mut ws, _) = tokio_tungstenite::connect_async(url)
            .await
            .expect("ws connects");
        let auth = ClientFrame::Auth {
            token: token.into(),
            resume_after,
        };
        let text = serde_json::to_string(&auth).unwrap();
        ws.send(WsMessage::Text(text.into())).await.unwrap();
        Socket(ws)
    }
}

/// A client socket.
pub struct Socket(pub WebSocketStream<MaybeTlsStream<TcpStream>>);

impl Socket {
    /// The next server frame; `None` when the socket closed (or nothing came in 5 s).
    pub async fn next(&mut self) -> Option<ServerFrame> {
        self.next_within(5_000).await
    }

    /// The next frame if one arrives within `ms` milliseconds (`None`: quiet or closed).
    pub async fn next_within(&mut self, ms: u64) -> Option<ServerFrame> {
        loop {
            // `next()` on the stream is cancel-safe: a timeout loses no frame.
            let msg = tokio::time::timeout(Duration::from_millis(ms), self.0.next())
                .await
                .ok()??
                .ok()?;
            match msg {
                WsMessage::Text(t) => return Some(serde_json::from_str(t.as_str()).unwrap()),
                WsMessage::Close(_) => return None,
                _ => {}
            }
        }
    }

    /// Nothing arrives within `ms` milliseconds.
    pub async fn quiet(&mut self, ms: u64) -> bool {
        tokio::time::timeout(Duration::from_millis(ms), self.0.next())
            .await
            .is_err()
    }
}
