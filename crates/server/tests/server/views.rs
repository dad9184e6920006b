//! Saved custom views: mine and shared ones listed, used as a mailbox, deleted only by
//! their owner.

use crate::common::demo;
use crate::util::{all, sign_in_as, SUPERVISOR};
use std::collections::BTreeSet;
use switchboard_protocol::*;

fn ids(v: &[ConversationSummary]) -> BTreeSet<i64> {
    v.iter().map(|c| c.id.0).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn views_are_mine_or_shared_and_only_the_owner_deletes() {
    let (dir, s, t) = demo().await;
    let sup = sign_in_as(dir.path(), SUPERVISOR);
    let private = NewView {
        name: "My open".into(),
        shared: false,
        filter: ConversationFilter {
            status: vec![ConversationStatus::Open],
            ..Default::default()
        },
    };
    let body = serde_json::to_string(&private).unwrap();
    let mine: CustomView = s.json("POST", "/api/v1/views", &t, Some(&body), 201).await;
    let shared = NewView {
        name: "Telegram".into(),
        shared: true,
        filter: ConversationFilter {
            channels: vec![Channel::Telegram],
            ..Default::default()
        },
    };
    let body = serde_json::to_string(&shared).unwrap();
    let theirs: CustomView = s
        .json("POST", "/api/v1/views", &sup, Some(&body), 201)
        .await;
    let seen: Vec<CustomView> = s.json("GET", "/api/v1/views", &t, None, 200).await;
    assert_eq!(
        seen,
        [mine.clone(), theirs.clone()],
        "mine first, then shared"
    );
    let seen: Vec<CustomView> = s.json("GET", "/api/v1/views", &sup, None, 200).await;
    assert_eq!(seen, std::slice::from_ref(&theirs));
    let got = all(&s, &t, &format!("mailbox=view:{}", mine.id), 200).await;
    assert_eq!(ids(&got), ids(&all(&s, &t, "status=open", 200).await));
    let (status, _) = s
        .call(
            "GET",
            &format!("/api/v1/conversations?mailbox=view:{}", mine.id),
            Some(&sup),
            None,
        )
        .await;
    assert_eq!(status, 404, "a private view is nobody else's");
    let counts: ConversationCounts = s
        .json("GET", "/api/v1/conversations/counts", &t, None, 200)
        .await;
    assert!(counts
        .mailboxes
        .contains_key(&format!("view:{}", theirs.id)));
    let del = |id: ViewId, token: String| {
        let s = &s;
        async move {
            crate::util::request(
                s,
                "DELETE",
                &format!("/api/v1/views/{id}"),
                Some(&token),
                None,
                &[],
            )
            .await
            .status
        }
    };
    assert_eq!(del(theirs.id, t.clone()).await, 403);
    assert_eq!(del(mine.id, t.clone()).await, 204);
    assert_eq!(del(mine.id, t.clone()).await, 404);
    let (status, _) = s
        .call(
            "POST",
            "/api/v1/views",
            Some(&t),
            Some(r#"{"name":" ","filter":{}}"#),
        )
        .await;
    assert_eq!(status, 422);
    s.stop().await;
}
