//! The tools on a message or note: `Quote in reply` (the composer's draft answers it) and
//! `Copy link to message` (`/conversations/{id}/messages/{message_id}`, the address that
//! opens the conversation scrolled to it).
//!
//! A quote reaches the customer only on networks that show quotes (WhatsApp, Telegram);
//! elsewhere, in reply mode, the agent is told why instead, and a note can still quote.

use crate::components::chat_list::announce;
use crate::components::composer::{describe, use_composer, ComposerCtx};
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::compose::ComposeProblem;
use switchboard_core::Route;
use switchboard_protocol::{Message, ReplyRef, Visibility};
use wasm_bindgen_futures::JsFuture;

/// How much of the quoted text the quote shows (the server cuts its own copy the same).
const EXCERPT_CHARS: usize = 100;

/// The tool bar of one message.
#[component]
pub fn MessageActions(
    /// The message.
    message: Message,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_composer();
    let (conversation, id) = (message.conversation_id, message.id);
    let quote = ReplyRef {
        id,
        author: message.author.clone(),
        excerpt: message
            .content
            .text()
            .unwrap_or_default()
            .chars()
            .take(EXCERPT_CHARS)
            .collect(),
    };
    let copy = move |_| {
        let Ok(origin) = window().location().origin() else {
            return;
        };
        let url = format!("{origin}{}", Route::Message(conversation, id).path());
        let promise = window().navigator().clipboard().write_text(&url);
        let state = ctx.state;
        spawn_local(async move {
            match JsFuture::from(promise).await {
                Ok(_) => announce(i18n.locale().t(Msg::LinkCopied)),
                // The link itself goes in the message, to copy by hand.
                Err(_) => state.warn(Msg::ErrClipboard, Some(url)),
            }
        });
    };
    view! {
        <div class="sb-message__actions" role="toolbar" aria-label=move || i18n.t(Msg::MessageActions)>
            <button
                type="button"
                class="sb-message__action"
                title=move || i18n.t(Msg::QuoteInReply)
                aria-label=move || i18n.t(Msg::QuoteInReply)
                on:click=move |_| quote_in_reply(ctx, i18n.locale(), quote.clone())
            >
                "↩"
            </button>
            <button
                type="button"
                class="sb-message__action"
                title=move || i18n.t(Msg::CopyMessageLink)
                aria-label=move || i18n.t(Msg::CopyMessageLink)
                on:click=copy
            >
                "🔗"
            </button>
        </div>
    }
}

/// Makes the open draft answer `quote`, or says why a reply on this network cannot.
fn quote_in_reply(ctx: ComposerCtx, locale: crate::i18n::Locale, quote: ReplyRef) {
    let channel = untrack(|| ctx.channel());
    if ctx.mode.get_untracked() == Visibility::Public && !channel.supports_reply() {
        ctx.problem.set(Some(describe(
            locale,
            ComposeProblem::QuoteNotSupported(channel),
        )));
        return;
    }
    ctx.update_draft(|d| d.reply_to = Some(quote));
    ctx.problem.set(None);
    ctx.focus();
}
