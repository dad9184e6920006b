//! Messages the agent sent that the server has not confirmed yet.
//!
//! Invariants: one entry per client id; entries keep the order they were written in (the
//! order they must reach the customer); an entry leaves only when the server's copy
//! (matched by client id, never by content) arrives, or when the agent deletes it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use switchboard_protocol::{
    AgentId, Channel, ClientMsgId, ConversationId, ErrorCode, Message, OriginalText, ReplyRef,
    SendMessage, TemplateUse, Upload, Visibility,
};

/// Where a pending message stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OutboxState {
    /// A request is in flight.
    Sending,
    /// The network failed; it will be sent again with the same client id.
    Queued {
        /// What went wrong last time (for the tooltip).
        reason: String,
    },
    /// The server refused it (4xx): the agent must retry, edit or delete.
    Failed {
        /// The server's reason, in its words (English; shown under the headline).
        reason: String,
        /// The refusal's code, for the translated headline (absent: an answer that could
        /// not be read, or an outbox kept by an older version).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        code: Option<ErrorCode>,
    },
    /// Refused, and taken back into the composer (`Edit`) while messages written after it
    /// in its conversation wait: it keeps its place until the composer's next message of
    /// its conversation and mode replaces it ([`Outbox::replace_edited`]), or the agent
    /// discards it.
    Editing,
}

impl OutboxState {
    /// Whether the entry waits for the agent (refused, or being edited): the entries after
    /// it in its conversation wait too.
    pub fn needs_agent(&self) -> bool {
        matches!(self, OutboxState::Failed { .. } | OutboxState::Editing)
    }
}

/// A message written by this agent and not yet confirmed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingMessage {
    /// The id the server will echo.
    pub client_id: ClientMsgId,
    /// Where it goes.
    pub conversation_id: ConversationId,
    /// What the agent wrote.
    pub text: String,
    /// Reply or note.
    pub visibility: Visibility,
    /// When the agent pressed Send.
    pub created_at: DateTime<Utc>,
    /// Where it stands.
    pub state: OutboxState,
    /// The message answered (its quote shows on the pending message too).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<ReplyRef>,
    /// The channel to answer on (`None`: the conversation's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// The email subject (`None`: the thread's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Files uploaded before sending.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<Upload>,
    /// A template with its parameter values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<TemplateUse>,
    /// When `text` is a translation: what the agent wrote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<OriginalText>,
    /// Agents mentioned in a note.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<AgentId>,
}

impl PendingMessage {
    /// A text message or note with nothing else: what the other fields default to.
    pub fn new(
        client_id: ClientMsgId,
        conversation_id: ConversationId,
        text: String,
        visibility: Visibility,
        created_at: DateTime<Utc>,
    ) -> Self {
        PendingMessage {
            client_id,
            conversation_id,
            text,
            visibility,
            created_at,
            state: OutboxState::Sending,
            reply_to: None,
            channel: None,
            subject: None,
            files: Vec::new(),
            template: None,
            original: None,
            mentions: Vec::new(),
        }
    }

    /// The request body that sends it (the same on every retry).
    pub fn request(&self) -> SendMessage {
        SendMessage {
            channel: self.channel,
            reply_to: self.reply_to.as_ref().map(|r| r.id),
            attachments: self.files.iter().map(|f| f.id).collect(),
            template: self.template.clone(),
            subject: self.subject.clone(),
            original: self.original.clone(),
            mentions: self.mentions.clone(),
            ..SendMessage::text(self.client_id.clone(), self.text.clone(), self.visibility)
        }
    }
}

/// The pending messages of every conversation, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Outbox {
    items: Vec<PendingMessage>,
}

impl Outbox {
    /// The outbox as it should resume after a reload: a request that was in flight when
    /// the page went away may or may not have reached the server, so it is queued to be
    /// sent again with the same client id (the server answers a repeat with the same
    /// message, so it is delivered exactly once).
    pub fn restored(mut self) -> Outbox {
        for p in &mut self.items {
            if p.state == OutboxState::Sending {
                p.state = OutboxState::Queued {
                    reason: String::new(),
                };
            }
        }
        self
    }

    /// Takes in the outbox another tab of the agent left (closed or crashed before it was
    /// delivered): its entries this one does not hold go after ours, in their order, as
    /// after a reload ([`Outbox::restored`]). Returns how many were added.
    pub fn adopt(&mut self, left: Outbox) -> usize {
        let before = self.items.len();
        for p in left.restored().items {
            self.push(p);
        }
        self.items.len() - before
    }

