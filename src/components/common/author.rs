//! Who wrote a message or made a change, in words: the customer (by name), an agent (by
//! name, or "You"), the AI agent, a bot, or the system. Used by the log and the composer's
//! quote bar.

use crate::i18n::{I18n, Msg};
use crate::store::Store;
use leptos::prelude::*;
use switchboard_protocol::{Author, ConversationId};

/// The author's words (reactive: follows the contact's name and who is signed in; the
/// locale is read as the view is built, see `crate::i18n`).
pub fn author_name(
    i18n: I18n,
    state: Store,
    author: &Author,
    conversation: ConversationId,
) -> String {
    match author {
        Author::Contact => state
            .inbox()
            .with(|i| {
                i.conversations
                    .get(conversation)
                    .map(|c| c.contact.name.clone())
            })
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| i18n.t(Msg::Customer).to_owned()),
        // Tracked: a row may be built before the session is restored (then "You" comes
        // when it is), at the cost of the dropped rows it keeps subscribed until the
        // session next changes (`crate::i18n`'s note).
        Author::Agent { id, .. } if Some(*id) == state.me() => i18n.t(Msg::You).to_owned(),
        Author::Agent { name, .. } => name.clone(),
        Author::Ai => i18n.t(Msg::AiAgent).to_owned(),
        Author::Bot => i18n.t(Msg::Bot).to_owned(),
        Author::System => i18n.t(Msg::System).to_owned(),
    }
}
