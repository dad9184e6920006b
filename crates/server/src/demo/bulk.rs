//! Bulk demo data (`--demo-bulk N`): `N` extra synthetic conversations for scale tests and
//! benchmarks of the chat list, added after the regular demo data in the same transaction.
//!
//! Invariants: deterministic (its own seeded generator); every row is as consistent as a
//! regular demo row: messages in time order (ids grow with time within a conversation),
//! `last_message` and `last_activity_at` from the last message, `unanswered` exactly when
//! the last message is the customer's, `unread_count` never above the customer messages
//! after the last reply, `status_since` never after the last activity, `snoozed_until` only
//! when snoozed. None is archived, blocked or has a deal, so each one adds exactly one row
//! to the default list.
//! Last activity is spread over six months, all older than the regular demo's eight newest
//! rows (the last 75 minutes), so the list starts as it does without bulk.
//!
//! Speed: the statements are prepared once (`prepare_cached`) and reused for every row;
//! 10,000 conversations load in under half a second, even in a debug build.

use super::contact::{self, Seed};
use super::phrases::{Lang, Line, LANGS};
use super::rng::Rng;
use crate::db::messages::{insert_translated, preview_json, NewMessage};
use rusqlite::{params, Connection};
use switchboard_protocol::{
    Agent, Author, Channel, Content, ConversationId, ConversationStatus as St, DeliveryStatus,
    MessageTranslation, Visibility,
};

const MINUTE: i64 = 60_000;
const HOUR: i64 = 60 * MINUTE;
/// The newest bulk row is this much older than now (the regular demo's first eight rows
/// are all newer; the rest of it spreads over 30 days, among the bulk rows).
const NEWEST: i64 = 2 * HOUR;
/// Bulk rows spread over about six months, in minutes.
const SPREAD_MINUTES: usize = 182 * 24 * 60;

/// Tags besides the thread's own, so the tag filter has something to do.
const EXTRA_TAGS: [&str; 4] = ["vip", "returning", "wholesale", "urgent"];

/// A display name from two of the language's names: the given name of one and the family
/// name of another of the same gender (the name lists alternate women and men, so indices
/// of the same parity agree, which matters for Slavic family names).
fn name(lang: &Lang, rng: &mut Rng) -> String {
    let pairs = lang.names.len() / 2;
    let parity = rng.below(2);
    let given = lang.names[2 * rng.below(pairs) + parity];
    let family = lang.names[2 * rng.below(pairs) + parity];
    let first = given.split(' ').next().unwrap_or(given);
    let last = family.rsplit(' ').next().unwrap_or(family);
    format!("{first} {last}")
}

fn status_of(rng: &mut Rng) -> St {
    match rng.below(10) {
        0..=3 => St::Open,
        4..=6 => St::InProgress,
        7..=8 => St::Closed,
        _ => St::Snoozed,
    }
}

/// One message of a bulk conversation before it is stored.
struct Said {
    customer: bool,
    text: &'static str,
    translation: Option<MessageTranslation>,
}

/// Adds `count` synthetic conversations (contacts and 1 to 3 messages each).
pub fn load(
    conn: &Connection,
    rng: &mut Rng,
    agents: &[Agent],
    count: usize,
    now: i64,
) -> rusqlite::Result<()> {
    let teams: Vec<i64> = conn
        .prepare("SELECT id FROM teams ORDER BY id")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for n in 0..count {
        one(conn, rng, agents, &teams, n, now)?;
    }
    Ok(())
}

