//! "Anna is typing…": who else types in the open conversation (the contact, other agents,
//! the AI agent), from the socket's typing frames in `Store::typing`.
//!
//! A typing frame lapses after 6 s without a repeat (`Typing::LAPSE_MS`): while the line
//! is on screen a one-second clock prunes lapsed typists, so a lost "stopped" frame never
//! leaves the line up for good.

use crate::i18n::use_i18n;
use crate::store::use_store;
use leptos::prelude::*;
use std::time::Duration;
use switchboard_core::typing_line::typing_line;
use switchboard_protocol::ConversationId;

/// How often lapsed typists are pruned.
const PRUNE_MS: u64 = 1_000;

/// A polite status line under the message log.
#[component]
pub fn TypingLine(
    /// The open conversation.
    id: ConversationId,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    if let Ok(handle) = set_interval_with_handle(
        move || {
            let now = js_sys::Date::now();
            // Only a change is announced: pruning nothing must not re-render anything.
            if state.typing.try_update_untracked(|t| t.prune(now)) == Some(true) {
                state.typing.notify();
            }
        },
        Duration::from_millis(PRUNE_MS),
    ) {
        on_cleanup(move || handle.clear());
    }
    let line = move || {
        let contact = state.inbox().with(|i| {
            i.conversations
                .get(id)
                .map(|c| c.contact.name.clone())
                .unwrap_or_default()
        });
        state
            .typing
            .with(|t| typing_line(i18n.locale(), t.in_conversation(id), &contact))
    };
    view! {
        <p class="sb-typing" role="status" aria-live="polite">
            {line}
        </p>
    }
}
