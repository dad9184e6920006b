//! The points the protocol documents settled ("Changes settled in this version" in
//! docs/protocol.md): what the reference server does, and that the OpenAPI document says
//! the same.

use crate::common::{api_error as error, demo};
use crate::contacts::{db, id};
use crate::util::{sign_in_as, SUPERVISOR};
use serde_json::{json, Value};
use switchboard_protocol::*;

/// The OpenAPI document's responses of one operation.
fn responses(path: &str, method: &str) -> Value {
    let doc: Value = serde_json::from_str(&switchboard_server::openapi::document_json()).unwrap();
    doc["paths"][format!("/api/v1{path}")][method]["responses"].clone()
}

fn statuses(path: &str, method: &str) -> Vec<String> {
    let r = responses(path, method);
    r.as_object()
        .unwrap_or_else(|| panic!("no {method} {path}"))
        .keys()
        .cloned()
        .collect()
}

#[test]
fn the_openapi_document_states_the_settled_statuses() {
    // Presence: 204 without a body, as the server answers.
    let presence = responses("/session/presence", "put");
    assert!(presence.get("204").is_some() && presence.get("200").is_none());
    assert!(presence["204"].get("content").is_none());
    // A read-only CRM property is a conflict, not a permission.
    let crm = statuses("/contacts/{id}/crm/{system}/{key}", "put");
    assert!(crm.contains(&"409".into()) && !crm.contains(&"403".into()));
    // An unknown conversation on inbound.
    assert!(statuses("/inbound", "post").contains(&"404".into()));
    // An out-of-range limit is 422 on both pages.
    for path in ["/conversations", "/conversations/{id}/messages"] {
        let s = statuses(path, "get");
        assert!(
            s.contains(&"422".into()) && s.contains(&"400".into()),
            "{path}"
        );
    }
    // A signed download: 401 without a valid signature, never 403.
    let download = statuses("/uploads/{id}", "get");
    assert!(download.contains(&"401".into()) && !download.contains(&"403".into()));
    // "No deal": 200 with a Deal or null.
    let deal = responses("/conversations/{id}/deal", "get");
    let one_of = &deal["200"]["content"]["application/json"]["schema"]["oneOf"];
    assert_eq!(one_of[0]["$ref"], "#/components/schemas/Deal");
    assert_eq!(one_of[1]["type"], "null");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn presence_limits_and_inbound_answer_as_documented() {
    let (_dir, s, token) = demo().await;
    let (status, body) = s
        .call(
            "PUT",
            "/api/v1/session/presence",
            Some(&token),
            Some(r#"{"presence":"away"}"#),
        )
        .await;
    assert_eq!((status, body.as_str()), (204, ""));
    let (status, body) = s
        .call(
            "PUT",
            "/api/v1/session/presence",
            Some(&token),
            Some(r#"{"presence":"dancing"}"#),
        )
        .await;
    assert_eq!((status, error(&body).code), (422, ErrorCode::Invalid));
    for path in ["/api/v1/conversations", "/api/v1/conversations/4/messages"] {
        for (limit, want) in [("0", 422), ("201", 422), ("x", 400), ("200", 200)] {
            let (status, body) = s
                .call("GET", &format!("{path}?limit={limit}"), Some(&token), None)
                .await;
            assert_eq!(status, want, "{path}?limit={limit}: {body}");
        }
    }
    let unknown = json!({ "conversation_id": 999_999, "text": "hello?" }).to_string();
    let (status, body) = s
        .call("POST", "/api/v1/inbound", Some(&token), Some(&unknown))
        .await;
    assert_eq!((status, error(&body).code), (404, ErrorCode::NotFound));
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_customer_message_reopens_a_closed_and_wakes_a_snoozed_conversation() {
    let (dir, s, token) = demo().await;
    let conn = db(&dir);
    for status in ["closed", "snoozed"] {
        let cid = id(
            &conn,
            &format!(
                "SELECT c.id FROM conversations c JOIN contacts k ON k.id = c.contact_id \
                 WHERE c.status = '{status}' AND k.blocked = 0 ORDER BY c.id LIMIT 1"
            ),
        );
        s.inbound(&token, cid, "Hello again").await;
        let d: ConversationDetail = s
            .json(
                "GET",
                &format!("/api/v1/conversations/{cid}"),
                &token,
                None,
                200,
            )
            .await;
        let c = d.conversation;
        assert_eq!(c.status, ConversationStatus::Open, "{status} {cid}");
        assert_eq!(c.snoozed_until, None);
        assert!(c.unanswered && c.unread_count >= 1);
        assert_eq!(c.last_message.unwrap().text, "Hello again");
    }
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn notes_count_as_last_message_activity_does_not() {
    let (_dir, s, token) = demo().await;
    let path = "/api/v1/conversations/4";
    let note = json!({ "client_id": "settled-note-1", "text": "Internal: check stock", "visibility": "internal" });
    let sent: Message = s
        .json(
            "POST",
            &format!("{path}/messages"),
            &token,
            Some(&note.to_string()),
            201,
        )
        .await;
    assert_eq!(sent.status, DeliveryStatus::Sent);
    let after_note: ConversationDetail = s.json("GET", path, &token, None, 200).await;
    let last = after_note.conversation.last_message.clone().unwrap();
    assert_eq!(
        (last.id, last.visibility),
        (sent.id, Visibility::Internal),
        "a note is the last message"
    );
    // An action writes an activity entry: the last activity moves, the last message not.
    let tag = json!({ "type": "add_tag", "tag": "settled" }).to_string();
    let tagged: ConversationSummary = s
        .json("POST", &format!("{path}/actions"), &token, Some(&tag), 200)
        .await;
    assert_eq!(tagged.last_message.map(|m| m.id), Some(sent.id));
    assert!(tagged.last_activity_at >= after_note.conversation.last_activity_at);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unread_count_is_the_conversations_not_the_agents() {
    let (dir, s, token) = demo().await;
    let other = sign_in_as(dir.path(), SUPERVISOR);
    s.inbound(&token, 4, "Anyone there?").await;
    let path = "/api/v1/conversations/4";
    for t in [&token, &other] {
        let d: ConversationDetail = s.json("GET", path, t, None, 200).await;
        assert!(d.conversation.unread_count >= 1);
    }
    // The supervisor reads it: it is read for the agent too.
    let _: ConversationSummary = s
        .json("POST", &format!("{path}/read"), &other, None, 200)
        .await;
    let d: ConversationDetail = s.json("GET", path, &token, None, 200).await;
    assert_eq!(d.conversation.unread_count, 0);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_template_without_channels_is_offered_on_every_channel() {
    let (dir, s, token) = demo().await;
    db(&dir)
        .execute(
            "INSERT INTO templates (name, text) VALUES ('Everywhere', 'Thanks for writing!')",
            [],
        )
        .unwrap();
    for channel in Channel::ALL {
        let path = format!(
            "/api/v1/templates?channel={}&q=everywhere",
            channel.as_str()
        );
        let found: Vec<Template> = s.json("GET", &path, &token, None, 200).await;
        assert_eq!(found.len(), 1, "{path}");
        assert!(found[0].channels.is_empty());
    }
    s.stop().await;
}
