//! The built app with its SPA fallback, CORS, and the simulator.

use crate::common::Server;
use switchboard_protocol::{Author, Event, ServerFrame};
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
    let mut last = 0;
    for _ in 0..4 {
        let Some(ServerFrame::Event { seq, event }) = ws.next().await else {
            panic!("expected an event");
        };
        assert!(seq > last);
        last = seq;
        if let Event::MessageCreated { message } = event {
            assert_eq!(message.author, Author::Contact);
            assert!(!message.content.text().unwrap_or_default().is_empty());
        }
    }
    server.stop().await;
}
