//! One made-up contact for a demo conversation.

use super::phrases::Lang;
use super::rng::Rng;
use rusqlite::{params, Connection};
use switchboard_protocol::Channel;

/// Where contacts of a channel come from.
fn source(channel: Channel) -> &'static str {
    match channel {
        Channel::Instagram => "Instagram ads",
        Channel::Facebook => "Facebook page",
        Channel::Webchat => "Website",
        Channel::Email => "Newsletter",
        Channel::Telegram => "Telegram bot",
        Channel::Whatsapp => "WhatsApp Business",
        Channel::Viber | Channel::Other => "Viber campaign",
    }
}

/// An ASCII user name from a display name (`"Léa Dubois"` → `"la.dubois"`), or a numbered
/// one for names in other scripts.
fn login(name: &str, n: usize) -> String {
    let s: String = name
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('.'),
            c if c.is_ascii_alphanumeric() => Some(c),
            _ => None,
        })
        .collect();
    if s.len() >= 5 {
        s
    } else {
        format!("customer{}", 1000 + n)
    }
}

/// What a demo contact is made from.
pub struct Seed<'a> {
    /// Index of the conversation (for numbered user names).
    pub n: usize,
    /// The contact's language.
    pub lang: &'a Lang,
    /// Display name.
    pub name: &'a str,
    /// The channel the contact writes on.
    pub channel: Channel,
    /// Contact tags.
    pub tags: &'a [&'a str],
    /// Creation time, Unix milliseconds.
    pub created_at_ms: i64,
}

/// Inserts the contact and returns its id.
pub fn insert(conn: &Connection, rng: &mut Rng, seed: &Seed<'_>) -> rusqlite::Result<i64> {
    let Seed {
        n,
        lang,
        name,
        channel,
        tags,
        created_at_ms,
    } = *seed;
    let user = login(name, n);
    let phone = (matches!(
        channel,
        Channel::Whatsapp | Channel::Viber | Channel::Telegram
    ) || rng.chance(50))
    .then(|| {
        format!(
            "{} {:03} {:03} {:04}",
            lang.phone_prefix,
            rng.below(1000),
            rng.below(1000),
            rng.below(10_000)
        )
    });
    let email =
        (channel == Channel::Email || rng.chance(40)).then(|| format!("{user}@mail.example"));
    let handle =
        matches!(channel, Channel::Telegram | Channel::Instagram).then(|| format!("@{user}"));
    let tags = serde_json::to_string(tags).unwrap_or_else(|_| "[]".into());
    // Cached: bulk demo data inserts thousands of contacts in one go.
    conn.prepare_cached(
        "INSERT INTO contacts (name, phone, email, handle, country, language, source, tags, \
         created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        name,
        phone,
        email,
        handle,
        rng.pick(lang.countries),
        lang.code,
        source(channel),
        tags,
        created_at_ms
    ])?;
    Ok(conn.last_insert_rowid())
}
