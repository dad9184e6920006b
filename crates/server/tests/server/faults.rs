//! Fault injection: each switch, turned on at run time through `PUT /_faults`.

use crate::common::{api_error, Server};
use std::time::{Duration, Instant};
use switchboard_protocol::{ErrorCode, Message, MessagePage, Seq, ServerFrame};
use switchboard_server::Config;

/// A demo server with `--fault-admin`, and a token.
pub async fn admin_server() -> (tempfile::TempDir, Server, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::new(dir.path().to_path_buf(), dir.path().join("no-such-dist"));
    config.demo = true;
    config.faults.fault_admin = true;
    let server = Server::start_with(&config).await;
    let token = server.sign_in().await;
    (dir, server, token)
}

/// A raw request with any method: `Ok((status, body))`, or `Err` when the connection
/// failed at any point (sending, or reading the answer).
async fn raw(
    server: &Server,
    method: &'static str,
    path: &str,
    token: &str,
    body: &str,
) -> Result<(u16, String), String> {
    let url = format!("{}{path}", server.base);
    let auth = format!("Bearer {token}");
    let body = body.to_owned();
    tokio::task::spawn_blocking(move || {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        let req = ureq::http::Request::builder()
            .method(method)
            .uri(&url)
            .header("Authorization", &auth)
            .header("Content-Type", "application/json")
            .body(body)
            .unwrap();
        let mut resp = agent.run(req).map_err(|e| e.to_string())?;
        let status = resp.status().as_u16();
        let text = resp
            .body_mut()
            .read_to_string()
            .map_err(|e| e.to_string())?;
        Ok((status, text))
    })
    .await
    .unwrap()
}

