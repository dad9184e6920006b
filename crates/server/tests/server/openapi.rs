//! The OpenAPI document: served without a token, byte for byte the checked-in file.

use crate::common::Server;

#[tokio::test]
async fn the_served_document_is_the_checked_in_one() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), false).await;
    let (status, served) = server.call("GET", "/api/v1/openapi.json", None, None).await;
    assert_eq!(status, 200, "{served}");
    assert_eq!(served, switchboard_server::openapi::document_json());
    let checked_in = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/openapi.json"
    ))
    .unwrap_or_default();
    assert!(
        served == checked_in,
        "docs/openapi.json differs from the served document; regenerate it with \
         `UPDATE_OPENAPI=1 cargo test -p switchboard-server --lib openapi` and commit it"
    );
    let doc: serde_json::Value = serde_json::from_str(&served).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    server.stop().await;
}
