//! A proxy in front of the reference server that breaks one part of the contract.

use axum::body::Bytes;
use axum::extract::ws::{Message as AxMessage, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use futures_util::{SinkExt, StreamExt};
use tokio_tungstenite::tungstenite::Message as TMessage;

/// What the proxy breaks.
#[derive(Clone, Copy, Debug)]
pub enum Break {
    /// Message pages carry `"has_more_after": null` (a field of the wrong type).
    NullHasMoreAfter,
    /// `limit=0` and `limit=201` are accepted (answered as without a limit).
    AcceptAnyLimit,
    /// Each socket loses its first event frame, and 404s come as plain text.
    DropFirstEventAndPlain404,
    /// Not broken: password sign-in (`alex@demo.switchboard` / `demo`, by the demo
    /// sign-in behind it), and `deals` left out of the capabilities.
    PasswordSignInWithoutDeals,
    /// Not broken: no capability list, and `/views` answers 404 (not offered).
    NoCapabilitiesNoViews,
}

fn json_response(status: u16, body: &serde_json::Value) -> Response {
    let status = StatusCode::from_u16(status).unwrap();
    (
        status,
        [("content-type", "application/json")],
        body.to_string(),
    )
        .into_response()
}

#[derive(Clone)]
struct Proxy {
    upstream: String,
    broken: Break,
    client: reqwest::Client,
}

/// Starts the proxy; its base URL.
pub async fn start(upstream: &str, broken: Break) -> String {
    let proxy = Proxy {
        upstream: upstream.to_owned(),
        broken,
        client: reqwest::Client::new(),
    };
    let app = Router::new()
        .route("/api/v1/ws", get(socket))
        .fallback(rest)
        .with_state(proxy);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}")
}

async fn rest(
    State(p): State<Proxy>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let mut path = uri
        .path_and_query()
        .map(|pq| pq.as_str().to_owned())
        .unwrap_or_default();
    if matches!(p.broken, Break::AcceptAnyLimit) {
        path = path
            .replace("limit=0", "limit=50")
            .replace("limit=201", "limit=50");
    }
    let mut body = body;
    match p.broken {
        Break::PasswordSignInWithoutDeals
            if method == Method::POST && path == "/api/v1/session" =>
        {
            let creds: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
            if creds["email"] != "alex@demo.switchboard" || creds["password"] != "demo" {
                let e = serde_json::json!({ "code": "unauthorized", "message": "wrong email or password" });
                return json_response(401, &e);
            }
            path = "/api/v1/session/demo".into();
            body = Bytes::new();
        }
        Break::NoCapabilitiesNoViews if path == "/api/v1/views" => {
            let e = serde_json::json!({ "code": "not_found", "message": "no such endpoint" });
            return json_response(404, &e);
        }
        _ => {}
    }
    let mut req = p
        .client
        .request(method.clone(), format!("{}{path}", p.upstream))
        .body(body);
    for name in [
        "authorization",
        "content-type",
        "origin",
        "access-control-request-method",
        "access-control-request-headers",
    ] {
        if let Some(v) = headers.get(name) {
            req = req.header(name, v.as_bytes());
        }
    }
    let resp = req.send().await.expect("upstream answers");
    let status = resp.status().as_u16();
    let cors: Vec<_> = resp
        .headers()
        .iter()
        .filter(|(n, _)| n.as_str().starts_with("access-control-"))
        .filter_map(|(n, v)| {
            let name = axum::http::HeaderName::from_bytes(n.as_str().as_bytes()).ok()?;
            let value = axum::http::HeaderValue::from_bytes(v.as_bytes()).ok()?;
            Some((name, value))
        })
        .collect();
    let text = resp.text().await.unwrap_or_default();
    let is_page = method == Method::GET && uri.path().ends_with("/messages");
    let text = match p.broken {
        Break::NullHasMoreAfter if is_page && status == 200 => {
            let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
            v["has_more_after"] = serde_json::Value::Null;
            v.to_string()
        }
        Break::DropFirstEventAndPlain404 if status == 404 => "not found".to_owned(),
        Break::PasswordSignInWithoutDeals | Break::NoCapabilitiesNoViews
            if uri.path() == "/api/v1/session" && method == Method::GET && status == 200 =>
        {
            let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
            if matches!(p.broken, Break::NoCapabilitiesNoViews) {
                v.as_object_mut().unwrap().remove("capabilities");
            } else if let Some(list) = v["capabilities"].as_array_mut() {
                list.retain(|c| c != "deals");
            }
            v.to_string()
        }
        _ => text,
    };
    let status = StatusCode::from_u16(status).unwrap();
    let mut response = (status, [("content-type", "application/json")], text).into_response();
    for (name, value) in cors {
        response.headers_mut().insert(name, value);
    }
    response
}

async fn socket(State(p): State<Proxy>, ws: WebSocketUpgrade) -> Response {
    ws.on_upgrade(move |client| bridge(client, p))
}

async fn bridge(client: WebSocket, p: Proxy) {
    let url = format!("{}/api/v1/ws", p.upstream.replacen("http://", "ws://", 1));
    let (upstream, _) = tokio_tungstenite::connect_async(url)
        .await
        .expect("upstream socket");
    let (mut up_tx, mut up_rx) = upstream.split();
    let (mut cl_tx, mut cl_rx) = client.split();
    let drop_first = matches!(p.broken, Break::DropFirstEventAndPlain404);
    let down = async move {
        let mut events = 0;
        while let Some(Ok(msg)) = up_rx.next().await {
            let out = match msg {
                TMessage::Text(t) => {
                    if t.as_str().contains("\"type\":\"event\"") {
                        events += 1;
                        if drop_first && events == 1 {
                            continue;
                        }
                    }
                    AxMessage::Text(t.as_str().into())
                }
                TMessage::Close(_) => break,
                _ => continue,
            };
            if cl_tx.send(out).await.is_err() {
                break;
            }
        }
        let _ = cl_tx.send(AxMessage::Close(None)).await;
    };
    let up = async move {
        while let Some(Ok(msg)) = cl_rx.next().await {
            let out = match msg {
                AxMessage::Text(t) => TMessage::Text(t.as_str().into()),
                AxMessage::Close(_) => break,
                _ => continue,
            };
            if up_tx.send(out).await.is_err() {
                break;
            }
        }
        let _ = up_tx.send(TMessage::Close(None)).await;
    };
    tokio::select! {
        _ = down => {}
        _ = up => {}
    }
}
