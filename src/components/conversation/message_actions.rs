//! The tools on a message or note: `Quote in reply` (the composer's draft answers it) and
//! `Copy link to message` (`/conversations/{id}/messages/{message_id}`, the address that
//! opens the conversation scrolled to it).
//!
//! A quote reaches the customer only on networks that show quotes (WhatsApp, Telegram);
//! elsewhere, in reply mode, the agent is told why instead, and a note can still quote.
//!
//! Every message carries the same plain tool bar, with no handler of its own: one click
//! handler on the log ([`on_tool_click`]) finds the button and its message. A history
//! window of dozens of messages then costs no closures or copies per message, which is
//! part of opening a long conversation within its budget (`docs/benchmarks.md`).

use crate::components::common::announce::announce;
use crate::components::common::compose::ComposeRequests;
use crate::i18n::{use_i18n, Locale, Msg};
use crate::store::Store;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::Route;
use switchboard_protocol::{ConversationId, Message, MessageId, ReplyRef};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// How much of the quoted text the quote shows (the server cuts its own copy the same).
const EXCERPT_CHARS: usize = 100;

/// The attribute naming a tool; its values are the [`Tool`]s.
const TOOL_ATTR: &str = "data-sb-tool";

/// The tool bar of one message: two buttons, handled by [`on_tool_click`].
#[component]
pub fn MessageActions() -> impl IntoView {
    let i18n = use_i18n();
    // The label doubles as the tooltip (CSS `attr(aria-label)`), one binding per button.
    view! {
        <div class="sb-message__actions" role="toolbar" aria-label=i18n.tr(Msg::MessageActions)>
            <button
                type="button"
                class="sb-message__action"
                data-sb-tool="quote"
                aria-label=i18n.tr(Msg::QuoteInReply)
            >
                "↩"
            </button>
            <button
                type="button"
                class="sb-message__action"
                data-sb-tool="link"
                aria-label=i18n.tr(Msg::CopyMessageLink)
            >
                "🔗"
            </button>
        </div>
    }
}

/// What a tool button does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tool {
    Quote,
    Link,
}

/// The log's one click handler for every message's tool bar: a click outside a tool
/// button is left alone.
pub fn on_tool_click(
    ev: &web_sys::MouseEvent,
    state: Store,
    compose: ComposeRequests,
    locale: Locale,
    conversation: ConversationId,
) {
    let Some((tool, id)) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| tool_of(&el))
    else {
        return;
    };
    match tool {
        Tool::Link => copy_link(state, locale, conversation, id),
        Tool::Quote => {
            let message = state
                .inbox()
                .with_untracked(|i| i.logs.get(&conversation).and_then(|l| l.get(id).cloned()));
            if let Some(m) = message {
                compose.quote.run(quote_of(&m));
            }
        }
    }
}

/// The tool and message id of a click landing on (or inside) a tool button.
fn tool_of(el: &web_sys::Element) -> Option<(Tool, MessageId)> {
    let button = el.closest(&format!("[{TOOL_ATTR}]")).ok()??;
    let tool = match button.get_attribute(TOOL_ATTR)?.as_str() {
        "quote" => Tool::Quote,
        "link" => Tool::Link,
        _ => return None,
    };
    let article = button.closest("[data-message-id]").ok()??;
    let id = article.get_attribute("data-message-id")?.parse().ok()?;
    Some((tool, MessageId(id)))
}

/// The quote of `m` as a reply carries it.
fn quote_of(m: &Message) -> ReplyRef {
    ReplyRef {
        id: m.id,
        author: m.author.clone(),
        excerpt: m
            .content
            .text()
            .unwrap_or_default()
            .chars()
            .take(EXCERPT_CHARS)
            .collect(),
    }
}

/// Puts the message's address on the clipboard, or in an alert to copy by hand.
fn copy_link(state: Store, locale: Locale, conversation: ConversationId, id: MessageId) {
    let Ok(origin) = window().location().origin() else {
        return;
    };
    let url = format!("{origin}{}", Route::Message(conversation, id).path());
    let promise = window().navigator().clipboard().write_text(&url);
    spawn_local(async move {
        match JsFuture::from(promise).await {
            Ok(_) => announce(locale.t(Msg::LinkCopied)),
            // The link itself goes in the message, to copy by hand.
            Err(_) => state.warn(Msg::ErrClipboard, Some(url)),
        }
    });
}
