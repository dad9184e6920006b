//! The events the host page hears that are derived from the store rather than told where
//! they happen: the unread counts, the outbox's size and the conversation on screen.

use super::{tell, Event};
use crate::store::{unread, Store};
use leptos::prelude::*;
use switchboard_core::Route;
use switchboard_protocol::Author;

/// Starts following the unread counts and the open conversation.
pub(super) fn start(store: Store) {
    let unread = unread::track(store);
    Effect::new(move || {
        if let Some(u) = unread.get() {
            tell(Event::UnreadChanged {
                total: u.total,
                mailboxes: u.mailboxes,
            });
        }
    });
    // The outbox's size: what the agent wrote that the server does not have yet.
    let unsent = Memo::new(move |_| store.inbox().with(|i| i.outbox.len()));
    Effect::new(move || {
        if store.signed_in() {
            tell(Event::OutboxChanged(unsent.get() as u32));
        }
    });
    let location = leptos_router::hooks::use_location();
    let open = Memo::new(move |_| match location.pathname.with(|p| Route::parse(p)) {
        Route::Conversation(id) | Route::Message(id, _) => Some(id),
        _ => None,
    });
    Effect::new(move || {
        if let (Some(id), true) = (open.get(), store.signed_in()) {
            tell(Event::ConversationOpened(id));
        }
    });
}

/// Tells the host about a customer's message the socket brought.
pub fn heard(event: &switchboard_protocol::Event) {
    if let switchboard_protocol::Event::MessageCreated { message } = event {
        if message.author == Author::Contact {
            tell(Event::MessageReceived(message.conversation_id, message.id));
        }
    }
}
