//! Who wrote a message or made a change: the customer (by name), an agent (by name, or
//! "You"), the AI agent, a bot, or the system.

use crate::i18n::{use_i18n, I18n, Msg};
use crate::state::{use_app, AppState};
use leptos::prelude::*;
use switchboard_protocol::{Author, ConversationId};

/// The author's words (reactive: follows the locale, the session and the contact's name).
pub fn author_name(
    i18n: I18n,
    state: AppState,
    author: &Author,
    conversation: ConversationId,
) -> String {
    match author {
        Author::Contact => state
            .inbox
            .with(|i| {
                i.conversations
                    .get(conversation)
                    .map(|c| c.contact.name.clone())
            })
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| i18n.t(Msg::Customer).to_owned()),
        Author::Agent { id, .. } if Some(*id) == state.me() => i18n.t(Msg::You).to_owned(),
        Author::Agent { name, .. } => name.clone(),
        Author::Ai => i18n.t(Msg::AiAgent).to_owned(),
        Author::Bot => i18n.t(Msg::Bot).to_owned(),
        Author::System => i18n.t(Msg::System).to_owned(),
    }
}

/// The BEM modifier of an author's kind (the AI agent and bots are marked apart).
fn kind(author: &Author) -> &'static str {
    match author {
        Author::Contact => "contact",
        Author::Agent { .. } => "agent",
        Author::Ai => "ai",
        Author::Bot => "bot",
        Author::System => "system",
    }
}

/// The author line of a message.
#[component]
pub fn MessageAuthor(
    /// Who wrote it.
    author: Author,
    /// Its conversation (for the customer's name).
    conversation: ConversationId,
) -> impl IntoView {
    let (i18n, state) = (use_i18n(), use_app());
    let class = format!("sb-message__author sb-message__author--{}", kind(&author));
    view! { <p class=class>{move || author_name(i18n, state, &author, conversation)}</p> }
}
