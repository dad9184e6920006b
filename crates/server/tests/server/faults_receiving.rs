//! Fault injection for the client's receiving side: a half-open socket (`stall_ws`) and a
//! server restarted with a new event log (`--fault-forget-events`).

use crate::common::Server;
use crate::faults::{admin_server, set};
use futures_util::SinkExt;
use std::time::Duration;
use switchboard_protocol::{ClientFrame, ServerFrame};
use switchboard_server::Config;
use tokio_tungstenite::tungstenite::Message as WsMessage;

async fn ping(ws: &mut crate::common::Socket) {
    let ping = serde_json::to_string(&ClientFrame::Ping).unwrap();
    ws.0.send(WsMessage::Text(ping.into())).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_socket_goes_silent_and_stays_open() {
    let (_dir, server, token) = admin_server().await;
    let mut ws = server.socket(&token, None).await;
    assert!(matches!(ws.next().await, Some(ServerFrame::Ready { .. })));
    set(&server, &token, r#"{"stall_ws":true}"#).await;
    // The socket takes the change on its own task.
    tokio::time::sleep(Duration::from_millis(200)).await;
    // A ping is answered at once, and an inbound message is two events, on a live socket.
    ping(&mut ws).await;
    server.inbound(&token, 4, "Is anyone there?").await;
    assert!(
        ws.quiet(1500).await,
        "a stalled socket sends nothing and is not closed"
    );
    // A socket opened after the switch was set is not touched.
    let mut fresh = server.socket(&token, None).await;
    assert!(matches!(
        fresh.next().await,
        Some(ServerFrame::Ready { .. })
    ));
    ping(&mut fresh).await;
    assert!(matches!(
        fresh.next().await,
        Some(ServerFrame::Heartbeat { .. })
    ));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_with_a_new_event_log_tells_resuming_sockets_to_resync() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::new(dir.path().to_path_buf(), dir.path().join("no-such-dist"));
    config.demo = true;
    let server = Server::start_with(&config).await;
    let token = server.sign_in().await;
    server.inbound(&token, 4, "Before the restart").await;
    let mut ws = server.socket(&token, None).await;
    let Some(ServerFrame::Ready { head }) = ws.next().await else {
        panic!("no ready");
    };
    assert!(head >= 2, "{head}");
    drop(ws);
    server.stop().await;

    config.faults.fault_forget_events = true;
    let server = Server::start_with(&config).await;
    let mut ws = server.socket(&token, Some(head)).await;
    assert_eq!(ws.next().await, Some(ServerFrame::Ready { head: 0 }));
    assert_eq!(
        ws.next().await,
        Some(ServerFrame::ResyncRequired { head: 0 }),
        "resuming beyond the head: resync"
    );
    server.inbound(&token, 4, "After the restart").await;
    assert!(
        matches!(ws.next().await, Some(ServerFrame::Event { seq: 1, .. })),
        "seq starts over"
    );
    server.stop().await;
}
