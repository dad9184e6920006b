//! Health, sign-in, the conversation list and the demo data.

use crate::common::{api_error as error, demo, Server};
use std::collections::HashSet;
use switchboard_protocol::{
    ConversationDetail, ConversationPage, ConversationStatus, ErrorCode, Session,
};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_needs_no_token() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), false).await;
    let (status, body) = server.call("GET", "/api/v1/health", None, None).await;
    assert_eq!((status, body.as_str()), (200, r#"{"ok":true}"#));
    let (status, body) = server
        .call("POST", "/api/v1/session/demo", None, None)
        .await;
    assert_eq!(status, 403);
    assert_eq!(error(&body).code, ErrorCode::Forbidden);
    let (status, body) = server.call("GET", "/api/v1/nothing/here", None, None).await;
    assert_eq!((status, error(&body).code), (404, ErrorCode::NotFound));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_or_forged_tokens_are_refused() {
    let (_dir, server, token) = demo().await;
    for t in [None, Some("forged"), Some("0".repeat(64).as_str())] {
        let (status, body) = server.call("GET", "/api/v1/conversations", t, None).await;
        assert_eq!(status, 401);
        assert_eq!(error(&body).code, ErrorCode::Unauthorized);
    }
    let session: Session = server
        .json("GET", "/api/v1/session", &token, None, 200)
        .await;
    assert_eq!(session.agent.name, "Alex Morgan");
    assert!(session.agents.len() >= 5);
    let second = server.sign_in().await;
    assert_ne!(second, token, "each sign-in makes a new token");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_pages_cover_every_row_once_in_order() {
    let (_dir, server, token) = demo().await;
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    // 72 demo conversations less the archived ones and those of blocked contacts.
    let mut total = None;
    loop {
        let path = match &cursor {
            Some(c) => format!("/api/v1/conversations?limit=7&cursor={c}"),
            None => "/api/v1/conversations?limit=7".into(),
        };
        let page: ConversationPage = server.json("GET", &path, &token, None, 200).await;
        assert_eq!(page.total, *total.get_or_insert(page.total));
        assert!((60..72).contains(&page.total), "{}", page.total);
        assert!(page.items.len() <= 7);
        seen.extend(page.items);
        match page.next_cursor {
            Some(c) => cursor = Some(c),
            None => break,
        }
    }
    assert_eq!(Some(seen.len() as u32), total);
    let ids: HashSet<_> = seen.iter().map(|c| c.id).collect();
    assert_eq!(ids.len(), seen.len(), "no duplicates");
    for w in seen.windows(2) {
        let key = |c: &switchboard_protocol::ConversationSummary| (c.last_activity_at, c.id);
        assert!(key(&w[0]) > key(&w[1]), "newest activity first");
    }
    for (q, status) in [
        ("limit=0", 422),
        ("limit=201", 422),
        ("limit=x", 400),
        ("cursor=zzz", 400),
    ] {
        let (got, body) = server
            .call(
                "GET",
                &format!("/api/v1/conversations?{q}"),
                Some(&token),
                None,
            )
            .await;
        assert_eq!(got, status, "{q}: {body}");
        error(&body);
    }
    let (got, body) = server
        .call("GET", "/api/v1/conversations/abc", Some(&token), None)
        .await;
    assert_eq!((got, error(&body).code), (400, ErrorCode::BadRequest));
    let (got, body) = server
        .call("GET", "/api/v1/conversations/9999", Some(&token), None)
        .await;
    assert_eq!((got, error(&body).code), (404, ErrorCode::NotFound));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_data_is_varied() {
    let (_dir, server, token) = demo().await;
    let session: Session = server
        .json("GET", "/api/v1/session", &token, None, 200)
        .await;
    let me = session.agent.id;
    let page: ConversationPage = server
        .json("GET", "/api/v1/conversations?limit=200", &token, None, 200)
        .await;
    let items = page.items;
    assert!(items.len() >= 60);
    let channels: HashSet<_> = items.iter().map(|c| c.channel).collect();
    assert_eq!(channels.len(), 7);
    for s in [
        ConversationStatus::Open,
        ConversationStatus::InProgress,
        ConversationStatus::Closed,
        ConversationStatus::Snoozed,
    ] {
        assert!(items.iter().any(|c| c.status == s), "{s:?}");
    }
    assert!(items
        .iter()
        .filter(|c| c.status == ConversationStatus::Snoozed)
        .all(|c| c.snoozed_until > Some(chrono::Utc::now())));
    assert!(items.iter().any(|c| c.assignee.is_none()));
    assert!(items.iter().any(|c| c.assignee == Some(me)));
    assert!(items.iter().any(|c| c.assignee.is_some_and(|a| a != me)));
    assert!(items.iter().any(|c| c.unanswered));
    assert!(items.iter().any(|c| c.unread_count > 0));
    assert!(items.iter().any(|c| c.deal.is_some()));
    assert!(items.iter().all(|c| c.last_message.is_some()));
    let mut languages = HashSet::new();
    for c in &items {
        let d: ConversationDetail = server
            .json(
                "GET",
                &format!("/api/v1/conversations/{}", c.id),
                &token,
                None,
                200,
            )
            .await;
        languages.extend(d.contact.language);
    }
    assert!(languages.len() >= 4, "{languages:?}");
    server.stop().await;
}
