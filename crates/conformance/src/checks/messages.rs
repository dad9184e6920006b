//! A conversation's messages: the latest page, pages before, after and around a message,
//! the search, and their refusals.

use super::reads::{out_of_range, urlencode, LIST, UNKNOWN_ID};
use super::{Check, Ctx};
use crate::http::{decode, expect, expect_error};
use serde_json::Value;
use switchboard_protocol::MessagePage;

const MESSAGES: &str = "/api/v1/conversations/{id}/messages";

/// `messages`, `messages-before`, `messages-after`, `messages-around`,
/// `messages-limit-out-of-range`,
/// `messages-unknown-conversation-404`, `messages-search`.
pub(crate) async fn messages(ctx: &mut Ctx<'_>) {
    let latest = latest_page(ctx).await;
    let r = latest
        .as_ref()
        .map(|p| Some(format!("{} messages", p.items.len())));
    ctx.record("messages", r.map_err(Clone::clone));
    let r = match &latest {
        Ok(page) => before(ctx, page).await,
        Err(_) => Err("not run: the messages check failed".into()),
    };
    ctx.record("messages-before", r);
    let r = match &latest {
        Ok(page) => after(ctx, page).await,
        Err(_) => Err("not run: the messages check failed".into()),
    };
    ctx.record("messages-after", r);
    let r = match &latest {
        Ok(page) => around(ctx, page).await,
        Err(_) => Err("not run: the messages check failed".into()),
    };
    ctx.record("messages-around", r);
    let r = async {
        let id = ctx.conversation()?;
        out_of_range(ctx, MESSAGES, &format!("{LIST}/{id}/messages")).await
    }
    .await;
    ctx.record("messages-limit-out-of-range", r);
    let r = async {
        let reply = ctx.get(&format!("{LIST}/{UNKNOWN_ID}/messages")).await?;
        expect_error(ctx.spec, "GET", Some(MESSAGES), &reply, 404, "not_found")?;
        Ok(None)
    }
    .await;
    ctx.record("messages-unknown-conversation-404", r);
    let r = match &latest {
        Ok(page) => search(ctx, page).await,
        Err(_) => Err("not run: the messages check failed".into()),
    };
    ctx.record("messages-search", r);
}

/// The latest page: valid, oldest first, all of this conversation.
pub(crate) async fn latest_page(ctx: &Ctx<'_>) -> Result<MessagePage, String> {
    let id = ctx.conversation()?;
    let reply = ctx.get(&format!("{LIST}/{id}/messages")).await?;
    let value = expect(ctx.spec, "GET", MESSAGES, &reply, &[200])?;
    let page: MessagePage = decode(&value, "MessagePage")?;
    ordered(&page, id)?;
    if page.items.len() > 50 {
        return Err(format!(
            "the default page holds {} items (limit 50)",
            page.items.len()
        ));
    }
    Ok(page)
}

fn ordered(page: &MessagePage, conversation: i64) -> Result<(), String> {
    for pair in page.items.windows(2) {
        if pair[0].id >= pair[1].id {
            return Err(format!(
                "not in ascending id order: {} before {}",
                pair[0].id.0, pair[1].id.0
            ));
        }
    }
    match page
        .items
        .iter()
        .find(|m| m.conversation_id.0 != conversation)
    {
        Some(m) => Err(format!(
            "message {} belongs to conversation {}",
            m.id.0, m.conversation_id.0
        )),
        None => Ok(()),
    }
}

/// `before=<newest>&limit=1` answers the message just older than the newest.
async fn before(ctx: &Ctx<'_>, latest: &MessagePage) -> Check {
    let id = ctx.conversation()?;
    let [.., older, newest] = latest.items.as_slice() else {
        return Ok(Some(
            "fewer than 2 messages: nothing older to page to".into(),
        ));
    };
    let path = format!("{LIST}/{id}/messages?before={}&limit=1", newest.id.0);
    let reply = ctx.get(&path).await?;
    let value = expect(ctx.spec, "GET", MESSAGES, &reply, &[200])?;
    let page: MessagePage = decode(&value, "MessagePage")?;
    ordered(&page, id)?;
    match page.items.as_slice() {
        [one] if one.id == older.id => {}
        items => {
            let ids: Vec<i64> = items.iter().map(|m| m.id.0).collect();
            return Err(format!("expected [{}], got {ids:?}", older.id.0));
        }
    }
    if !page.has_more_after {
        return Err("has_more_after is false on a page older than the newest message".into());
    }
    Ok(None)
}

/// `after=<second newest>&limit=1` answers the newest message, the end of the history.
async fn after(ctx: &Ctx<'_>, latest: &MessagePage) -> Check {
    let id = ctx.conversation()?;
    let [.., older, newest] = latest.items.as_slice() else {
        return Ok(Some(
            "fewer than 2 messages: nothing newer to page to".into(),
        ));
    };
    let path = format!("{LIST}/{id}/messages?after={}&limit=1", older.id.0);
    let reply = ctx.get(&path).await?;
    let value = expect(ctx.spec, "GET", MESSAGES, &reply, &[200])?;
    let page: MessagePage = decode(&value, "MessagePage")?;
    ordered(&page, id)?;
    match page.items.as_slice() {
        // A message written meanwhile (a live backend) may come instead; never an older one.
        [one] if one.id >= newest.id => Ok(None),
        items => {
            let ids: Vec<i64> = items.iter().map(|m| m.id.0).collect();
            Err(format!("expected [{}], got {ids:?}", newest.id.0))
        }
    }
}

/// `around=<a message>` answers a page that includes it.
async fn around(ctx: &Ctx<'_>, latest: &MessagePage) -> Check {
    let id = ctx.conversation()?;
    let Some(anchor) = latest.items.first() else {
        return Ok(Some("no message to centre on".into()));
    };
    let path = format!("{LIST}/{id}/messages?around={}&limit=5", anchor.id.0);
    let reply = ctx.get(&path).await?;
    let value = expect(ctx.spec, "GET", MESSAGES, &reply, &[200])?;
    let page: MessagePage = decode(&value, "MessagePage")?;
    ordered(&page, id)?;
    if page.items.len() > 5 {
        return Err(format!("limit=5 answered {} messages", page.items.len()));
    }
    if !page.items.iter().any(|m| m.id == anchor.id) {
        let ids: Vec<i64> = page.items.iter().map(|m| m.id.0).collect();
        return Err(format!(
            "the page {ids:?} does not include message {}",
            anchor.id.0
        ));
    }
    Ok(None)
}

/// A word of a message on the latest page is found by the search.
async fn search(ctx: &Ctx<'_>, latest: &MessagePage) -> Check {
    let id = ctx.conversation()?;
    let word = latest
        .items
        .iter()
        .filter_map(|m| m.content.text())
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
        .find(|w| w.chars().count() >= 4)
        .map(str::to_owned);
    let q = word.clone().unwrap_or_else(|| "conformance".into());
    let path = format!("{LIST}/{id}/messages/search?q={}", urlencode(&q));
    let reply = ctx.get(&path).await?;
    let value = expect(
        ctx.spec,
        "GET",
        "/api/v1/conversations/{id}/messages/search",
        &reply,
        &[200],
    )?;
    let hits = value
        .get("hits")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    match word {
        Some(w) if hits == 0 => Err(format!("no hit for {w:?}, a word of the latest page")),
        Some(w) => Ok(Some(format!("{hits} hits for {w:?}"))),
        None => Ok(Some("no text message to search for".into())),
    }
}
