//! The socket: auth, live events in order, resuming, resync and restarts.

use crate::common::{demo, Server};
use switchboard_protocol::{ClientFrame, Event, Seq, ServerFrame};

fn ready(frame: Option<ServerFrame>) -> Seq {
    match frame {
        Some(ServerFrame::Ready { head }) => head,
        other => panic!("expected ready, got {other:?}"),
    }
}

fn event(frame: Option<ServerFrame>) -> (Seq, Event) {
    match frame {
        Some(ServerFrame::Event { seq, event }) => (seq, event),
        other => panic!("expected an event, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_token_gets_unauthorized_then_close() {
    let (_dir, server, _token) = demo().await;
    let mut ws = server.socket("forged", None).await;
    assert_eq!(ws.next().await, Some(ServerFrame::Unauthorized));
    assert_eq!(ws.next().await, None);
    let (status, _) = server.call("GET", "/api/v1/ws", None, None).await;
    assert_eq!(status, 400, "a plain GET is not a socket");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inbound_reaches_the_socket_in_order() {
    let (_dir, server, token) = demo().await;
    let mut ws = server.socket(&token, None).await;
    let head = ready(ws.next().await);
    assert_eq!(head, 0, "demo data makes no events");
    server.inbound(&token, 4, "Bonjour !").await;
    let (s1, e1) = event(ws.next().await);
    let (s2, e2) = event(ws.next().await);
    assert_eq!((s1, s2), (head + 1, head + 2));
    match (e1, e2) {
        (Event::MessageCreated { message }, Event::ConversationUpdated { conversation }) => {
            assert_eq!(message.conversation_id.0, 4);
            assert_eq!(conversation.last_message.unwrap().id, message.id);
        }
        other => panic!("wrong events: {other:?}"),
    }
    // Ping is answered; garbage is ignored.
    use futures_util::SinkExt;
    use tokio_tungstenite::tungstenite::Message as WsMessage;
    ws.0.send(WsMessage::Text("garbage".into())).await.unwrap();
    let ping = serde_json::to_string(&ClientFrame::Ping).unwrap();
    ws.0.send(WsMessage::Text(ping.into())).await.unwrap();
    assert_eq!(ws.next().await, Some(ServerFrame::Heartbeat { head: s2 }));
    // A send echoes message_created with the client id, then conversation_updated.
    let body = r#"{"client_id":"echo-1","text":"On it","visibility":"internal"}"#;
    let (status, _) = server
        .call(
            "POST",
            "/api/v1/conversations/4/messages",
            Some(&token),
            Some(body),
        )
        .await;
    assert_eq!(status, 201);
    match event(ws.next().await) {
        (3, Event::MessageCreated { message }) => {
            assert_eq!(message.client_id.unwrap().0, "echo-1")
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        event(ws.next().await),
        (4, Event::ConversationUpdated { .. })
    ));
    // The repeat creates no event.
    let (status, _) = server
        .call(
            "POST",
            "/api/v1/conversations/4/messages",
            Some(&token),
            Some(body),
        )
        .await;
    assert_eq!(status, 200);
    assert!(ws.quiet(300).await);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resume_replays_exactly_the_missed_events() {
    let (dir, server, token) = demo().await;
    for i in 0..3 {
        server.inbound(&token, 10 + i, "hello").await;
    }
    let mut ws = server.socket(&token, Some(2)).await;
    assert_eq!(ready(ws.next().await), 6);
    let seqs: Vec<Seq> = [
        ws.next().await,
        ws.next().await,
        ws.next().await,
        ws.next().await,
    ]
    .into_iter()
    .map(|f| event(f).0)
    .collect();
    assert_eq!(seqs, [3, 4, 5, 6]);
    assert!(ws.quiet(300).await, "nothing doubled");
    server.inbound(&token, 20, "again").await;
    assert_eq!(event(ws.next().await).0, 7);

    let mut ahead = server.socket(&token, Some(99)).await;
    assert_eq!(ready(ahead.next().await), 8);
    assert_eq!(
        ahead.next().await,
        Some(ServerFrame::ResyncRequired { head: 8 })
    );

    // Trim the log as the retention would, then resume from before it.
    let conn = rusqlite::Connection::open(dir.path().join("switchboard.sqlite3")).unwrap();
    conn.execute("DELETE FROM events WHERE seq <= 4", [])
        .unwrap();
    let mut old = server.socket(&token, Some(2)).await;
    assert_eq!(ready(old.next().await), 8);
    assert_eq!(
        old.next().await,
        Some(ServerFrame::ResyncRequired { head: 8 })
    );
    let mut edge = server.socket(&token, Some(4)).await;
    assert_eq!(ready(edge.next().await), 8);
    assert_eq!(
        event(edge.next().await).0,
        5,
        "resuming right at the oldest works"
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_keeps_messages_and_seq_grows_on() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), true).await;
    let token = server.sign_in().await;
    server.inbound(&token, 7, "before the restart").await;
    let mut ws = server.socket(&token, None).await;
    assert_eq!(ready(ws.next().await), 2);
    drop(ws);
    let before: switchboard_protocol::ConversationPage = server
        .json("GET", "/api/v1/conversations?limit=1", &token, None, 200)
        .await;
    server.stop().await;

    let server = Server::start(dir.path(), true).await;
    let (status, _) = server
        .call("GET", "/api/v1/session", Some(&token), None)
        .await;
    assert_eq!(status, 200, "sessions survive a restart");
    let page: switchboard_protocol::MessagePage = server
        .json("GET", "/api/v1/conversations/7/messages", &token, None, 200)
        .await;
    assert_eq!(
        page.items.last().unwrap().content.text(),
        Some("before the restart")
    );
    let total: switchboard_protocol::ConversationPage = server
        .json("GET", "/api/v1/conversations?limit=1", &token, None, 200)
        .await;
    assert_eq!(total.total, before.total, "demo data is not loaded twice");
    let mut ws = server.socket(&token, Some(2)).await;
    assert_eq!(ready(ws.next().await), 2);
    server.inbound(&token, 7, "after the restart").await;
    assert_eq!(event(ws.next().await).0, 3);
    assert_eq!(event(ws.next().await).0, 4);
    server.stop().await;
}
