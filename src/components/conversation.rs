//! The conversation zone: header and message log of the open conversation.
//!
//! Loading rules: the latest page of history is fetched when a conversation opens (or
//! after a resync dropped it); older pages on request; the conversation is marked read
//! while it is open and has unread messages.

mod activity_entry;
mod attachments;
mod banners;
mod content;
pub(crate) mod conversation_header;
mod conversation_search;
mod message_actions;
mod message_author;
mod message_item;
mod message_log;
mod message_meta;
mod pending_message;
mod reply_quote;
mod translate_switch;
mod translation;
mod typing_line;

use crate::api;
use crate::app::use_route;
use crate::i18n::{use_i18n, Msg};
use crate::store::{use_store, Store};
use banners::Banners;
use conversation_header::ConversationHeader;
use leptos::prelude::*;
use leptos::task::spawn_local;
use message_log::MessageLog;
use std::collections::HashSet;
use switchboard_core::Route;
use switchboard_protocol::ConversationId;
use typing_line::TypingLine;

/// The `main` landmark named "Conversation".
#[component]
pub fn ConversationView() -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let route = use_route();
    let open = Memo::new(move |_| route.get().conversation());
    let loading = StoredValue::new(HashSet::<ConversationId>::new());
    translate_switch::provide_auto_translate();

    // Fetch the latest history of the open conversation when it is not loaded, or was
    // loaded before a resync (then the old one stays on screen until the new one is in).
    Effect::new(move || {
        let Some(id) = open.get().filter(|_| state.signed_in()) else {
            return;
        };
        let needed = state.inbox.with(|i| i.needs_history(id));
        if needed && loading.try_update_value(|s| s.insert(id)).unwrap_or(false) {
            spawn_local(load_latest(state, id, loading));
        }
    });
    // Mark the open conversation read whenever it has unread messages.
    let reading = StoredValue::new(None::<ConversationId>);
    Effect::new(move || {
        let Some(id) = open.get().filter(|_| state.signed_in()) else {
            return;
        };
        let unread = state
            .inbox
            .with(|i| i.conversations.get(id).map_or(0, |c| c.unread_count));
        if unread > 0 && reading.get_value() != Some(id) {
            reading.set_value(Some(id));
            spawn_local(async move {
                if let Ok(c) = api::mark_read(id).await {
                    state.inbox.update(|i| i.conversations.upsert(c));
                }
                reading.set_value(None);
            });
        }
    });

    view! {
        <main class="sb-conversation" aria-label=i18n.tr(Msg::Conversation)>
            {move || match route.get() {
                Route::Inbox => view! { <EmptyState /> }.into_any(),
                Route::NotFound => {
                    view! { <p class="sb-empty">{i18n.tr(Msg::ErrNotFound)}</p> }.into_any()
                }
                Route::Conversation(id) | Route::Message(id, _) => {
                    view! {
                        <ConversationHeader id />
                        <Banners id />
                        <MessageLog id />
                        <TypingLine id />
                    }
                        .into_any()
                }
            }}
        </main>
    }
}

async fn load_latest(
    state: Store,
    id: ConversationId,
    loading: StoredValue<HashSet<ConversationId>>,
) {
    let token = state
        .inbox
        .try_update(|i| i.begin_load(id))
        .unwrap_or_default();
    let result = api::messages(id, None).await;
    crate::perf::mark(crate::perf::HISTORY_IN);
    // Done before the history changes, so a refused (stale) page is asked for again.
    loading.update_value(|s| _ = s.remove(&id));
    match result {
        Ok(page) => state
            .inbox
            .update(|i| _ = i.load_latest_since(id, page, token)),
        Err(e) => state.warn(e.msg(), e.detail().map(str::to_owned)),
    }
}

/// What the zone shows with nothing open.
#[component]
fn EmptyState() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="sb-empty">
            <h2 class="sb-empty__title">{i18n.tr(Msg::NoConversationSelected)}</h2>
            <p>{i18n.tr(Msg::NoConversationSelectedHint)}</p>
        </div>
    }
}
