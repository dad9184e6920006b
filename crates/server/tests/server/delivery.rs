//! The simulated network: sent → delivered → read by events, failures and retry.

use crate::common::api_error as error;
use crate::consistency::listen;
use crate::kit::{demo_with, send, text};
use switchboard_protocol::*;

async fn statuses(
    ws: &mut crate::common::Socket,
    id: MessageId,
    until: usize,
) -> Vec<DeliveryStatus> {
    let mut seen = Vec::new();
    while seen.len() < until {
        match ws.next_within(3000).await {
            Some(ServerFrame::Event {
                event: Event::MessageUpdated { message },
                ..
            }) if message.id == id => seen.push(message.status),
            Some(_) => {}
            None => break,
        }
    }
    seen
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_get_delivered_then_read() {
    let (_dir, s, token) = demo_with(100, 100).await;
    let (mut ws, _) = listen(&s, &token).await;
    let (status, body) = send(&s, &token, 1, &text("Is it there yet?")).await;
    assert_eq!(status, 201);
    let m: Message = serde_json::from_str(&body).unwrap();
    assert_eq!(m.status, DeliveryStatus::Sent);
    assert_eq!(
        statuses(&mut ws, m.id, 2).await,
        [DeliveryStatus::Delivered, DeliveryStatus::Read]
    );
    let c: ConversationDetail = s
        .json("GET", "/api/v1/conversations/1", &token, None, 200)
        .await;
    assert_eq!(
        c.conversation.last_message.unwrap().status,
        DeliveryStatus::Read
    );
    let mut note = text("internal");
    note.visibility = Visibility::Internal;
    let (_, body) = send(&s, &token, 1, &note).await;
    let note: Message = serde_json::from_str(&body).unwrap();
    assert!(
        statuses(&mut ws, note.id, 1).await.is_empty(),
        "notes are not delivered"
    );
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_messages_can_be_retried() {
    let (_dir, s, token) = demo_with(100, 100).await;
    let page: MessagePage = s
        .json(
            "GET",
            "/api/v1/conversations/6/messages?limit=200",
            &token,
            None,
            200,
        )
        .await;
    let failed = page
        .items
        .iter()
        .find(|m| matches!(m.status, DeliveryStatus::Failed { .. }))
        .expect("demo has a failed message");
    let ok = page
        .items
        .iter()
        .find(|m| m.status == DeliveryStatus::Delivered)
        .expect("a delivered one");
    let (mut ws, _) = listen(&s, &token).await;
    let path = format!("/api/v1/conversations/6/messages/{}/retry", failed.id);
    let again: Message = s.json("POST", &path, &token, None, 200).await;
    assert_eq!(again.status, DeliveryStatus::Sent);
    let seen = statuses(&mut ws, failed.id, 2).await;
    assert_eq!(seen[0], DeliveryStatus::Sent);
    assert!(
        matches!(&seen[1], DeliveryStatus::Failed { reason } if reason.contains("mailbox")),
        "{seen:?}"
    );
    let (status, body) = s
        .call(
            "POST",
            &format!("/api/v1/conversations/6/messages/{}/retry", ok.id),
            Some(&token),
            None,
        )
        .await;
    assert_eq!((status, error(&body).code), (409, ErrorCode::Conflict));
    let (status, _) = s
        .call(
            "POST",
            &format!("/api/v1/conversations/1/messages/{}/retry", failed.id),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(status, 404);
    let (status, _) = s
        .call(
            "POST",
            "/api/v1/conversations/6/messages/x/retry",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(status, 400);
    s.stop().await;
}
