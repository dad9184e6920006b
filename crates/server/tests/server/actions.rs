//! Every conversation action through the consistency check (snapshot, action, events,
//! apply == fresh), and its refusals: 409, 422 and 403 answer and write nothing.

use crate::common::{demo, Server};
use crate::consistency::{check, Scope};
use crate::util::all;
use serde_json::{json, Value};
use switchboard_protocol::*;

/// Posts one action; `(status, body)`.
pub async fn act(s: &Server, token: &str, id: i64, action: &Value) -> (u16, String) {
    let path = format!("/api/v1/conversations/{id}/actions");
    s.call("POST", &path, Some(token), Some(&action.to_string()))
        .await
}

/// Runs `action` on `id` under the check, expecting `status`; returns the events.
pub async fn checked(s: &Server, token: &str, id: i64, action: Value, status: u16) -> Vec<Event> {
    let scope = Scope {
        logs: vec![id],
        ..Scope::default()
    };
    let action = &action;
    check(s, token, &scope, || async move {
        let (got, body) = act(s, token, id, action).await;
        assert_eq!(got, status, "{action}: {body}");
    })
    .await
}

/// The activity changes among `events`, and whether they end with `conversation_updated`.
pub fn changes(events: &[Event]) -> Vec<Change> {
    if let Some(last) = events.last() {
        assert!(
            matches!(last, Event::ConversationUpdated { .. }),
            "ends with conversation_updated"
        );
    }
    events
        .iter()
        .filter_map(|e| match e {
            Event::MessageCreated { message } => match &message.content {
                Content::Activity {
                    change: Some(c), ..
                } => Some(c.clone()),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

/// The first row of a view.
pub async fn first(s: &Server, token: &str, query: &str) -> ConversationSummary {
    all(s, token, query, 200)
        .await
        .into_iter()
        .next()
        .expect(query)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_actions_and_their_refusals() {
    let (_dir, s, t) = demo().await;
    let id = first(&s, &t, "status=open").await.id.0;
    let ev = checked(&s, &t, id, json!({"type": "take"}), 200).await;
    assert!(changes(&ev).contains(&Change::Status {
        from: ConversationStatus::Open,
        to: ConversationStatus::InProgress
    }));
    assert!(
        checked(&s, &t, id, json!({"type": "take"}), 200)
            .await
            .is_empty(),
        "no-op"
    );
    let bad = json!({"type": "close", "note": {"category": "Nope", "text": "x"}});
    assert!(checked(&s, &t, id, bad, 422).await.is_empty());
    let close = json!({"type": "close", "note": {"category": "Resolved", "text": "done"}});
    let ev = checked(&s, &t, id, close, 200).await;
    assert!(matches!(
        changes(&ev)[..],
        [Change::Closed { note: Some(_) }]
    ));
    assert!(checked(
        &s,
        &t,
        id,
        json!({"type": "snooze", "until": "2099-01-01T00:00:00Z"}),
        409
    )
    .await
    .is_empty());
    let ev = checked(&s, &t, id, json!({"type": "reopen"}), 200).await;
    assert_eq!(changes(&ev).len(), 1);
    let past = json!({"type": "snooze", "until": "2001-01-01T00:00:00Z"});
    assert!(checked(&s, &t, id, past, 422).await.is_empty());
    let snooze = json!({"type": "snooze", "until": "2099-01-01T00:00:00Z"});
    let ev = checked(&s, &t, id, snooze, 200).await;
    assert!(matches!(changes(&ev)[..], [Change::Snoozed { .. }]));
    assert!(checked(&s, &t, id, json!({"type": "reopen"}), 409)
        .await
        .is_empty());
    let ev = checked(&s, &t, id, json!({"type": "unsnooze"}), 200).await;
    assert_eq!(changes(&ev), [Change::Unsnoozed]);
    assert!(checked(&s, &t, id, json!({"type": "unsnooze"}), 409)
        .await
        .is_empty());
    let (status, _) = act(&s, &t, 99_999, &json!({"type": "take"})).await;
    assert_eq!(status, 404);
    let (status, _) = act(&s, &t, id, &json!({"type": "fly"})).await;
    assert_eq!(status, 400);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn people_actions() {
    let (_dir, s, t) = demo().await;
    let id = all(&s, &t, "status=open&mailbox=unassigned", 200)
        .await
        .into_iter()
        .find(|c| c.operators.is_empty())
        .expect("an open conversation nobody works on")
        .id
        .0;
    let ev = checked(&s, &t, id, json!({"type": "assign", "agent": 3}), 200).await;
    assert_eq!(
        changes(&ev),
        [Change::Assigned {
            to: Some(AgentId(3))
        }]
    );
    assert!(
        checked(&s, &t, id, json!({"type": "assign", "agent": 3}), 200)
            .await
            .is_empty()
    );
    assert!(
        checked(&s, &t, id, json!({"type": "assign", "agent": 999}), 422)
            .await
            .is_empty()
    );
    assert!(checked(&s, &t, id, json!({"type": "leave"}), 409)
        .await
        .is_empty());
    let ev = checked(&s, &t, id, json!({"type": "add_operator", "agent": 1}), 200).await;
    assert_eq!(changes(&ev), [Change::OperatorAdded { agent: AgentId(1) }]);
    let mine = all(&s, &t, "mailbox=mine", 200).await;
    assert!(
        mine.iter().any(|c| c.id.0 == id),
        "an operator's conversation is mine"
    );
    let ev = checked(&s, &t, id, json!({"type": "leave"}), 200).await;
    assert_eq!(
        changes(&ev),
        [Change::OperatorRemoved { agent: AgentId(1) }]
    );
    checked(&s, &t, id, json!({"type": "add_operator", "agent": 4}), 200).await;
    let ev = checked(
        &s,
        &t,
        id,
        json!({"type": "remove_operator", "agent": 4}),
        200,
    )
    .await;
    assert_eq!(
        changes(&ev),
        [Change::OperatorRemoved { agent: AgentId(4) }]
    );
    let ev = checked(&s, &t, id, json!({"type": "assign"}), 200).await;
    assert_eq!(changes(&ev), [Change::Assigned { to: None }]);
    let ai = first(&s, &t, "").await;
    let ai = all(&s, &t, "", 200)
        .await
        .into_iter()
        .find(|c| c.ai_active)
        .unwrap_or(ai);
    assert!(
        ai.ai_active,
        "the demo has conversations run by the AI agent"
    );
    let ev = checked(&s, &t, ai.id.0, json!({"type": "take_over"}), 200).await;
    assert!(changes(&ev).contains(&Change::AiTakenOver));
    assert!(checked(&s, &t, ai.id.0, json!({"type": "take_over"}), 409)
        .await
        .is_empty());
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn flag_actions() {
    let (_dir, s, t) = demo().await;
    let id = first(&s, &t, "status=open").await.id.0;
    let cases = [
        (
            json!({"type": "set_bot", "enabled": true}),
            json!({"type": "set_bot", "enabled": false}),
        ),
        (
            json!({"type": "run_automation", "automation_id": "escalate"}),
            json!({"type": "stop_automation"}),
        ),
        (
            json!({"type": "link_crm", "link": {"kind": "order", "id": "77", "title": "Order #77"}}),
            json!({"type": "unlink_crm"}),
        ),
        (
            json!({"type": "add_tag", "tag": "urgent"}),
            json!({"type": "remove_tag", "tag": "urgent"}),
        ),
        (json!({"type": "archive"}), json!({"type": "unarchive"})),
    ];
    for (on, off) in cases {
        let _ = checked(&s, &t, id, off.clone(), 200).await;
        let ev = checked(&s, &t, id, on.clone(), 200).await;
        assert_eq!(changes(&ev).len(), 1, "{on}");
        assert!(
            checked(&s, &t, id, on.clone(), 200).await.is_empty(),
            "{on} twice"
        );
        let ev = checked(&s, &t, id, off.clone(), 200).await;
        assert!(!changes(&ev).is_empty(), "{off}");
    }
    for bad in [
        json!({"type": "run_automation", "automation_id": "nope"}),
        json!({"type": "add_tag", "tag": "x".repeat(41)}),
        json!({"type": "link_crm", "link": {"kind": "lead", "id": "", "title": "x"}}),
    ] {
        assert!(checked(&s, &t, id, bad, 422).await.is_empty());
    }
    let before: ConversationSummary = s
        .json(
            "POST",
            &format!("/api/v1/conversations/{id}/read"),
            &t,
            None,
            200,
        )
        .await;
    s.inbound(&t, id, "are you there?").await;
    checked(&s, &t, id, json!({"type": "mark_read"}), 200).await;
    let ev = checked(&s, &t, id, json!({"type": "mark_unread"}), 200).await;
    assert!(
        matches!(&ev[..], [Event::ConversationUpdated { conversation }] if conversation.unread_count == 1)
    );
    assert!(checked(&s, &t, id, json!({"type": "mark_unread"}), 200)
        .await
        .is_empty());
    assert_eq!(before.id.0, id);
    let autos: Vec<Automation> = s.json("GET", "/api/v1/automations", &t, None, 200).await;
    assert_eq!(autos.len(), 3);
    s.stop().await;
}
