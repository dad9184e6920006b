//! Group commit (`switchboard_server::group_commit`): many customers' messages posted at
//! once, so several are written in one transaction, lose nothing and keep the event log's
//! promises: each message stored once, two events per message in `seq` order, a
//! `message_created` followed by its conversation's `conversation_updated`, and the
//! events applied to a snapshot giving the fresh snapshot.

use crate::common::store;
use crate::consistency::{check, Scope};
use crate::kit::quiet_demo;
use std::collections::BTreeSet;
use switchboard_protocol::*;

/// How many messages are posted at once.
const POSTS: usize = 48;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_inbound_messages_are_each_stored_once_and_announced_in_order() {
    let (dir, s, token) = quiet_demo().await;
    // Conversations customers can write in, among them closed or snoozed ones (reopened).
    let targets: Vec<i64> = {
        let conn = store(dir.path());
        let mut stmt = conn
            .prepare(
                "SELECT c.id FROM conversations c JOIN contacts k ON k.id = c.contact_id \
                 WHERE k.blocked = 0 ORDER BY c.status IN ('closed', 'snoozed') DESC, c.id \
                 LIMIT 6",
            )
            .unwrap();
        let ids = stmt.query_map([], |r| r.get(0)).unwrap();
        ids.collect::<rusqlite::Result<_>>().unwrap()
    };
    let scope = Scope {
        logs: targets.clone(),
        ..Scope::default()
    };
    let text = |i: usize| format!("group commit message {i}");
    let events = check(&s, &token, &scope, || async {
        let posts = (0..POSTS).map(|i| {
            let body = serde_json::json!({
                "conversation_id": targets[i % targets.len()],
                "text": text(i),
            });
            let (s, token) = (&s, &token);
            async move {
                s.call(
                    "POST",
                    "/api/v1/inbound",
                    Some(token),
                    Some(&body.to_string()),
                )
                .await
            }
        });
        for (status, body) in futures_util::future::join_all(posts).await {
            assert_eq!(status, 201, "{body}");
        }
    })
    .await;

    // Each message stored once.
    let conn = store(dir.path());
    for i in 0..POSTS {
        let rows: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM messages WHERE content LIKE ?1",
                [format!("%{}\"%", text(i))],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(rows, 1, "message {i}");
    }
    // Two events per message, each message_created followed by its conversation's update.
    assert_eq!(events.len(), 2 * POSTS);
    let mut ids = BTreeSet::new();
    for pair in events.chunks(2) {
        match pair {
            [Event::MessageCreated { message }, Event::ConversationUpdated { conversation }] => {
                assert_eq!(message.conversation_id, conversation.id);
                assert!(
                    ids.insert(message.id),
                    "message {:?} announced twice",
                    message.id
                );
            }
            other => panic!("not a message and its conversation: {other:?}"),
        }
    }
    // The reopened conversations are open.
    for id in &targets {
        let status: String = conn
            .query_row(
                "SELECT status FROM conversations WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(status, "open", "conversation {id}");
    }
    s.stop().await;
}
