//! The documented reads every backend offers: the list and its paging, counts, one
//! conversation and its contact, and their refusals (messages: [`super::messages`]).

use super::{Check, Ctx};
use crate::http::{decode, expect, expect_error};
use serde_json::Value;
use std::collections::HashSet;
use switchboard_protocol::{ConversationDetail, ConversationPage};

pub(super) const LIST: &str = "/api/v1/conversations";
const ONE: &str = "/api/v1/conversations/{id}";
/// An id no backend has (the checks of 404s).
pub(crate) const UNKNOWN_ID: i64 = 987_654_321_987;

/// `conversations`, `conversations-paging`, `conversations-limit-out-of-range`,
/// `conversations-limit-not-a-number`, `conversations-bad-cursor`, `conversation-counts`.
pub(crate) async fn conversations(ctx: &mut Ctx<'_>) {
    let r = list(ctx).await;
    ctx.record("conversations", r);
    let r = paging(ctx).await;
    ctx.record("conversations-paging", r);
    let r = out_of_range(ctx, LIST, "/api/v1/conversations").await;
    ctx.record("conversations-limit-out-of-range", r);
    let r = async {
        let reply = ctx.get("/api/v1/conversations?limit=x").await?;
        expect_error(ctx.spec, "GET", Some(LIST), &reply, 400, "bad_request")?;
        Ok(None)
    }
    .await;
    ctx.record("conversations-limit-not-a-number", r);
    let r = async {
        let reply = ctx
            .get("/api/v1/conversations?cursor=conformance-bad-cursor")
            .await?;
        expect_error(ctx.spec, "GET", Some(LIST), &reply, 400, "bad_request")?;
        Ok(None)
    }
    .await;
    ctx.record("conversations-bad-cursor", r);
    let r = counts(ctx).await;
    ctx.record("conversation-counts", r);
}

async fn list(ctx: &mut Ctx<'_>) -> Check {
    let reply = ctx.get(LIST).await?;
    let value = expect(ctx.spec, "GET", LIST, &reply, &[200])?;
    let page: ConversationPage = decode(&value, "ConversationPage")?;
    if page.items.len() > 50 {
        return Err(format!(
            "the default page holds {} items (limit 50)",
            page.items.len()
        ));
    }
    if ctx.conversation.is_none() {
        ctx.conversation = page.items.first().map(|c| c.id.0);
    }
    Ok(Some(format!("{} of {}", page.items.len(), page.total)))
}

/// Pages of 2 by `next_cursor`: each within the limit, newest activity first, no row
/// twice, and the whole view when it is small enough to walk.
async fn paging(ctx: &Ctx<'_>) -> Check {
    let mut seen = HashSet::new();
    let mut cursor: Option<String> = None;
    let mut total = 0;
    for page_no in 0..6 {
        let path = match &cursor {
            Some(c) => format!("{LIST}?limit=2&cursor={}", urlencode(c)),
            None => format!("{LIST}?limit=2"),
        };
        let reply = ctx.get(&path).await?;
        let value = expect(ctx.spec, "GET", LIST, &reply, &[200])
            .map_err(|e| format!("page {}: {e}", page_no + 1))?;
        let page: ConversationPage = decode(&value, "ConversationPage")?;
        total = page.total;
        if page.items.len() > 2 {
            return Err(format!("limit=2 answered {} items", page.items.len()));
        }
        for pair in page.items.windows(2) {
            if pair[0].last_activity_at < pair[1].last_activity_at {
                return Err(format!(
                    "not newest activity first: {} ({}) before {} ({})",
                    pair[0].id.0, pair[0].last_activity_at, pair[1].id.0, pair[1].last_activity_at
                ));
            }
        }
        for c in &page.items {
            if !seen.insert(c.id.0) {
                return Err(format!("conversation {} came twice while paging", c.id.0));
            }
        }
        match page.next_cursor {
            Some(next) => cursor = Some(next),
            None => {
                if seen.len() as u32 != total {
                    return Err(format!(
                        "the walk ended after {} conversations; total says {total}",
                        seen.len()
                    ));
                }
                return Ok(Some(format!("walked all {total}")));
            }
        }
        if page.items.is_empty() {
            return Err("an empty page carries a next_cursor".into());
        }
    }
    if (seen.len() as u32) < total.min(12) {
        return Err(format!(
            "6 pages of 2 gave only {} conversations",
            seen.len()
        ));
    }
    Ok(Some(format!(
        "{} conversations on 6 pages of {total}",
        seen.len()
    )))
}

