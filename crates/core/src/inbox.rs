//! The whole client state and the reducer that applies server events to it.
//!
//! The rule that keeps app and server in step (tested below and against the server):
//! applying the events emitted since a snapshot to that snapshot gives the same state as a
//! fresh snapshot.

mod histories;

pub use histories::{KEPT_CLOSED, KEPT_WHILE_CLOSED};

use crate::conversation_index::ConversationIndex;
use crate::details::Details;
use crate::list_window::ListWindow;
use crate::message_log::MessageLog;
use crate::outbox::Outbox;
use crate::sync::{Receive, SyncState};
use std::collections::{HashMap, HashSet, VecDeque};
use switchboard_protocol::{
    ConversationId, ConversationPage, ConversationQuery, ConversationSummary, Event, Message, Seq,
};

/// Everything the app knows about the inbox.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Inbox {
    /// Conversations by id.
    pub conversations: ConversationIndex,
    /// Loaded message history per conversation (absent: not loaded).
    pub logs: HashMap<ConversationId, MessageLog>,
    /// Histories loaded before the last resync: still shown (so nothing on screen jumps
    /// or is rebuilt) but events for them may be missing, so they are loaded again.
    stale_logs: HashSet<ConversationId>,
    /// Messages this agent sent that the server has not confirmed.
    pub outbox: Outbox,
    /// Socket sequence bookkeeping.
    pub sync: SyncState,
    /// Contact cards, deals, tasks, notes, reminders and events loaded for the panel.
    pub details: Details,
    /// The chat list's view: how far it is loaded, and its counts.
    pub list: ListWindow,
    /// Messages that arrived for a history whose first page is loading, so the page
    /// cannot miss them (it may have been read before they were written).
    arriving: HashMap<ConversationId, Vec<Message>>,
    /// Bumped by every resync: a history load begun before it is stale.
    epoch: u64,
    /// The conversation open on screen, as the app last said ([`Inbox::set_open`]).
    open: Option<ConversationId>,
    /// Histories of conversations no longer open, the most recently closed last: each
    /// kept short, and only so many kept ([`Inbox::set_open`]).
    closed: VecDeque<ConversationId>,
}

