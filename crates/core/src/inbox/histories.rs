//! The message histories of [`Inbox`]: loading a conversation's latest page or the stretch
//! around one message without losing what arrives meanwhile, and adding messages.

use super::Inbox;
use crate::log_window::LogWindow;
use crate::message_log::MessageLog;
use switchboard_protocol::{ConversationId, Message, MessagePage};

/// Messages a history keeps once its conversation is closed: what opening it again
/// renders ([`LogWindow::INITIAL`] rows hold at most as many messages). Older ones are
/// loaded again if the agent scrolls to them, as in a fresh page.
pub const KEPT_WHILE_CLOSED: usize = LogWindow::INITIAL;

/// Closed histories kept, the most recently open ones: reopening them shows at once; the
/// others are loaded again when opened. Together with [`KEPT_WHILE_CLOSED`] this bounds
/// what an agent moving through conversations all day holds (`docs/soak.md`).
pub const KEPT_CLOSED: usize = 20;

impl Inbox {
    /// The app opened `open` (or none): the history of the conversation that was open is
    /// cut to its latest [`KEPT_WHILE_CLOSED`] messages and stays short while closed, and
    /// past [`KEPT_CLOSED`] closed histories the longest closed is dropped.
    pub fn set_open(&mut self, open: Option<ConversationId>) {
        if self.open == open {
            return;
        }
        if let Some(was) = std::mem::replace(&mut self.open, open) {
            // A history still loading counts too: it is cut when it comes.
            self.closed.retain(|&c| c != was);
            if self.logs.contains_key(&was) || self.arriving.contains_key(&was) {
                self.closed.push_back(was);
                self.shorten_if_closed(was);
            }
        }
        if let Some(now) = open {
            self.closed.retain(|&c| c != now);
        }
        while self.closed.len() > KEPT_CLOSED {
            if let Some(gone) = self.closed.pop_front() {
                self.logs.remove(&gone);
                self.stale_logs.remove(&gone);
            }
        }
    }

    /// Cuts the history of `id` to [`KEPT_WHILE_CLOSED`] messages if its conversation
    /// was closed.
    fn shorten_if_closed(&mut self, id: ConversationId) {
        if self.closed.contains(&id) {
            if let Some(log) = self.logs.get_mut(&id) {
                log.keep_latest(KEPT_WHILE_CLOSED);
            }
        }
    }

    /// Marks the latest page of a history as being loaded: messages arriving from now on
    /// are kept for it. Returns the token [`Inbox::load_latest_since`] needs.
    pub fn begin_load(&mut self, id: ConversationId) -> u64 {
        self.arriving.entry(id).or_default();
        self.epoch
    }

    /// Whether the history of `id` must be loaded: never loaded, or loaded before a resync.
    pub fn needs_history(&self, id: ConversationId) -> bool {
        !self.logs.contains_key(&id) || self.stale_logs.contains(&id)
    }

    /// Installs a page asked for with [`Inbox::begin_load`], unless a resync happened since
    /// (then returns false: the page may miss what the resync recovers, so ask again).
    pub fn load_latest_since(&mut self, id: ConversationId, page: MessagePage, token: u64) -> bool {
        if token != self.epoch {
            return false;
        }
        self.load_latest(id, page);
        true
    }

    /// Installs the latest page of a conversation's history, keeping any messages that
    /// arrived meanwhile and are newer than the page.
    ///
    /// What was loaded before is replaced, except when the new page reaches back to it (a
    /// resync's reload, usually): then the older pages the agent scrolled through stay, so
    /// the log neither shrinks nor jumps under them, and the history stays one contiguous
    /// stretch. Those older messages keep the state they were loaded with.
    pub fn load_latest(&mut self, id: ConversationId, page: MessagePage) {
        let mut log = MessageLog::from_page(page);
        for m in self.arriving.remove(&id).unwrap_or_default() {
            // Messages the page lacks are added; for those it holds, the page (read after
            // the load began) is at least as new as most events that raced it.
            if log.get(m.id).is_none() {
                log.insert(m);
            }
        }
        if let Some(old) = self.logs.remove(&id) {
            let newest = log.newest();
            let oldest = log.oldest();
            let reaches_back = !old.has_more_after
                && matches!((oldest, old.newest()), (Some(o), Some(n)) if o <= n);
            // Only when the old stretch goes further back does it say what lies before.
            if reaches_back && old.oldest() < oldest {
                log.prepend_page(MessagePage {
                    items: old
                        .iter()
                        .filter(|m| Some(m.id) < oldest)
                        .cloned()
                        .collect(),
                    has_more_before: old.has_more_before,
                    has_more_after: false,
                });
            }
            for m in old.iter().filter(|m| Some(m.id) > newest) {
                log.insert(m.clone());
            }
        }
        for m in log.iter() {
            self.outbox.confirm(m);
        }
        self.stale_logs.remove(&id);
        self.logs.insert(id, log);
        self.shorten_if_closed(id);
    }

    /// A history that could not be loaded (the page was refused or unreadable): the log
    /// shows what it has instead of "Loading…" for ever. Without a history yet, that is an
    /// empty stretch holding what arrived meanwhile, which live messages and the agent's
    /// own replies then join; either way the history stays due for a reload
    /// ([`Inbox::needs_history`]), which replaces the stretch when it comes.
    pub fn history_failed(&mut self, id: ConversationId) {
        if !self.logs.contains_key(&id) {
            let mut log = MessageLog::from_page(MessagePage {
                items: Vec::new(),
                has_more_before: false,
                has_more_after: false,
            });
            for m in self.arriving.remove(&id).unwrap_or_default() {
                log.insert(m);
            }
            self.logs.insert(id, log);
        }
        self.stale_logs.insert(id);
    }

    /// [`Inbox::load_around`] for a page asked with the token of [`Inbox::begin_load`]:
    /// refused (false) when a resync happened since, as the page may miss what it recovers.
    pub fn load_around_since(&mut self, id: ConversationId, page: MessagePage, token: u64) -> bool {
        if token != self.epoch {
            return false;
        }
        self.load_around(id, page);
        true
    }

    /// Replaces a history with the stretch around one message (a message link, a search
    /// hit), which may not reach the latest message.
    pub fn load_around(&mut self, id: ConversationId, page: MessagePage) {
        self.arriving.remove(&id);
        let log = MessageLog::from_page(page);
        for m in log.iter() {
            self.outbox.confirm(m);
        }
        self.stale_logs.remove(&id);
        self.logs.insert(id, log);
    }

    /// Records a message (from a send answer or an event): confirms the pending copy and
    /// adds it to its conversation's history if that history is loaded.
    pub fn add_message(&mut self, message: Message) {
        self.outbox.confirm(&message);
        let id = message.conversation_id;
        if let Some(log) = self.logs.get_mut(&id) {
            log.insert(message);
            self.shorten_if_closed(id);
        } else if let Some(early) = self.arriving.get_mut(&message.conversation_id) {
            early.push(message);
        }
    }
}
