//! Message history, sending (idempotency, validation), inbound messages and reading.

use crate::common::{api_error as error, demo};
use switchboard_protocol::{
    ConversationDetail, ConversationPage, ConversationStatus, ErrorCode, Message, MessagePage,
};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_page_backwards() {
    let (_dir, server, token) = demo().await;
    let all: MessagePage = server
        .json(
            "GET",
            "/api/v1/conversations/1/messages?limit=200",
            &token,
            None,
            200,
        )
        .await;
    assert!(!all.has_more_before);
    assert!(all.items.len() >= 3);
    assert!(all
        .items
        .windows(2)
        .all(|w| w[0].id < w[1].id && w[0].created_at <= w[1].created_at));
    let last_two: MessagePage = server
        .json(
            "GET",
            "/api/v1/conversations/1/messages?limit=2",
            &token,
            None,
            200,
        )
        .await;
    assert!(last_two.has_more_before);
    assert_eq!(last_two.items, all.items[all.items.len() - 2..]);
    let before = last_two.items[0].id;
    let older: MessagePage = server
        .json(
            "GET",
            &format!("/api/v1/conversations/1/messages?before={before}&limit=200"),
            &token,
            None,
            200,
        )
        .await;
    assert!(!older.has_more_before);
    assert_eq!(older.items, all.items[..all.items.len() - 2]);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn send_is_idempotent_and_validated() {
    let (_dir, server, token) = demo().await;
    let path = "/api/v1/conversations/2/messages";
    let body = r#"{"client_id":"0190f3a2-7b1c-7def-8abc-0123456789ab","text":"  Hello there  "}"#;
    let (status, first) = server.call("POST", path, Some(&token), Some(body)).await;
    assert_eq!(status, 201, "{first}");
    let (status, again) = server.call("POST", path, Some(&token), Some(body)).await;
    assert_eq!(status, 200);
    assert_eq!(first, again, "the same stored message");
    let m: Message = serde_json::from_str(&first).unwrap();
    assert_eq!(m.content.text(), Some("Hello there"));
    let page: MessagePage = server
        .json("GET", &format!("{path}?limit=200"), &token, None, 200)
        .await;
    assert_eq!(
        page.items
            .iter()
            .filter(|x| x.client_id == m.client_id)
            .count(),
        1
    );
    let detail: ConversationDetail = server
        .json("GET", "/api/v1/conversations/2", &token, None, 200)
        .await;
    assert!(!detail.conversation.unanswered);
    assert_eq!(detail.conversation.unread_count, 0);
    let cases = [
        (
            path,
            r#"{"client_id":"0190f3a2-7b1c-7def-8abc-0123456789ab","text":"other"}"#,
            409,
            ErrorCode::Conflict,
        ),
        (
            "/api/v1/conversations/3/messages",
            body,
            409,
            ErrorCode::Conflict,
        ),
        (
            path,
            r#"{"client_id":"c2","text":"   "}"#,
            422,
            ErrorCode::Invalid,
        ),
        (
            path,
            r#"{"client_id":"bad id","text":"hi"}"#,
            422,
            ErrorCode::Invalid,
        ),
        (
            path,
            r#"{"client_id":"c3","text":"#,
            400,
            ErrorCode::BadRequest,
        ),
        (path, r#"{"text":"no id"}"#, 400, ErrorCode::BadRequest),
        (
            "/api/v1/conversations/9999/messages",
            r#"{"client_id":"c4","text":"hi"}"#,
            404,
            ErrorCode::NotFound,
        ),
    ];
    for (p, b, status, code) in cases {
        let (got, text) = server.call("POST", p, Some(&token), Some(b)).await;
        assert_eq!((got, error(&text).code), (status, code), "{b}");
    }
    let long = format!(r#"{{"client_id":"c5","text":"{}"}}"#, "x".repeat(4097));
    let (got, _) = server.call("POST", path, Some(&token), Some(&long)).await;
    assert_eq!(got, 422);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inbound_bumps_unread_and_moves_to_top_and_read_clears() {
    let (_dir, server, token) = demo().await;
    let page: ConversationPage = server
        .json("GET", "/api/v1/conversations?limit=200", &token, None, 200)
        .await;
    let target = page.items.last().unwrap().clone();
    server
        .inbound(&token, target.id.0, "Is it still available?")
        .await;
    let page: ConversationPage = server
        .json("GET", "/api/v1/conversations?limit=1", &token, None, 200)
        .await;
    let top = &page.items[0];
    assert_eq!(top.id, target.id);
    assert_eq!(top.unread_count, target.unread_count + 1);
    assert!(top.unanswered);
    assert!(matches!(
        top.status,
        ConversationStatus::Open | ConversationStatus::InProgress
    ));
    assert_eq!(
        top.last_message.as_ref().unwrap().text,
        "Is it still available?"
    );
    let read: switchboard_protocol::ConversationSummary = server
        .json(
            "POST",
            &format!("/api/v1/conversations/{}/read", target.id),
            &token,
            None,
            200,
        )
        .await;
    assert_eq!(read.unread_count, 0);
    let d: ConversationDetail = server
        .json(
            "GET",
            &format!("/api/v1/conversations/{}", target.id),
            &token,
            None,
            200,
        )
        .await;
    assert_eq!(d.conversation.unread_count, 0);
    server.stop().await;
}

#[tokio::test]
async fn replies_and_inbound_messages_keep_clients_in_step() {
    use crate::consistency::{check, Scope};
    let (_dir, server, token) = crate::common::demo().await;
    let scope = Scope {
        logs: vec![1, 2],
        ..Scope::default()
    };
    let events = check(&server, &token, &scope, || async {
        server.inbound(&token, 2, "Is the parcel on its way?").await;
        let body = r#"{"client_id":"c-consistency-1","text":"Yes, it left this morning."}"#;
        let (status, text) = server
            .call(
                "POST",
                "/api/v1/conversations/2/messages",
                Some(&token),
                Some(body),
            )
            .await;
        assert_eq!(status, 201, "{text}");
        let (status, _) = server
            .call("POST", "/api/v1/conversations/1/read", Some(&token), None)
            .await;
        assert_eq!(status, 200);
    })
    .await;
    assert!(events.len() >= 4, "{events:?}");
    server.stop().await;
}