pub async fn set(server: &Server, token: &str, json: &str) {
    let (status, text) = raw(server, "PUT", "/api/v1/_faults", token, json)
        .await
        .unwrap();
    assert_eq!(status, 200, "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_switch_needs_fault_admin() {
    let (_dir, server, token) = crate::common::demo().await;
    let (status, _) = raw(&server, "PUT", "/api/v1/_faults", &token, "{}")
        .await
        .unwrap();
    assert_eq!(status, 404);
    server.stop().await;
    let (_dir, server, token) = admin_server().await;
    let (status, _) = raw(&server, "PUT", "/api/v1/_faults", "forged", "{}")
        .await
        .unwrap();
    assert_eq!(status, 401);
    let (status, _) = raw(
        &server,
        "PUT",
        "/api/v1/_faults",
        &token,
        r#"{"fail_rate":2}"#,
    )
    .await
    .unwrap();
    assert_eq!(status, 422);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fail_rate_and_latency() {
    let (_dir, server, token) = admin_server().await;
    set(&server, &token, r#"{"fail_rate":1.0}"#).await;
    let (status, text) = server
        .call("GET", "/api/v1/conversations", Some(&token), None)
        .await;
    assert_eq!(status, 503);
    let e = api_error(&text);
    assert_eq!(
        (e.code, e.message.as_str()),
        (ErrorCode::Internal, "injected fault")
    );
    let (status, _) = server.call("GET", "/api/v1/health", None, None).await;
    assert_eq!(status, 200, "health is never failed");
    set(&server, &token, r#"{"latency_ms":300}"#).await;
    let start = Instant::now();
    let (status, _) = server
        .call("GET", "/api/v1/conversations", Some(&token), None)
        .await;
    assert_eq!(status, 200);
    assert!(
        start.elapsed() >= Duration::from_millis(300),
        "{:?}",
        start.elapsed()
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drop_after_commit_stores_once() {
    let (_dir, server, token) = admin_server().await;
    set(&server, &token, r#"{"drop_after_commit_rate":1.0}"#).await;
    let body = r#"{"client_id":"fault-drop-1","text":"Are you still there?"}"#;
    let path = "/api/v1/conversations/2/messages";
    let first = raw(&server, "POST", path, &token, body).await;
    assert!(first.is_err(), "the answer must be lost: {first:?}");
    set(&server, &token, "{}").await;
    let (status, text) = raw(&server, "POST", path, &token, body).await.unwrap();
    assert_eq!(status, 200, "the retry finds the committed message: {text}");
    let m: Message = serde_json::from_str(&text).unwrap();
    let page: MessagePage = server
        .json("GET", &format!("{path}?limit=200"), &token, None, 200)
        .await;
    let copies: Vec<_> = page
        .items
        .iter()
        .filter(|x| x.client_id == m.client_id)
        .collect();
    assert_eq!(copies.len(), 1);
    assert_eq!(copies[0].id, m.id);
    server.stop().await;
}

/// The event seqs the socket gets for one inbound message.
async fn seqs_after_inbound(server: &Server, token: &str) -> Vec<Seq> {
    let mut ws = server.socket(token, None).await;
    assert!(matches!(ws.next().await, Some(ServerFrame::Ready { .. })));
    server.inbound(token, 4, "Hello?").await;
    server.inbound(token, 4, "Anyone?").await;
    let mut seqs = Vec::new();
    while let Ok(Some(frame)) = tokio::time::timeout(Duration::from_millis(1500), ws.next()).await {
        if let ServerFrame::Event { seq, .. } = frame {
            seqs.push(seq);
        }
    }
    seqs
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn socket_events_duplicated_or_reordered() {
    let (_dir, server, token) = admin_server().await;
    set(&server, &token, r#"{"duplicate_events_rate":1.0}"#).await;
    let seqs = seqs_after_inbound(&server, &token).await;
    assert!(seqs.windows(2).any(|w| w[0] == w[1]), "{seqs:?}");
    set(&server, &token, r#"{"reorder_events_rate":1.0}"#).await;
    let seqs = seqs_after_inbound(&server, &token).await;
    assert!(seqs.windows(2).any(|w| w[0] > w[1]), "{seqs:?}");
    let mut sorted = seqs.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(
        sorted.len(),
        seqs.len(),
        "reordered, not lost or doubled: {seqs:?}"
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sockets_are_dropped_every_n_seconds() {
    let (_dir, server, token) = admin_server().await;
    set(&server, &token, r#"{"drop_ws_every_secs":1}"#).await;
    let start = Instant::now();
    let mut ws = server.socket(&token, None).await;
    assert!(matches!(ws.next().await, Some(ServerFrame::Ready { .. })));
    assert_eq!(ws.next().await, None);
    let took = start.elapsed();
    assert!(
        took >= Duration::from_millis(900) && took < Duration::from_secs(4),
        "{took:?}"
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_socket_open_before_the_drop_switch_is_dropped_after_it() {
    let (_dir, server, token) = admin_server().await;
    let mut ws = server.socket(&token, None).await;
    assert!(matches!(ws.next().await, Some(ServerFrame::Ready { .. })));
    // Open and quiet with the switch off...
    assert!(ws.quiet(1200).await, "nothing is sent, nothing drops it");
    // ...then the switch is set: this socket goes a second later, not never (its opening
    // was more than a second ago, yet it is not dropped before the switch said so).
    set(&server, &token, r#"{"drop_ws_every_secs":1}"#).await;
    let start = Instant::now();
    assert_eq!(ws.next().await, None);
    let took = start.elapsed();
    assert!(
        took >= Duration::from_millis(900) && took < Duration::from_secs(4),
        "{took:?}"
    );
    // Turned off again before its deadline, a socket stays.
    let mut ws = server.socket(&token, None).await;
    assert!(matches!(ws.next().await, Some(ServerFrame::Ready { .. })));
    set(&server, &token, r#"{"drop_ws_every_secs":0}"#).await;
    assert!(ws.quiet(2000).await, "switched off: the socket stays open");
    server.stop().await;
}
