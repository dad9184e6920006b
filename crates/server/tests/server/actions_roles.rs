//! Actions bound to roles and time: blocking and deleting (403 for agents, hidden after
//! blocking), and a snooze that wakes when due.

use crate::actions::{act, changes, checked, first};
use crate::common::demo;
use crate::util::{sign_in_as, SUPERVISOR};
use serde_json::json;
use switchboard_protocol::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn block_and_delete_follow_roles() {
    let (dir, s, t) = demo().await;
    let sup = sign_in_as(dir.path(), SUPERVISOR);
    let id = first(&s, &t, "status=open").await.id.0;
    assert!(checked(&s, &t, id, json!({"type": "delete"}), 403)
        .await
        .is_empty());
    let snooze = json!({"type": "snooze", "until": "2099-01-01T00:00:00Z"});
    checked(&s, &t, id, snooze, 200).await;
    let ev = checked(&s, &sup, id, json!({"type": "block_contact"}), 200).await;
    assert_eq!(
        changes(&ev),
        [Change::ContactBlocked, Change::Unsnoozed],
        "blocking wakes"
    );
    let (status, _) = s
        .call(
            "GET",
            &format!("/api/v1/conversations/{id}"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(status, 404, "hidden from agents without view_blocked");
    let snooze = json!({"type": "snooze", "until": "2099-01-01T00:00:00Z"});
    assert!(checked(&s, &sup, id, snooze, 409).await.is_empty());
    let ev = checked(&s, &sup, id, json!({"type": "unblock_contact"}), 200).await;
    assert!(changes(&ev).contains(&Change::ContactUnblocked));
    let ev = checked(&s, &sup, id, json!({"type": "delete"}), 204).await;
    assert_eq!(
        ev,
        [Event::ConversationDeleted {
            conversation_id: ConversationId(id)
        }]
    );
    let (status, _) = s
        .call(
            "GET",
            &format!("/api/v1/conversations/{id}"),
            Some(&sup),
            None,
        )
        .await;
    assert_eq!(status, 404);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_due_snooze_wakes_up() {
    let (_dir, s, t) = demo().await;
    let id = first(&s, &t, "status=open").await.id.0;
    let until = chrono::Utc::now() + chrono::Duration::milliseconds(800);
    let (status, body) = act(&s, &t, id, &json!({"type": "snooze", "until": until})).await;
    assert_eq!(status, 200, "{body}");
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    let d: ConversationDetail = s
        .json("GET", &format!("/api/v1/conversations/{id}"), &t, None, 200)
        .await;
    assert_eq!(d.conversation.status, ConversationStatus::Open);
    assert_eq!(d.conversation.snoozed_until, None);
    s.stop().await;
}