/// `limit=0` and `limit=201` are refused with 422 `invalid`.
pub(super) async fn out_of_range(ctx: &Ctx<'_>, template: &str, path: &str) -> Check {
    for limit in [0, 201] {
        let reply = ctx.get(&format!("{path}?limit={limit}")).await?;
        expect_error(ctx.spec, "GET", Some(template), &reply, 422, "invalid")
            .map_err(|e| format!("limit={limit}: {e}"))?;
    }
    Ok(None)
}

/// `conversation-detail`, `conversation-unknown-404`, `conversation-bad-id-400`,
/// `contact`.
pub(crate) async fn conversation(ctx: &mut Ctx<'_>) {
    let r = detail(ctx).await;
    ctx.record("conversation-detail", r);
    let r = async {
        let reply = ctx.get(&format!("{LIST}/{UNKNOWN_ID}")).await?;
        expect_error(ctx.spec, "GET", Some(ONE), &reply, 404, "not_found")?;
        Ok(None)
    }
    .await;
    ctx.record("conversation-unknown-404", r);
    let r = async {
        let reply = ctx.get(&format!("{LIST}/not-a-number")).await?;
        expect_error(ctx.spec, "GET", Some(ONE), &reply, 400, "bad_request")?;
        Ok(None)
    }
    .await;
    ctx.record("conversation-bad-id-400", r);
    let r = async {
        let id = ctx.contact()?;
        let reply = ctx.get(&format!("/api/v1/contacts/{id}")).await?;
        let value = expect(ctx.spec, "GET", "/api/v1/contacts/{id}", &reply, &[200])?;
        match value.get("id").and_then(Value::as_i64) {
            Some(got) if got == id => Ok(None),
            got => Err(format!("expected contact {id}, got {got:?}")),
        }
    }
    .await;
    ctx.record("contact", r);
}

async fn detail(ctx: &mut Ctx<'_>) -> Check {
    let id = ctx.conversation()?;
    let reply = ctx.get(&format!("{LIST}/{id}")).await?;
    let value = expect(ctx.spec, "GET", ONE, &reply, &[200])?;
    let detail: ConversationDetail = decode(&value, "ConversationDetail")?;
    if detail.conversation.id.0 != id {
        return Err(format!(
            "asked for {id}, got conversation {}",
            detail.conversation.id.0
        ));
    }
    if detail.contact.id != detail.conversation.contact.id {
        return Err(format!(
            "the contact {} is not the conversation's {}",
            detail.contact.id.0, detail.conversation.contact.id.0
        ));
    }
    ctx.contact = Some(detail.contact.id.0);
    ctx.contact_name = Some(detail.contact.name.clone());
    Ok(Some(format!("conversation {id}")))
}
/// `GET /conversations/counts`: valid, and `all` / `open` equal the list's `total` without
/// a filter / with `status=open` (the same `WHERE`); an `unread_mailboxes` names the same
/// mailboxes and agrees on `all`. Asked twice on a mismatch, in case a
/// conversation moved in between.
async fn counts(ctx: &Ctx<'_>) -> Check {
    let mut last = String::new();
    for _ in 0..2 {
        let reply = ctx.get("/api/v1/conversations/counts").await?;
        let counts = expect(
            ctx.spec,
            "GET",
            "/api/v1/conversations/counts",
            &reply,
            &[200],
        )?;
        let mut mismatch = None;
        for (key, query) in [("all", ""), ("open", "&status=open")] {
            let reply = ctx.get(&format!("{LIST}?limit=1{query}")).await?;
            let page = expect(ctx.spec, "GET", LIST, &reply, &[200])?;
            let (want, got) = (&page["total"], &counts[key]);
            if want != got {
                mismatch = Some(format!(
                    "counts.{key} is {got}, the list's total{query} is {want}"
                ));
            }
        }
        // `unread_mailboxes` is optional; given, it names the mailboxes `mailboxes` names,
        // and its `all` is the `unread` of this (the `all` mailbox's) answer.
        if let Some(unread) = counts["unread_mailboxes"].as_object() {
            let keys = |v: &serde_json::Map<String, Value>| {
                let mut k: Vec<String> = v.keys().cloned().collect();
                k.sort();
                k
            };
            let named = counts["mailboxes"]
                .as_object()
                .map(keys)
                .unwrap_or_default();
            if keys(unread) != named {
                return Err(format!(
                    "counts.unread_mailboxes names {:?}, counts.mailboxes {named:?}",
                    keys(unread)
                ));
            }
            if unread.get("all").is_some_and(|n| *n != counts["unread"]) {
                mismatch = Some(format!(
                    "counts.unread_mailboxes.all is {}, counts.unread is {}",
                    unread["all"], counts["unread"]
                ));
            }
        }
        match mismatch {
            None => return Ok(None),
            Some(m) => last = m,
        }
    }
    Err(last)
}
/// Percent-encodes a query value.
pub(crate) fn urlencode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}
