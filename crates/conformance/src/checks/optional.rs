//! The optional parts, each checked only when the backend declares its capability (or
//! declares none, which means all): the reads of deals, custom fields, views, automations,
//! templates, notes, tasks, reminders and the contact search, and the two calls of
//! translation and AI that write nothing.

use super::{Check, Ctx};
use crate::checks::reads::urlencode;
use crate::http::{expect, expect_error};
use serde_json::json;

/// A read of an optional part: which capability, the check's name, the path in the
/// document, and how to fill it in.
struct Read {
    capability: &'static str,
    name: &'static str,
    template: &'static str,
    needs: Needs,
}

#[derive(Clone, Copy)]
enum Needs {
    Nothing,
    Conversation,
    Contact,
}

const READS: [Read; 10] = [
    Read {
        capability: "deals",
        name: "pipelines",
        template: "/api/v1/pipelines",
        needs: Needs::Nothing,
    },
    Read {
        capability: "custom_fields",
        name: "custom-fields",
        template: "/api/v1/custom-fields",
        needs: Needs::Nothing,
    },
    Read {
        capability: "views",
        name: "views",
        template: "/api/v1/views",
        needs: Needs::Nothing,
    },
    Read {
        capability: "automations",
        name: "automations",
        template: "/api/v1/automations",
        needs: Needs::Nothing,
    },
    Read {
        capability: "templates",
        name: "templates",
        template: "/api/v1/templates",
        needs: Needs::Nothing,
    },
    Read {
        capability: "templates",
        name: "variables",
        template: "/api/v1/variables",
        needs: Needs::Nothing,
    },
    Read {
        capability: "notes",
        name: "contact-notes",
        template: "/api/v1/contacts/{id}/notes",
        needs: Needs::Contact,
    },
    Read {
        capability: "tasks",
        name: "contact-tasks",
        template: "/api/v1/contacts/{id}/tasks",
        needs: Needs::Contact,
    },
    Read {
        capability: "reminders",
        name: "reminders",
        template: "/api/v1/conversations/{id}/reminders",
        needs: Needs::Conversation,
    },
    Read {
        capability: "reminders",
        name: "calendar-events",
        template: "/api/v1/conversations/{id}/calendar-events",
        needs: Needs::Conversation,
    },
];

/// Every optional check.
pub(crate) async fn run(ctx: &mut Ctx<'_>) {
    for read in &READS {
        if !ctx.offers(read.capability) {
            ctx.skip(read.name, read.capability);
            continue;
        }
        match get(ctx, read).await {
            Ok(Found::Answer(note)) => ctx.record(read.name, Ok(note)),
            Ok(Found::NotOffered) => ctx.not_offered(read.name),
            Err(why) => ctx.record(read.name, Err(why)),
        }
    }
    gated(ctx, "deals", "deal", deal).await;
    gated(ctx, "outbound", "contact-search", contact_search).await;
    gated(ctx, "translation", "detect-language", detect_language).await;
    gated(ctx, "ai", "ai-suggestions", ai_suggestions).await;
}

async fn gated<F>(ctx: &mut Ctx<'_>, capability: &str, name: &str, check: F)
where
    F: AsyncFnOnce(&Ctx<'_>) -> Check,
{
    if ctx.offers(capability) {
        let r = check(ctx).await;
        ctx.record(name, r);
    } else {
        ctx.skip(name, capability);
    }
}

/// What an optional read found.
enum Found {
    /// The documented answer.
    Answer(Option<String>),
    /// 404 from a backend that declares no capabilities: the part is not offered.
    NotOffered,
}

async fn get(ctx: &Ctx<'_>, read: &Read) -> Result<Found, String> {
    let path = match read.needs {
        Needs::Nothing => read.template.to_owned(),
        Needs::Conversation => read
            .template
            .replace("{id}", &ctx.conversation()?.to_string()),
        Needs::Contact => read.template.replace("{id}", &ctx.contact()?.to_string()),
    };
    let reply = ctx.get(&path).await?;
    if reply.status == 404 && ctx.capabilities.is_none() {
        // Without a list, "404 not_found" is how a backend says it does not offer a part.
        expect_error(ctx.spec, "GET", None, &reply, 404, "not_found")?;
        return Ok(Found::NotOffered);
    }
    let value = expect(ctx.spec, "GET", read.template, &reply, &[200])?;
    Ok(Found::Answer(
        value.as_array().map(|list| format!("{} items", list.len())),
    ))
}

/// "No deal" is an answer: 200 with the deal or `null` (or the older 404).
async fn deal(ctx: &Ctx<'_>) -> Check {
    let template = "/api/v1/conversations/{id}/deal";
    let id = ctx.conversation()?;
    let reply = ctx.get(&format!("/api/v1/conversations/{id}/deal")).await?;
    if reply.status == 404 {
        expect_error(ctx.spec, "GET", Some(template), &reply, 404, "not_found")?;
        return Ok(Some("no deal".into()));
    }
    let value = expect(ctx.spec, "GET", template, &reply, &[200, 204, 404])?;
    Ok(value.is_null().then(|| "no deal".into()))
}

async fn contact_search(ctx: &Ctx<'_>) -> Check {
    let name = ctx
        .contact_name
        .clone()
        .ok_or("not run: no contact (conversation-detail failed)")?;
    let q: String = name.chars().take(4).collect();
    let reply = ctx
        .get(&format!("/api/v1/contacts?q={}", urlencode(&q)))
        .await?;
    let value = expect(ctx.spec, "GET", "/api/v1/contacts", &reply, &[200])?;
    let items = value
        .get("items")
        .and_then(|i| i.as_array())
        .map_or(0, Vec::len);
    Ok(Some(format!("{items} matches for {q:?}")))
}

async fn detect_language(ctx: &Ctx<'_>) -> Check {
    let body = json!({ "text": "Bonjour, je n'ai pas reçu ma commande." });
    let reply = ctx.post("/api/v1/detect-language", Some(&body)).await?;
    expect(ctx.spec, "POST", "/api/v1/detect-language", &reply, &[200])?;
    Ok(None)
}

/// Suggestions, or `503 unavailable` when no provider is configured (both documented).
async fn ai_suggestions(ctx: &Ctx<'_>) -> Check {
    let template = "/api/v1/conversations/{id}/ai/suggestions";
    let id = ctx.conversation()?;
    let reply = ctx
        .post(&format!("/api/v1/conversations/{id}/ai/suggestions"), None)
        .await?;
    if reply.status == 503 {
        expect_error(ctx.spec, "POST", Some(template), &reply, 503, "unavailable")?;
        return Ok(Some("unavailable".into()));
    }
    let value = expect(ctx.spec, "POST", template, &reply, &[200, 503])?;
    let n = value
        .get("items")
        .and_then(|i| i.as_array())
        .map_or(0, Vec::len);
    Ok(Some(format!("{n} suggestions")))
}
