//! The built app with its SPA fallback, CORS, and the simulator.

use crate::common::Server;
use switchboard_protocol::{Author, Event, ServerFrame, Typist};
use switchboard_server::Config;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serves_files_and_falls_back_to_index_html() {
    let dir = tempfile::tempdir().unwrap();
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!doctype html><title>SB</title>").unwrap();
    std::fs::write(dist.join("app.js"), "console.log(1)").unwrap();
    let mut config = Config::new(dir.path().join("data"), dist);
    config.cors_origins = vec!["http://localhost:3000".into()];
    let server = Server::start_with(&config).await;
    assert_eq!(
        server.call("GET", "/app.js", None, None).await,
        (200, "console.log(1)".into())
    );
    for path in ["/", "/conversations/12", "/settings/profile"] {
        let (status, body) = server.call("GET", path, None, None).await;
        assert_eq!(status, 200, "{path}");
        assert!(body.contains("<title>SB</title>"), "{path}");
    }
    let (status, body) = server.call("GET", "/api/v1/unknown", None, None).await;
    assert_eq!(status, 404);
    assert!(body.contains("not_found"));
    assert!(dir.path().join("data/uploads").is_dir());
    assert!(dir.path().join("data/switchboard.sqlite3").is_file());
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn simulated_customers_write_through_the_inbound_path() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::new(dir.path().to_path_buf(), dir.path().join("dist"));
    config.demo = true;
    config.simulate = true;
    config.simulate_every_ms = 60;
    let server = Server::start_with(&config).await;
    let token = server.sign_in().await;
    let mut ws = server.socket(&token, None).await;
    assert!(matches!(ws.next().await, Some(ServerFrame::Ready { .. })));
    // The customer is seen typing, then writes in that conversation; seq only grows.
    let mut last = 0;
    let mut typing_in = None;
    let mut wrote = 0;
    while wrote < 3 {
        match ws.next().await.expect("the simulator keeps writing") {
            ServerFrame::Typing {
                conversation_id,
                who: Typist::Contact,
                active: true,
            } => typing_in = Some(conversation_id),
            ServerFrame::Event { seq, event } => {
                assert!(seq > last);
                last = seq;
                if let Event::MessageCreated { message } = event {
                    if message.author == Author::Contact {
                        assert_eq!(
                            Some(message.conversation_id),
                            typing_in,
                            "typing came first"
                        );
                        assert!(!message.content.text().unwrap_or_default().is_empty());
                        wrote += 1;
                    }
                }
            }
            _ => {}
        }
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_blocked_contacts_message_does_not_reach_the_inbox() {
    let (dir, server, token) = crate::common::demo().await;
    let conn = crate::common::store(dir.path());
    let id: i64 = conn
        .query_row(
            "SELECT c.id FROM conversations c JOIN contacts k ON k.id = c.contact_id \
             WHERE k.blocked = 1 ORDER BY c.id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("the demo has a blocked contact");
    let count = |conn: &rusqlite::Connection| -> i64 {
        conn.query_row(
            "SELECT COUNT(*) FROM messages WHERE conversation_id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap()
    };
    let before = count(&conn);
    let body = serde_json::json!({ "conversation_id": id, "text": "hello?" }).to_string();
    let (status, text) = server
        .call("POST", "/api/v1/inbound", Some(&token), Some(&body))
        .await;
    assert_eq!(status, 409, "{text}");
    assert_eq!(
        crate::common::api_error(&text).code,
        switchboard_protocol::ErrorCode::Conflict
    );
    assert_eq!(count(&conn), before, "nothing written");
    server.stop().await;
}
