//! What the message log shows: confirmed messages, then this agent's pending ones.

use crate::message_log::MessageLog;
use crate::outbox::{Outbox, OutboxState, PendingMessage};
use chrono::{FixedOffset, NaiveDate};
use switchboard_protocol::{Author, ConversationId, DeliveryStatus, Message, MessageId};

/// One entry of the visible log.
#[derive(Clone, Debug, PartialEq)]
pub enum TimelineItem {
    /// A message the server has.
    Confirmed(Message),
    /// A message on its way.
    Pending(PendingMessage),
}

impl TimelineItem {
    /// A key that is stable for the entry and changes whenever what it shows changes, so a
    /// keyed list re-renders exactly the entries that changed.
    pub fn render_key(&self) -> String {
        match self {
            TimelineItem::Confirmed(m) => {
                let status = match &m.status {
                    DeliveryStatus::Sent => "s",
                    DeliveryStatus::Delivered => "d",
                    DeliveryStatus::Read => "r",
                    DeliveryStatus::Failed { .. } => "f",
                };
                format!("m{}:{status}", m.id)
            }
            TimelineItem::Pending(p) => {
                let state = match p.state {
                    OutboxState::Sending => "s",
                    OutboxState::Queued { .. } => "q",
                    OutboxState::Failed { .. } => "f",
                    OutboxState::Editing => "e",
                };
                format!("c{}:{state}", p.client_id)
            }
        }
    }
}

/// The log of a conversation: its confirmed messages in order, then the pending ones not
/// yet confirmed (a pending entry whose server copy is already in the log is not shown
/// twice, should the two ever coexist).
pub fn timeline(
    log: Option<&MessageLog>,
    outbox: &Outbox,
    id: ConversationId,
) -> Vec<TimelineItem> {
    let mut items: Vec<TimelineItem> = log
        .into_iter()
        .flat_map(|l| l.iter())
        .cloned()
        .map(TimelineItem::Confirmed)
        .collect();
    let confirmed = |p: &PendingMessage| {
        log.is_some_and(|l| l.iter().any(|m| m.client_id.as_ref() == Some(&p.client_id)))
    };
    items.extend(
        outbox
            .for_conversation(id)
            .filter(|p| !confirmed(p))
            .cloned()
            .map(TimelineItem::Pending),
    );
    items
}

impl TimelineItem {
    /// When it was written (a pending message: when the agent sent it).
    pub fn at(&self) -> chrono::DateTime<chrono::Utc> {
        match self {
            TimelineItem::Confirmed(m) => m.created_at,
            TimelineItem::Pending(p) => p.created_at,
        }
    }

    /// The server id, once there is one.
    pub fn message_id(&self) -> Option<MessageId> {
        match self {
            TimelineItem::Confirmed(m) => Some(m.id),
            TimelineItem::Pending(_) => None,
        }
    }
}

/// One row of the log as shown.
#[expect(
    clippy::large_enum_variant,
    reason = "as for TimelineItem: rows are built once per render and moved into the view"
)]
#[derive(Clone, Debug, PartialEq)]
pub enum LogRow {
    /// The heading of a day (in the agent's time zone), and how many headings of the same
    /// day came before it (messages are in id order, and a late-delivered one can carry an
    /// earlier day, so a day can head twice; the count keeps keys unique).
    Day(NaiveDate, u32),
    /// The "new messages" divider, before the first unread message.
    Unread,
    /// A message, note, activity entry or pending message.
    Item(TimelineItem),
}

impl LogRow {
    /// A key for keyed rendering (see [`TimelineItem::render_key`]).
    pub fn render_key(&self) -> String {
        match self {
            LogRow::Day(d, n) => format!("d{d}#{n}"),
            LogRow::Unread => "unread".to_owned(),
            LogRow::Item(i) => i.render_key(),
        }
    }
}

impl LogRow {
    /// What the row is, whatever its state (a message keeps its identity while its
    /// delivery status changes).
    pub fn identity(&self) -> String {
        match self {
            LogRow::Day(d, n) => format!("d{d}#{n}"),
            LogRow::Unread => "unread".to_owned(),
            LogRow::Item(TimelineItem::Confirmed(m)) => format!("m{}", m.id),
            LogRow::Item(TimelineItem::Pending(p)) => format!("c{}", p.client_id),
        }
    }

    /// The server id of the message it shows, if any.
    pub fn message_id(&self) -> Option<MessageId> {
        match self {
            LogRow::Item(i) => i.message_id(),
            _ => None,
        }
    }
}

/// How many rows follow the one whose identity is `last` (the previous last row): the
/// rows added at the end. 0 when it is gone (replaced, e.g. confirmed) or unknown.
pub fn appended_after(rows: &[LogRow], last: Option<&str>) -> usize {
    let Some(last) = last else { return 0 };
    rows.iter()
        .rposition(|r| r.identity() == last)
        .map_or(0, |at| rows.len() - at - 1)
}

/// The rows of the log: a heading before the first entry of each day (days in the zone
/// `offset_minutes` east of UTC) and the "new messages" divider before `first_unread`.
pub fn rows(
    items: Vec<TimelineItem>,
    offset_minutes: i32,
    first_unread: Option<MessageId>,
) -> Vec<LogRow> {
    let zone = FixedOffset::east_opt(offset_minutes * 60)
        .unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset"));
    let mut out = Vec::with_capacity(items.len() + 8);
    let mut day = None;
    let mut headed: std::collections::HashMap<NaiveDate, u32> = Default::default();
    for item in items {
        let d = item.at().with_timezone(&zone).date_naive();
        if day != Some(d) {
            day = Some(d);
            let n = headed.entry(d).or_default();
            out.push(LogRow::Day(d, *n));
            *n += 1;
        }
        if first_unread.is_some() && item.message_id() == first_unread {
            out.push(LogRow::Unread);
        }
        out.push(LogRow::Item(item));
    }
    out
}

/// The first of the last `unread` messages from the customer: where the "new messages"
/// divider goes (`None` when nothing is unread or it is not loaded).
pub fn first_unread(log: &MessageLog, unread: u32) -> Option<MessageId> {
    if unread == 0 {
        return None;
    }
    let from_customer = |m: &&Message| {
        m.author == Author::Contact && m.visibility == switchboard_protocol::Visibility::Public
    };
    log.iter()
        .rev()
        .filter(from_customer)
        .nth(unread as usize - 1)
        .map(|m| m.id)
}

/// How many customer messages came after `seen` (the newest message the agent had seen),
/// for the "jump to latest" button.
pub fn new_since(log: &MessageLog, seen: Option<MessageId>) -> usize {
    let Some(seen) = seen else { return 0 };
    log.iter()
        .rev()
        .take_while(|m| m.id > seen)
        .filter(|m| m.author == Author::Contact)
        .count()
}