    /// Adds a message in the `Sending` state. A client id already present is ignored.
    pub fn push(&mut self, m: PendingMessage) {
        if !self.items.iter().any(|p| p.client_id == m.client_id) {
            self.items.push(m);
        }
    }

    /// Changes the state of one entry; returns false if it is gone (already confirmed).
    pub fn set_state(&mut self, id: &ClientMsgId, state: OutboxState) -> bool {
        match self.items.iter_mut().find(|p| &p.client_id == id) {
            Some(p) => {
                p.state = state;
                true
            }
            None => false,
        }
    }

    /// Removes the entry the server's message confirms; returns whether one was removed.
    pub fn confirm(&mut self, m: &Message) -> bool {
        let Some(id) = &m.client_id else { return false };
        self.remove(id).is_some()
    }

    /// Removes an entry (confirmed, or deleted by the agent).
    pub fn remove(&mut self, id: &ClientMsgId) -> Option<PendingMessage> {
        let at = self.items.iter().position(|p| &p.client_id == id)?;
        Some(self.items.remove(at))
    }

    /// The entry with this client id.
    pub fn get(&self, id: &ClientMsgId) -> Option<&PendingMessage> {
        self.items.iter().find(|p| &p.client_id == id)
    }

    /// Every entry, oldest first (the order they must be sent in).
    pub fn iter(&self) -> impl Iterator<Item = &PendingMessage> + '_ {
        self.items.iter()
    }

    /// The pending messages of one conversation, in the order they were written.
    pub fn for_conversation(
        &self,
        id: ConversationId,
    ) -> impl Iterator<Item = &PendingMessage> + '_ {
        self.items.iter().filter(move |p| p.conversation_id == id)
    }

    /// Whether the entry waits behind an earlier one of its conversation that the agent must
    /// resolve (refused or being edited): a conversation's messages reach the customer in
    /// the order they were written, so one refused message holds the ones after it.
    pub fn held(&self, id: &ClientMsgId) -> bool {
        let Some(at) = self.items.iter().position(|p| &p.client_id == id) else {
            return false;
        };
        let conversation = self.items[at].conversation_id;
        self.items[..at]
            .iter()
            .any(|p| p.conversation_id == conversation && p.state.needs_agent())
    }

    /// The entry to send next: the oldest that neither waits for the agent nor is held
    /// behind one that does (other conversations go on).
    pub fn next_to_send(&self) -> Option<&PendingMessage> {
        self.items
            .iter()
            .find(|p| !p.state.needs_agent() && !self.held(&p.client_id))
    }

    /// Takes a refused entry back for editing: removed when nothing waits behind it; kept
    /// in its place as [`OutboxState::Editing`] when later entries of its conversation
    /// wait (they keep waiting for the edited message). `None` when it is gone.
    pub fn take_back(&mut self, id: &ClientMsgId) -> Option<PendingMessage> {
        let at = self.items.iter().position(|p| &p.client_id == id)?;
        let conversation = self.items[at].conversation_id;
        let behind = self.items[at + 1..]
            .iter()
            .any(|p| p.conversation_id == conversation);
        if behind {
            let taken = self.items[at].clone();
            self.items[at].state = OutboxState::Editing;
            Some(taken)
        } else {
            Some(self.items.remove(at))
        }
    }

    /// Adds a message the composer sends: in the place of the entry of its conversation
    /// and mode being edited, if there is one (with its own, new client id: the edited
    /// text is a new request, never a repeat of the refused one), else at the end.
    pub fn replace_edited(&mut self, m: PendingMessage) {
        if self.items.iter().any(|p| p.client_id == m.client_id) {
            return;
        }
        let editing = self.items.iter().position(|p| {
            p.state == OutboxState::Editing
                && p.conversation_id == m.conversation_id
                && p.visibility == m.visibility
        });
        match editing {
            Some(at) => self.items[at] = m,
            None => self.items.push(m),
        }
    }

    /// Every entry waiting to be sent again after a network failure.
    pub fn queued(&self) -> impl Iterator<Item = &PendingMessage> + '_ {
        self.items
            .iter()
            .filter(|p| matches!(p.state, OutboxState::Queued { .. }))
    }

    /// How many entries there are.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}
