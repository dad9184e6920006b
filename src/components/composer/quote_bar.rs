//! The message the draft answers, shown above the editor with a button that removes the
//! quote. Clicking the quote brings the original into view in the log.

use super::ctx::use_composer;
use crate::components::common::author_name;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;

/// The quote of the draft in front of the agent, if it has one.
#[component]
pub fn QuoteBar() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let quote = Memo::new(move |_| ctx.with_draft(|d| d.reply_to.clone()));
    move || {
        let q = quote.get()?;
        let conversation = ctx.open.get()?;
        let who = author_name(i18n, ctx.state, &q.author, conversation);
        Some(view! {
            <div class="sb-composer__quote" role="group" aria-label=i18n.tr(Msg::ReplyingTo)>
                <p class="sb-composer__quote-text" data-quoted-id=q.id.to_string()>
                    <span class="sb-composer__quote-label">{i18n.tr(Msg::ReplyingTo)} " "</span>
                    <span class="sb-reply-quote__who">{who}</span>
                    <span class="sb-reply-quote__text">{q.excerpt.clone()}</span>
                </p>
                <button
                    type="button"
                    class="sb-button sb-button--small sb-button--ghost"
                    aria-label=i18n.tr(Msg::CancelQuote)
                    title=i18n.tr(Msg::CancelQuote)
                    on:click=move |_| {
                        ctx.update_draft(|d| d.reply_to = None);
                        ctx.focus();
                    }
                >
                    "×"
                </button>
            </div>
        })
    }
}
