//! The quote on a reply: who wrote the original and its first words. Clicking it brings
//! the original into view (loading the stretch around it if it is not loaded) and flashes
//! it, through the log's [`LogHandle`].

use super::message_log::LogHandle;
use crate::components::common::author_name;
use crate::i18n::{use_i18n, Msg};
use crate::store::use_store;
use leptos::prelude::*;
use switchboard_protocol::{ConversationId, ReplyRef};

/// The quoted message above a reply's text.
#[component]
pub fn ReplyQuote(
    /// What the reply quotes.
    quote: ReplyRef,
    /// The conversation (for the customer's name).
    conversation: ConversationId,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_store();
    let log = use_context::<LogHandle>();
    let target = quote.id;
    let author = quote.author.clone();
    let who = move || author_name(i18n, state, &author, conversation);
    let label = {
        let who = who.clone();
        move || format!("{}: {}", i18n.t(Msg::InReplyTo), who())
    };
    view! {
        <button
            type="button"
            class="sb-reply-quote"
            aria-label=label
            data-quoted-id=target.to_string()
            on:click=move |_| {
                if let Some(log) = log {
                    log.reveal(state, target);
                }
            }
        >
            <span class="sb-reply-quote__who">{who}</span>
            <span class="sb-reply-quote__text">{quote.excerpt.clone()}</span>
        </button>
    }
}
