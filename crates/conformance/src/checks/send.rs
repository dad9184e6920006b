//! The idempotent send: one internal note (never reaches the customer) in a conversation
//! the backend lists, sent twice with one client id, then once more with another text.

use super::{Check, Ctx};
use crate::checks::messages::latest_page;
use crate::http::{decode, expect, expect_error};
use serde_json::{json, Value};
use switchboard_protocol::Message;

const SEND: &str = "/api/v1/conversations/{id}/messages";
/// The note's text.
pub(crate) const NOTE: &str = "Switchboard conformance check: an internal note, safe to ignore.";

/// `send-note`, `send-repeat`, `send-conflict-409`, `send-once-in-history`; the client id
/// when the first send worked.
pub(crate) async fn run(ctx: &mut Ctx<'_>) -> Option<String> {
    let client_id = uuid::Uuid::now_v7().to_string();
    let body = json!({ "client_id": client_id, "text": NOTE, "visibility": "internal" });
    let first = first_send(ctx, &body, &client_id).await;
    ctx.record(
        "send-note",
        first
            .as_ref()
            .map(|m| Some(format!("message {}", m.id.0)))
            .map_err(Clone::clone),
    );
    let Ok(first) = first else {
        for name in ["send-repeat", "send-conflict-409", "send-once-in-history"] {
            ctx.record(name, Err("not run: send-note failed".into()));
        }
        return None;
    };
    let r = repeat(ctx, &body, &first).await;
    ctx.record("send-repeat", r);
    let r = conflict(ctx, &client_id).await;
    ctx.record("send-conflict-409", r);
    let r = once_in_history(ctx, &client_id).await;
    ctx.record("send-once-in-history", r);
    Some(client_id)
}

async fn send(ctx: &Ctx<'_>, body: &Value, want: u16) -> Result<Message, String> {
    let id = ctx.conversation()?;
    let reply = ctx
        .post(&format!("/api/v1/conversations/{id}/messages"), Some(body))
        .await?;
    let value = expect(ctx.spec, "POST", SEND, &reply, &[want])?;
    decode(&value, "Message")
}

async fn first_send(ctx: &Ctx<'_>, body: &Value, client_id: &str) -> Result<Message, String> {
    let id = ctx.conversation()?;
    let message = send(ctx, body, 201).await?;
    if message.client_id.as_ref().map(|c| c.0.as_str()) != Some(client_id) {
        return Err(format!("client_id not echoed: got {:?}", message.client_id));
    }
    if message.conversation_id.0 != id {
        return Err(format!(
            "stored in conversation {}",
            message.conversation_id.0
        ));
    }
    if message.content.text() != Some(NOTE) {
        return Err(format!("content is {:?}", message.content));
    }
    Ok(message)
}

/// The same client id again: 200 and the very same message.
async fn repeat(ctx: &Ctx<'_>, body: &Value, first: &Message) -> Check {
    let again = send(ctx, body, 200).await?;
    if again.id != first.id || again.client_id != first.client_id || again.content != first.content
    {
        return Err(format!(
            "expected message {} again, got message {} ({:?})",
            first.id.0, again.id.0, again.client_id
        ));
    }
    Ok(None)
}

/// The same client id with another text: 409 `conflict`.
async fn conflict(ctx: &Ctx<'_>, client_id: &str) -> Check {
    let id = ctx.conversation()?;
    let body = json!({ "client_id": client_id, "text": format!("{NOTE} (changed)"), "visibility": "internal" });
    let reply = ctx
        .post(&format!("/api/v1/conversations/{id}/messages"), Some(&body))
        .await?;
    expect_error(ctx.spec, "POST", Some(SEND), &reply, 409, "conflict")?;
    Ok(None)
}

/// The latest page holds exactly one message with the client id.
async fn once_in_history(ctx: &Ctx<'_>, client_id: &str) -> Check {
    let page = latest_page(ctx).await?;
    let copies = page
        .items
        .iter()
        .filter(|m| m.client_id.as_ref().is_some_and(|c| c.0 == client_id))
        .count();
    match copies {
        1 => Ok(None),
        n => Err(format!(
            "expected 1 message with client_id {client_id}, got {n}"
        )),
    }
}
