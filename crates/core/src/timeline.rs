//! What the message log shows: confirmed messages, then this agent's pending ones.

use crate::message_log::MessageLog;
use crate::outbox::{Outbox, OutboxState, PendingMessage};
use switchboard_protocol::{ConversationId, DeliveryStatus, Message};

/// One entry of the visible log.
#[expect(
    clippy::large_enum_variant,
    reason = "built once per log render and moved into the view; boxing adds an allocation per row"
)]
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
