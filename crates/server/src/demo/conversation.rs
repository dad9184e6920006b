//! One demo conversation: its contact, its history (customer lines, agent replies,
//! internal notes, activity entries) and its list-row state derived from that history.
//!
//! Invariants: messages are inserted in time order (ids grow with time); `unanswered` holds
//! exactly when the last public text is the customer's; `unread_count` never exceeds the
//! customer messages after the last reply.

use super::contact::{self, Seed};
use super::phrases::{Line, LANGS};
use super::rng::Rng;
use crate::db::messages::{insert_translated, preview_json, NewMessage};
use rusqlite::{params, Connection};
use switchboard_protocol::{
    Agent, Author, Change, Channel, Content, ConversationId, ConversationStatus as St, DealBrief,
    DeliveryStatus, MessageTranslation, Visibility,
};

const MINUTE: i64 = 60_000;
const HOUR: i64 = 60 * MINUTE;

/// Internal notes agents leave (English: the team's working language).
const NOTES: [&str; 6] = [
    "Checked the order in the warehouse system: it left yesterday, tracking just lags.",
    "Returning customer, third order this year. Let's offer free shipping next time.",
    "Finance confirmed the payment, OK to proceed.",
    "Asked the courier for a callback, waiting for their answer.",
    "Big account potential, loop in sales before quoting.",
    "Please double-check the size chart before replying.",
];

const STAGES: [&str; 5] = [
    "New lead",
    "Qualified",
    "Proposal sent",
    "Negotiation",
    "Won",
];

const FAILURES: [&str; 2] = [
    "The 24-hour messaging window has closed",
    "The recipient has blocked messages from this account",
];

struct Entry {
    author: Author,
    visibility: Visibility,
    content: Content,
    status: DeliveryStatus,
    /// The English translation of a customer's text in another language.
    translation: Option<MessageTranslation>,
}

fn text(author: Author, t: &str, status: DeliveryStatus) -> Entry {
    Entry {
        author,
        visibility: Visibility::Public,
        content: Content::Text { text: t.into() },
        status,
        translation: None,
    }
}

/// An activity entry with its typed change, so every client words it in its agent's
/// language (the text is the English for clients that do not know the change).
fn activity(t: String, change: Change) -> Entry {
    Entry {
        author: Author::System,
        visibility: Visibility::Public,
        content: Content::Activity {
            text: t,
            change: Some(change),
        },
        status: DeliveryStatus::Sent,
        translation: None,
    }
}

fn as_author(a: &Agent) -> Author {
    Author::Agent {
        id: a.id,
        name: a.name.clone(),
    }
}

fn status_of(rng: &mut Rng) -> St {
    match rng.below(10) {
        0..=3 => St::Open,
        4..=6 => St::InProgress,
        7..=8 => St::Closed,
        _ => St::Snoozed,
    }
}

/// A customer's text, with its stored English translation where it has one.
fn customer(t: &str, translation: Option<MessageTranslation>) -> Entry {
    Entry {
        translation,
        ..text(Author::Contact, t, DeliveryStatus::Delivered)
    }
}

