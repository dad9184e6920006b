//! This agent's typing, told to the other agents over the socket: the composer reports
//! each change of its draft, the core (`TypingOut`) decides when a frame is due (at once,
//! then every 3 s while typing; "stopped" when the draft empties, is sent, or the agent
//! moves to another conversation), and `api::send_typing` sends it if the socket is live.

use crate::api;

use leptos::prelude::*;
use switchboard_core::typing_line::TypingOut;
use switchboard_protocol::ConversationId;

/// A handle the composer keeps (`Copy`).
#[derive(Clone, Copy)]
pub struct OwnTyping(StoredValue<TypingOut>);

impl OwnTyping {
    /// A handle with nothing sent yet.
    pub fn new() -> OwnTyping {
        OwnTyping(StoredValue::new(TypingOut::default()))
    }

    /// The draft of `id` changed; `text` is what it holds now.
    pub fn input(self, id: ConversationId, text: &str) {
        let now = js_sys::Date::now();
        let has_text = !text.trim().is_empty();
        // Alerts in this conversation stay quiet while the agent types in it.
        crate::alerts::typed(id, now);
        let frames = self
            .0
            .try_update_value(|t| t.input(id, has_text, now))
            .unwrap_or_default();
        for (c, active) in frames {
            api::send_typing(c, active);
        }
    }

    /// The message was sent: typing stopped.
    pub fn stop(self) {
        if let Some((c, active)) = self.0.try_update_value(TypingOut::stop).flatten() {
            api::send_typing(c, active);
        }
    }
}

impl Default for OwnTyping {
    fn default() -> Self {
        OwnTyping::new()
    }
}