impl Inbox {
    /// Applies one event, whatever its sequence number (the reducer proper).
    pub fn apply(&mut self, event: &Event) {
        match event {
            Event::MessageCreated { message } => self.add_message(message.clone()),
            Event::MessageUpdated { message } => {
                if let Some(log) = self.logs.get_mut(&message.conversation_id) {
                    log.update(message.clone());
                } else if let Some(early) = self.arriving.get_mut(&message.conversation_id) {
                    early.push(message.clone());
                }
            }
            Event::ConversationCreated { conversation } => {
                let before = self.conversations.get(conversation.id).cloned();
                self.list
                    .count_change(before.as_ref(), Some(conversation), true);
                self.conversations.upsert(conversation.clone())
            }
            Event::ConversationUpdated { conversation } => {
                self.upsert_conversation(conversation.clone())
            }
            Event::ConversationDeleted { conversation_id } => {
                let before = self.conversations.get(*conversation_id).cloned();
                self.list
                    .count_change(before.as_ref(), None, before.is_some());
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
            // The session's, not the inbox's: `store::sync` applies them.
            Event::SettingsUpdated { .. } => {}
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
    /// Loaded histories are kept on screen but marked stale, since events for them may be
    /// missing; the app reloads the one on screen ([`Inbox::needs_history`]) and the
    /// reload replaces it in place, so unchanged messages keep their rows.
    pub fn begin_resync(&mut self, head: Seq) {
        self.list.restart();
        self.epoch += 1;
        self.arriving.clear();
        self.sync.last_seq = Some(head);
        self.sync.buffer = Some(Vec::new());
        self.stale_logs = self.logs.keys().copied().collect();
    }

    /// Installs a snapshot of the conversation list (the first page of the current view),
    /// then applies the events that arrived while it loaded. Returns `Receive::Gap` if
    /// those events had a hole.
    pub fn finish_resync(&mut self, page: ConversationPage) -> Receive {
        let first = self.list.query().clone();
        self.finish_resync_for(&first, page)
    }

    /// [`Inbox::finish_resync`] with the page's query: when the agent changed the view
    /// while it loaded, the view starts over (the app asks for its first page again).
    pub fn finish_resync_for(
        &mut self,
        asked: &ConversationQuery,
        page: ConversationPage,
    ) -> Receive {
        self.list.restart();
        if !self.list.add_page(asked, &page) {
            self.list.restart();
        }
        self.conversations.replace_all(page.items);
        let buffered = self.sync.buffer.take().unwrap_or_default();
        for (seq, event) in buffered {
            if self.receive(seq, &event) == Receive::Gap {
                return Receive::Gap;
            }
        }
        Receive::Applied
    }

    /// Adds a page of the list view answering `asked` (scrolling), without replacing
    /// records the app already has (events keep those newer than any page). A page for a
    /// view the agent has left is dropped.
    pub fn add_page(&mut self, asked: &ConversationQuery, page: ConversationPage) {
        if !self.list.add_page(asked, &page) {
            return;
        }
        let searching = !asked.filter.q.trim().is_empty();
        for c in page.items {
            match self.conversations.get(c.id) {
                None => self.conversations.upsert(c),
                // A search's answer says which message found the conversation; the record
                // itself stays the app's (events keep it newer).
                Some(known) if searching && known.matched != c.matched => {
                    let mut known = known.clone();
                    known.matched = c.matched;
                    self.conversations.upsert(known);
                }
                Some(_) => {}
            }
        }
    }

    /// Replaces one conversation's record with a newer one (an event, or the server's
    /// answer to an action), moving the list's counts with it.
    pub fn upsert_conversation(&mut self, mut c: ConversationSummary) {
        let before = self.conversations.get(c.id).cloned();
        // An event knows nothing of the search on screen: the message that search found
        // the conversation by stays until the search changes.
        if c.matched.is_none() {
            c.matched = before.as_ref().and_then(|b| b.matched.clone());
        }
        self.list
            .count_change(before.as_ref(), Some(&c), before.is_some());
        self.conversations.upsert(c);
    }

    /// Switches the chat list to another view (nothing loaded yet; the known conversations
    /// that match show at once as a preview).
    pub fn set_view(&mut self, q: &ConversationQuery) {
        if !self.list.is_view(q) {
            if self.list.query().filter.q != q.filter.q {
                self.conversations.clear_matched();
            }
            let (me, views) = (self.list.me, std::mem::take(&mut self.list.views));
            let mut next = ListWindow::new(q, me, views);
            next.follow(&self.list);
            self.list = next;
        }
    }

    /// Changes whenever [`Inbox::rows`] may (a memo key: everything else in the inbox,
    /// such as histories and the outbox, leaves the rows alone).
    pub fn rows_key(
        &self,
    ) -> (
        u64,
        (
            u64,
            switchboard_protocol::AgentId,
            Vec<switchboard_protocol::CustomView>,
        ),
    ) {
        (self.conversations.rev(), self.list.rows_key())
    }

    /// The rows of the chat list's view, in order.
    pub fn rows(&self) -> Vec<ConversationId> {
        self.list.rows(&self.conversations)
    }

    /// The rows of view `q`, derived from it: the loaded window's when that window is
    /// `q`'s, else the preview [`Inbox::set_view`] would show (the known conversations
    /// that match). The list derives what it shows from the URL's view this way, so a new
    /// view shows in the same render as the URL changes, before the loader has switched
    /// the window and asked for its first page.
    pub fn rows_for(&self, q: &ConversationQuery) -> Vec<ConversationId> {
        if self.list.is_view(q) {
            return self.rows();
        }
        ListWindow::new(q, self.list.me, self.list.views.clone()).rows(&self.conversations)
    }
}