fn one(
    conn: &Connection,
    rng: &mut Rng,
    agents: &[Agent],
    teams: &[i64],
    n: usize,
    now: i64,
) -> rusqlite::Result<()> {
    let lang = *rng.pick(&LANGS);
    let thread = rng.pick(lang.threads);
    let channel = *rng.pick(&Channel::ALL);
    let status = status_of(rng);
    let assignee = match rng.below(100) {
        0..=29 => Some(&agents[0]),
        30..=74 => Some(&agents[1 + rng.below(agents.len() - 1)]),
        _ => None,
    };
    // 1 to 3 script lines, customer first; a closed conversation ends with the reply.
    let keep = match status {
        St::Closed => 2,
        _ => 1 + rng.below(3),
    }
    .min(thread.lines.len());
    let mut lines: Vec<Said> = thread.lines[..keep]
        .iter()
        .map(|l| match *l {
            Line::C(text, english) => Said {
                customer: true,
                text,
                translation: lang.translation(english),
            },
            Line::A(text) => Said {
                customer: false,
                text,
                translation: None,
            },
        })
        .collect();
    // A lone first message may be followed by up to two more from the customer.
    if keep == 1 && status != St::Closed {
        for _ in 0..rng.below(3) {
            let (text, english) = *rng.pick(lang.simulated);
            lines.push(Said {
                customer: true,
                text,
                translation: lang.translation(english),
            });
        }
    }
    let trailing = lines.iter().rev().take_while(|l| l.customer).count();
    let unanswered = trailing > 0;
    let unread = if unanswered && rng.chance(70) {
        1 + rng.below(trailing) as i64
    } else {
        0
    };
    let mut tags = vec![thread.tag];
    if rng.chance(20) {
        tags.push(EXTRA_TAGS[rng.below(EXTRA_TAGS.len())]);
    }
    let end = now - NEWEST - rng.below(SPREAD_MINUTES) as i64 * MINUTE;
    let gaps: Vec<i64> = lines
        .iter()
        .map(|_| (1 + rng.below(25)) as i64 * MINUTE)
        .collect();
    let start = end - gaps.iter().sum::<i64>();
    let contact_tags: Vec<&str> = rng.chance(25).then_some("returning").into_iter().collect();
    let contact_name = name(lang, rng);
    let contact_created = start - rng.below(365) as i64 * 24 * HOUR;
    let contact_id = contact::insert(
        conn,
        rng,
        &Seed {
            // Numbers user names after the regular demo's and past any of its indices.
            n: super::COUNT + n,
            lang,
            name: &contact_name,
            channel,
            tags: &contact_tags,
            created_at_ms: contact_created,
        },
    )?;
    let snoozed_until = (status == St::Snoozed).then(|| now + (1 + rng.below(72)) as i64 * HOUR);
    let team = (!teams.is_empty() && rng.chance(75)).then(|| teams[rng.below(teams.len())]);
    let operator = rng
        .chance(15)
        .then(|| agents[rng.below(agents.len())].id.0)
        .filter(|a| Some(*a) != assignee.map(|x| x.id.0));
    let operators = serde_json::to_string(&operator.into_iter().collect::<Vec<_>>())
        .unwrap_or_else(|_| "[]".into());
    let status_since = end - rng.below(3 * 24 * 60) as i64 * MINUTE;
    let window = matches!(channel, Channel::Whatsapp | Channel::Viber)
        .then_some(end + 24 * HOUR)
        .filter(|t| *t > now);
    let tags_json = serde_json::to_string(&tags).unwrap_or_else(|_| "[]".into());
    conn.prepare_cached(
        "INSERT INTO conversations (contact_id, channel, status, assignee_id, tags, \
         unread_count, unanswered, last_activity_at, snoozed_until, team_id, operators, \
         status_since, bot_enabled, window_closes_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?
    .execute(params![
        contact_id,
        channel.as_str(),
        status.as_str(),
        assignee.map(|a| a.id.0),
        tags_json,
        unread,
        unanswered,
        end,
        snoozed_until,
        team,
        operators,
        status_since,
        rng.chance(10),
        window,
    ])?;
    let id = ConversationId(conn.last_insert_rowid());
    let replier = assignee.unwrap_or(&agents[0]);
    let mut at = start;
    let mut last = None;
    let count = lines.len();
    for (k, (line, gap)) in lines.into_iter().zip(gaps).enumerate() {
        at += gap;
        let (author, status) = if line.customer {
            (Author::Contact, DeliveryStatus::Delivered)
        } else if k + 1 == count && rng.chance(30) {
            (agent(replier), DeliveryStatus::Delivered)
        } else {
            (agent(replier), DeliveryStatus::Read)
        };
        last = Some(insert_translated(
            conn,
            &NewMessage {
                conversation_id: id,
                client_id: None,
                author,
                visibility: Visibility::Public,
                content: Content::Text {
                    text: line.text.into(),
                },
                status,
                created_at_ms: at,
            },
            line.translation,
        )?);
    }
    if let Some(m) = last {
        conn.prepare_cached("UPDATE conversations SET last_message = ?2 WHERE id = ?1")?
            .execute(params![id.0, preview_json(&m)?])?;
    }
    Ok(())
}

fn agent(a: &Agent) -> Author {
    Author::Agent {
        id: a.id,
        name: a.name.clone(),
    }
}