/// Builds and stores the `n`-th demo conversation.
pub fn build(
    conn: &Connection,
    rng: &mut Rng,
    n: usize,
    agents: &[Agent],
    now: i64,
) -> rusqlite::Result<ConversationId> {
    let lang = LANGS[n % LANGS.len()];
    let round = n / LANGS.len();
    let name = lang.names[round % lang.names.len()];
    let thread = lang.threads[(round + n) % lang.threads.len()];
    let channel = Channel::ALL[n % Channel::ALL.len()];
    let status = status_of(rng);
    let assignee = match rng.below(100) {
        0..=39 => Some(&agents[0]),
        40..=74 => Some(&agents[1 + rng.below(agents.len() - 1)]),
        _ if status == St::InProgress => Some(&agents[1]),
        _ => None,
    };
    let len = thread.lines.len();
    let unanswered = status != St::Closed && rng.chance(55);
    let keep = match (status, unanswered) {
        (St::Closed, _) => len,
        (_, true) => 2 * rng.below(len.div_ceil(2)) + 1,
        (_, false) => 2 * (1 + rng.below(len / 2)),
    };
    let mut tags = vec![thread.tag];
    let replier = assignee.unwrap_or_else(|| &agents[rng.below(agents.len())]);
    let mut entries = Vec::new();
    for (k, line) in thread.lines[..keep].iter().enumerate() {
        match line {
            Line::C(t, english) => entries.push(customer(t, lang.translation(*english))),
            Line::A(t) => entries.push(text(as_author(replier), t, DeliveryStatus::Read)),
        }
        if k == 0 {
            if let Some(a) = assignee {
                let by = rng.pick(agents);
                entries.push(activity(
                    format!("{} assigned the conversation to {}", by.name, a.name),
                    Change::Assigned { to: Some(a.id) },
                ));
            }
            if status == St::InProgress {
                entries.push(activity(
                    "Status changed to In progress".into(),
                    Change::Status {
                        from: St::Open,
                        to: St::InProgress,
                    },
                ));
            }
            if rng.chance(25) {
                tags.push("vip");
                entries.push(activity(
                    "Tag 'vip' added".into(),
                    Change::TagAdded { tag: "vip".into() },
                ));
            }
        }
        if k == 1 && rng.chance(35) {
            entries.push(Entry {
                author: as_author(replier),
                visibility: Visibility::Internal,
                content: Content::Text {
                    text: rng.pick(&NOTES).to_string(),
                },
                status: DeliveryStatus::Sent,
                translation: None,
            });
        }
    }
    let mut unread = 0;
    if unanswered && rng.chance(75) {
        unread = 1;
        if rng.chance(40) {
            let (extra, english) = *rng.pick(lang.simulated);
            entries.push(customer(extra, lang.translation(english)));
            unread = 2;
        }
    }
    if status == St::Closed {
        entries.push(activity(
            "Status changed to Closed".into(),
            Change::Status {
                from: St::InProgress,
                to: St::Closed,
            },
        ));
    }
    // The last agent reply: delivered or sent, and two of them failed.
    if let Some(last) = entries
        .iter_mut()
        .rev()
        .find(|e| matches!(e.author, Author::Agent { .. }) && e.visibility == Visibility::Public)
    {
        last.status = match n {
            5 | 29 => DeliveryStatus::Failed {
                reason: FAILURES[n % 2].into(),
            },
            _ if rng.chance(50) => DeliveryStatus::Delivered,
            _ => last.status.clone(),
        };
    }
    let age = if n < 8 {
        n as i64 * 9 * MINUTE + rng.below(5) as i64 * MINUTE
    } else {
        rng.below(30 * 24 * 60) as i64 * MINUTE
    };
    let end = now - age - MINUTE;
    let gaps: Vec<i64> = entries
        .iter()
        .map(|_| (1 + rng.below(25)) as i64 * MINUTE)
        .collect();
    let start = end - gaps.iter().sum::<i64>();
    let deal = (matches!(thread.tag, "lead" | "wholesale") || rng.chance(30)).then(|| DealBrief {
        stage: rng.pick(&STAGES).to_string(),
        amount_minor: (1 + rng.below(60)) as i64
            * 5_000
            * if lang.currency == "UAH" { 40 } else { 1 },
        currency: lang.currency.into(),
    });
    let contact_tags: Vec<&str> = tags
        .iter()
        .copied()
        .filter(|t| *t == "vip")
        .chain(rng.chance(30).then_some("returning"))
        .collect();
    let contact_created = start - rng.below(90) as i64 * 24 * HOUR;
    let contact_id = contact::insert(
        conn,
        rng,
        &Seed {
            n,
            lang,
            name,
            channel,
            tags: &contact_tags,
            created_at_ms: contact_created,
        },
    )?;
    let snoozed_until = (status == St::Snoozed).then(|| now + (1 + rng.below(72)) as i64 * HOUR);
    let tags_json = serde_json::to_string(&tags).unwrap_or_else(|_| "[]".into());
    let deal_json = deal.map(|d| serde_json::to_string(&d).unwrap_or_default());
    conn.execute(
        "INSERT INTO conversations (contact_id, channel, status, assignee_id, tags, unread_count, \
         unanswered, last_activity_at, snoozed_until, deal) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![contact_id, channel.as_str(), status.as_str(), assignee.map(|a| a.id.0), tags_json, unread, unanswered, end, snoozed_until, deal_json],
    )?;
    let id = ConversationId(conn.last_insert_rowid());
    let mut at = start;
    let mut last = None;
    for (e, gap) in entries.into_iter().zip(gaps) {
        at += gap;
        last = Some(insert_translated(
            conn,
            &NewMessage {
                conversation_id: id,
                client_id: None,
                author: e.author,
                visibility: e.visibility,
                content: e.content,
                status: e.status,
                created_at_ms: at,
            },
            e.translation,
        )?);
    }
    if let Some(m) = last {
        conn.execute(
            "UPDATE conversations SET last_message = ?2, last_activity_at = ?3 WHERE id = ?1",
            params![id.0, preview_json(&m)?, at],
        )?;
    }
    Ok(id)
}
