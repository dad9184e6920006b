//! The conversation zone: header and message log of the open conversation.
//!
//! Loading rules: the latest page of history is fetched when a conversation opens (or
//! after a resync dropped it); older pages on request; the conversation is marked read
//! while it is open and has unread messages.

mod activity_entry;
mod attachments;
mod content;
mod conversation_header;
mod message_author;
mod message_item;
mod message_meta;
mod pending_message;
mod translate_switch;
mod translation;

use crate::api;
use crate::app::use_route;
use crate::i18n::{use_i18n, Msg};
use crate::state::{use_app, AppState};
use conversation_header::ConversationHeader;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use message_item::MessageItem;
use std::collections::HashSet;
use switchboard_core::timeline::timeline;
use switchboard_core::Route;
use switchboard_protocol::ConversationId;

/// How close to the bottom (px) still counts as "reading the latest".
const STICK_THRESHOLD_PX: i32 = 80;

/// The `main` landmark named "Conversation".
#[component]
pub fn ConversationView() -> impl IntoView {
    let state = use_app();
    let i18n = use_i18n();
    let route = use_route();
    let open = Memo::new(move |_| route.get().conversation());
    let loading = StoredValue::new(HashSet::<ConversationId>::new());

    // Fetch the latest history of the open conversation when it is not loaded.
    Effect::new(move || {
        let Some(id) = open.get().filter(|_| state.signed_in()) else {
            return;
        };
        let loaded = state.inbox.with(|i| i.logs.contains_key(&id));
        if !loaded && loading.try_update_value(|s| s.insert(id)).unwrap_or(false) {
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
        <main class="sb-conversation" aria-label=move || i18n.t(Msg::Conversation)>
            {move || match route.get() {
                Route::Inbox => view! { <EmptyState /> }.into_any(),
                Route::NotFound => {
                    view! { <p class="sb-empty">{move || i18n.t(Msg::ErrNotFound)}</p> }.into_any()
                }
                Route::Conversation(id) | Route::Message(id, _) => {
                    view! {
                        <ConversationHeader id />
                        <MessageLog id />
                    }
                        .into_any()
                }
            }}
        </main>
    }
}

async fn load_latest(
    state: AppState,
    id: ConversationId,
    loading: StoredValue<HashSet<ConversationId>>,
) {
    let token = state
        .inbox
        .try_update(|i| i.begin_load(id))
        .unwrap_or_default();
    let result = api::messages(id, None).await;
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
            <h2 class="sb-empty__title">{move || i18n.t(Msg::NoConversationSelected)}</h2>
            <p>{move || i18n.t(Msg::NoConversationSelectedHint)}</p>
        </div>
    }
}

/// The `log` of one conversation: confirmed messages then pending ones, kept scrolled to
/// the newest while the agent is at the bottom.
#[component]
fn MessageLog(id: ConversationId) -> impl IntoView {
    let state = use_app();
    let i18n = use_i18n();
    let route = use_route();
    let items = Memo::new(move |_| {
        state
            .inbox
            .with(|i| timeline(i.logs.get(&id), &i.outbox, id))
    });
    let loaded = move || state.inbox.with(|i| i.logs.contains_key(&id));
    let has_more = move || {
        state
            .inbox
            .with(|i| i.logs.get(&id).is_some_and(|l| l.has_more_before))
    };
    let log_ref = NodeRef::<Div>::new();
    let stick = StoredValue::new(true);

    // Follow new messages while the agent reads the bottom of the log.
    Effect::new(move || {
        items.track();
        if let (Some(el), true) = (log_ref.get(), stick.get_value()) {
            el.set_scroll_top(el.scroll_height());
        }
    });
    // A message link: scroll to the message and highlight it once it is loaded.
    Effect::new(move || {
        let Route::Message(_, mid) = route.get() else {
            return;
        };
        items.track();
        let doc = document();
        if let Ok(Some(el)) = doc.query_selector(&format!("[data-message-id=\"{mid}\"]")) {
            stick.set_value(false);
            el.scroll_into_view();
            let _ = el.class_list().add_1("sb-message--highlight");
        }
    });
    let older = move |_| {
        let before = state
            .inbox
            .with_untracked(|i| i.logs.get(&id).and_then(|l| l.oldest()));
        stick.set_value(false);
        spawn_local(async move {
            match api::messages(id, before).await {
                Ok(page) => state.inbox.update(|i| {
                    if let Some(log) = i.logs.get_mut(&id) {
                        log.prepend_page(page);
                    }
                }),
                Err(e) => state.warn(e.msg(), e.detail().map(str::to_owned)),
            }
        });
    };

    view! {
        <div
            class="sb-log"
            role="log"
            aria-live="polite"
            aria-label=move || i18n.t(Msg::Messages)
            node_ref=log_ref
            on:scroll=move |_| {
                if let Some(el) = log_ref.get() {
                    let gap = el.scroll_height() - el.scroll_top() - el.client_height();
                    stick.set_value(gap < STICK_THRESHOLD_PX);
                }
            }
        >
            <Show when=has_more>
                <button type="button" class="sb-button sb-button--ghost sb-log__older" on:click=older>
                    {move || i18n.t(Msg::LoadOlder)}
                </button>
            </Show>
            <Show when=move || !loaded()>
                <p class="sb-log__status">{move || i18n.t(Msg::Loading)}</p>
            </Show>
            <Show when=move || loaded() && items.with(Vec::is_empty)>
                <p class="sb-log__status">{move || i18n.t(Msg::NoMessages)}</p>
            </Show>
            <For
                each=move || items.get()
                key=|item| item.render_key()
                children=move |item| view! { <MessageItem item /> }
            />
        </div>
    }
}
