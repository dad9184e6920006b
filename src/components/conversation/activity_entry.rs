//! An entry of the history of actions: what happened, who did it and when.

use crate::components::common::author_name;
use crate::format::{clock, full};
use crate::i18n::use_i18n;
use crate::store::use_store;
use leptos::prelude::*;
use switchboard_protocol::Message;

/// A centred line: `Status changed to Closed · Alex Morgan · 14:05` (`System` when no
/// person or bot made the change).
#[component]
pub fn ActivityEntry(
    /// The activity message.
    message: Message,
) -> impl IntoView {
    let (i18n, state) = (use_i18n(), use_store());
    let text = message.content.text().unwrap_or_default().to_owned();
    let at = message.created_at;
    let author = message.author.clone();
    let conversation = message.conversation_id;
    view! {
        <article class="sb-activity" data-message-id=message.id.to_string()>
            <p>
                <span class="sb-activity__text">{text}</span>
                " · "
                <span class="sb-activity__who">{move || author_name(i18n, state, &author, conversation)}</span>
                " · "
                <time datetime=at.to_rfc3339() title=move || full(i18n.locale(), at)>
                    {move || clock(i18n.locale(), at)}
                </time>
            </p>
        </article>
    }
}
