//! The conversation zone: header and message log of the open conversation. What history
//! is loaded, and when, is the store's (`store::history`).

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
mod viewing_line;

use crate::app::use_route;
use crate::i18n::{use_i18n, Msg};
use banners::Banners;
use conversation_header::ConversationHeader;
use leptos::prelude::*;
use message_log::MessageLog;
use switchboard_core::Route;
use typing_line::TypingLine;
use viewing_line::ViewingLine;

/// The `main` landmark named "Conversation".
#[component]
pub fn ConversationView() -> impl IntoView {
    let i18n = use_i18n();
    let route = use_route();
    translate_switch::provide_auto_translate();

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
                        // Who types and who else has it open share the one line.
                        <div class="sb-status-line">
                            <TypingLine id />
                            <ViewingLine id />
                        </div>
                    }
                        .into_any()
                }
            }}
        </main>
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
