//! Reading rows into protocol records. JSON columns hold protocol types serialised with
//! serde, so a stored record and a sent record are byte-for-byte the same shape.

use chrono::{DateTime, Utc};
use rusqlite::types::Type;
use rusqlite::Row;
use serde::de::DeserializeOwned;
use switchboard_protocol::{
    Agent, AgentId, BusinessAccount, Channel, Contact, ContactBrief, ContactId, ConversationId,
    ConversationStatus, ConversationSummary, Message, MessageId, TeamId, Visibility,
};

/// Columns [`summary`] reads, aliasing conversations as `c`, contacts as `k` and the
/// workspace's account on the conversation's channel as `b` (absent: no such account).
/// The agents mentioned come from the messages that mention someone only (`mentions <>
/// '[]'` is the condition of the partial index `messages_with_mentions`, migration 011):
/// the row is read on every message's `conversation_updated`, and walking the whole
/// history for it made each message cost as much as the conversation was long.
pub const SUMMARY_SELECT: &str = "SELECT c.id, c.contact_id, k.name, k.avatar_url, c.channel, \
    c.status, c.assignee_id, c.tags, c.unread_count, c.unanswered, c.last_message, \
    c.last_activity_at, c.snoozed_until, c.deal, c.team_id, c.operators, c.status_since, \
    c.archived, k.blocked, c.ai_active, c.bot_enabled, c.automations, c.crm_link, \
    c.window_closes_at, b.name, b.address, b.connected, \
    (SELECT json_group_array(DISTINCT j.value) FROM messages m, json_each(m.mentions) j \
     WHERE m.conversation_id = c.id AND m.mentions <> '[]') FROM conversations c \
    JOIN contacts k ON k.id = c.contact_id LEFT JOIN business_accounts b ON b.channel = c.channel";

/// Columns [`message`] reads.
/// Attachment urls come out empty: sign them with `db::uploads::sign_messages`.
pub const MESSAGE_SELECT: &str = "SELECT id, conversation_id, client_id, author, visibility, \
    content, status, created_at, channel, attachments, reply_to, translation, mentions \
    FROM messages";

/// Columns [`contact`] reads.
pub const CONTACT_SELECT: &str = "SELECT id, name, phone, email, handle, country, language, \
    source, tags, created_at FROM contacts";

/// Columns [`agent`] reads.
pub const AGENT_SELECT: &str = "SELECT id, name, email, language, role, presence FROM agents";

/// A stored millisecond time as a UTC time.
pub fn time(ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms).unwrap_or_default()
}

fn json<T: DeserializeOwned>(row: &Row<'_>, idx: usize) -> rusqlite::Result<T> {
    let text: String = row.get(idx)?;
    serde_json::from_str(&text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, Box::new(e)))
}

fn opt_json<T: DeserializeOwned>(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<T>> {
    match row.get::<_, Option<String>>(idx)? {
        None => Ok(None),
        Some(text) => serde_json::from_str(&text)
            .map(Some)
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, Box::new(e))),
    }
}

/// The wire name of a visibility, as stored.
pub fn visibility_str(v: Visibility) -> &'static str {
    match v {
        Visibility::Public => "public",
        Visibility::Internal => "internal",
    }
}

/// Reads a [`SUMMARY_SELECT`] row.
pub fn summary(row: &Row<'_>) -> rusqlite::Result<ConversationSummary> {
    Ok(ConversationSummary {
        id: ConversationId(row.get(0)?),
        contact: ContactBrief {
            id: ContactId(row.get(1)?),
            name: row.get(2)?,
            avatar_url: row.get(3)?,
        },
        channel: Channel::parse(&row.get::<_, String>(4)?),
        status: ConversationStatus::parse(&row.get::<_, String>(5)?),
        assignee: row.get::<_, Option<i64>>(6)?.map(AgentId),
        tags: json(row, 7)?,
        unread_count: row.get(8)?,
        unanswered: row.get(9)?,
        last_message: opt_json(row, 10)?,
        last_activity_at: time(row.get(11)?),
        snoozed_until: row.get::<_, Option<i64>>(12)?.map(time),
        deal: opt_json(row, 13)?,
        team: row.get::<_, Option<i64>>(14)?.map(TeamId),
        operators: json(row, 15)?,
        status_since: Some(time(row.get(16)?)),
        archived: row.get(17)?,
        contact_blocked: row.get(18)?,
        ai_active: row.get(19)?,
        bot_enabled: row.get(20)?,
        automations: json(row, 21)?,
        crm_link: opt_json(row, 22)?,
        window_closes_at: row.get::<_, Option<i64>>(23)?.map(time),
        business_account: match row.get::<_, Option<String>>(24)? {
            None => None,
            Some(name) => Some(BusinessAccount {
                name,
                address: row.get(25)?,
                connected: row.get(26)?,
            }),
        },
        mentioned: {
            let mut agents: Vec<AgentId> = json(row, 27)?;
            agents.sort();
            agents
        },
        matched: None,
    })
}

/// Reads a [`MESSAGE_SELECT`] row.
pub fn message(row: &Row<'_>) -> rusqlite::Result<Message> {
    let visibility = match row.get::<_, String>(4)?.as_str() {
        "internal" => Visibility::Internal,
        _ => Visibility::Public,
    };
    Ok(Message {
        id: MessageId(row.get(0)?),
        conversation_id: ConversationId(row.get(1)?),
        client_id: row
            .get::<_, Option<String>>(2)?
            .map(switchboard_protocol::ClientMsgId),
        author: json(row, 3)?,
        visibility,
        content: json(row, 5)?,
        status: json(row, 6)?,
        created_at: time(row.get(7)?),
        channel: row.get::<_, Option<String>>(8)?.map(|c| Channel::parse(&c)),
        attachments: json(row, 9)?,
        reply_to: opt_json(row, 10)?,
        translation: opt_json(row, 11)?,
        mentions: json(row, 12)?,
    })
}

/// Reads a [`CONTACT_SELECT`] row.
pub fn contact(row: &Row<'_>) -> rusqlite::Result<Contact> {
    Ok(Contact {
        id: ContactId(row.get(0)?),
        name: row.get(1)?,
        phone: row.get(2)?,
        email: row.get(3)?,
        handle: row.get(4)?,
        country: row.get(5)?,
        language: row.get(6)?,
        source: row.get(7)?,
        tags: json(row, 8)?,
        created_at: time(row.get(9)?),
        phone_masked: false,
        platform: None,
        campaign: None,
        ad_set: None,
        ad: None,
        messenger_ids: Vec::new(),
        external_id: None,
        sales_total_minor: 0,
        sales_currency: None,
        sales_count: 0,
        responsible: None,
        blocked: false,
        custom: Vec::new(),
        crm: Vec::new(),
        channels: Vec::new(),
    })
}

/// Reads an [`AGENT_SELECT`] row.
pub fn agent(row: &Row<'_>) -> rusqlite::Result<Agent> {
    Ok(Agent {
        id: AgentId(row.get(0)?),
        name: row.get(1)?,
        email: row.get(2)?,
        language: row.get(3)?,
        role: serde_json::from_value(serde_json::Value::String(row.get(4)?)).unwrap_or_default(),
        presence: serde_json::from_value(serde_json::Value::String(row.get(5)?))
            .unwrap_or_default(),
    })
}
