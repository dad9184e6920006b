//! Who wrote a message or made a change: the customer (by name), an agent (by name, or
//! "You"), the AI agent, a bot, or the system.

pub use crate::components::common::author_name;
use crate::i18n::use_i18n;
use crate::store::use_store;
use leptos::prelude::*;
use switchboard_protocol::{Author, ConversationId};

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
    let (i18n, state) = (use_i18n(), use_store());
    let class = format!("sb-message__author sb-message__author--{}", kind(&author));
    view! { <p class=class>{move || author_name(i18n, state, &author, conversation)}</p> }
}
