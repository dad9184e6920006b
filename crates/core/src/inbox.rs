//! The whole client state and the reducer that applies server events to it.
//!
//! The rule that keeps app and server in step (tested below and against the server):
//! applying the events emitted since a snapshot to that snapshot gives the same state as a
//! fresh snapshot.

use crate::conversation_index::ConversationIndex;
use crate::details::Details;
use crate::message_log::MessageLog;
use crate::outbox::Outbox;
use crate::sync::{Receive, SyncState};
use std::collections::HashMap;
use switchboard_protocol::{ConversationId, ConversationPage, Event, Message, MessagePage, Seq};

/// Everything the app knows about the inbox.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Inbox {
    /// Conversations by id.
    pub conversations: ConversationIndex,
    /// Loaded message history per conversation (absent: not loaded).
    pub logs: HashMap<ConversationId, MessageLog>,
    /// Messages this agent sent that the server has not confirmed.
    pub outbox: Outbox,
    /// Socket sequence bookkeeping.
    pub sync: SyncState,
    /// Contact cards, deals, tasks, notes, reminders and events loaded for the panel.
    pub details: Details,
}

impl Inbox {
    /// Applies one event, whatever its sequence number (the reducer proper).
    pub fn apply(&mut self, event: &Event) {
        match event {
            Event::MessageCreated { message } => self.add_message(message.clone()),
            Event::MessageUpdated { message } => {
                if let Some(log) = self.logs.get_mut(&message.conversation_id) {
                    log.update(message.clone());
                }
            }
            Event::ConversationCreated { conversation }
            | Event::ConversationUpdated { conversation } => {
                self.conversations.upsert(conversation.clone())
            }
            Event::ConversationDeleted { conversation_id } => {
                self.conversations.remove(*conversation_id);
                self.logs.remove(conversation_id);
                self.details.apply(event);
            }
            Event::ContactUpdated { .. }
            | Event::DealUpdated { .. }
            | Event::TaskUpdated { .. }
            | Event::NoteCreated { .. }
            | Event::ReminderCreated { .. }
            | Event::CalendarEventCreated { .. } => self.details.apply(event),
            // Notifications, not state: the app reacts to them as they arrive.
            Event::Mention { .. } | Event::Unknown => {}
        }
    }

    /// Takes an event from the socket: skips duplicates, reports gaps, buffers while a
    /// snapshot loads, applies the rest.
    pub fn receive(&mut self, seq: Seq, event: &Event) -> Receive {
        let verdict = self.sync.admit(seq, event);
        if verdict == Receive::Applied {
            self.apply(event);
        }
        verdict
    }

    /// The server said `ready` (fresh connection) or `resync_required`: from now on events
    /// are held until [`Inbox::finish_resync`] installs a snapshot taken after `head`.
    /// Loaded histories are dropped, since events for them may be missing; the app reloads
    /// the one on screen.
    pub fn begin_resync(&mut self, head: Seq) {
        self.sync.last_seq = Some(head);
        self.sync.buffer = Some(Vec::new());
        self.logs.clear();
    }

    /// Installs a snapshot of the conversation list, then applies the events that arrived
    /// while it loaded. Returns `Receive::Gap` if those events had a hole.
    pub fn finish_resync(&mut self, page: ConversationPage) -> Receive {
        self.conversations.replace_all(page.items);
        let buffered = self.sync.buffer.take().unwrap_or_default();
        for (seq, event) in buffered {
            if self.receive(seq, &event) == Receive::Gap {
                return Receive::Gap;
            }
        }
        Receive::Applied
    }

    /// Adds conversations from a further page (scrolling), without replacing others.
    pub fn add_page(&mut self, page: ConversationPage) {
        for c in page.items {
            if self.conversations.get(c.id).is_none() {
                self.conversations.upsert(c);
            }
        }
    }

    /// Installs the latest page of a conversation's history (replacing what was loaded, and
    /// keeping any messages that arrived meanwhile and are newer than the page).
    pub fn load_latest(&mut self, id: ConversationId, page: MessagePage) {
        let mut log = MessageLog::from_page(page);
        if let Some(old) = self.logs.remove(&id) {
            let newest = log.iter().last().map(|m| m.id);
            for m in old.iter().filter(|m| Some(m.id) > newest) {
                log.insert(m.clone());
            }
        }
        for m in log.iter() {
            self.outbox.confirm(m);
        }
        self.logs.insert(id, log);
    }

    /// Records a message (from a send answer or an event): confirms the pending copy and
    /// adds it to its conversation's history if that history is loaded.
    pub fn add_message(&mut self, message: Message) {
        self.outbox.confirm(&message);
        if let Some(log) = self.logs.get_mut(&message.conversation_id) {
            log.insert(message);
        }
    }
}
