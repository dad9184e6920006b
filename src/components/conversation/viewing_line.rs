//! "Alex is viewing": the other agents who have the open conversation open too, from the
//! socket's viewing frames in `Store::viewing`.

use crate::i18n::use_i18n;
use crate::store::use_store;
use leptos::prelude::*;
use switchboard_core::viewing::viewing_line;
use switchboard_protocol::ConversationId;

/// A polite status line beside the typing line.
#[component]
pub fn ViewingLine(
    /// The open conversation.
    id: ConversationId,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let line = move || {
        state
            .viewing
            .with(|v| viewing_line(i18n.locale(), v.in_conversation(id)))
    };
    view! {
        <p class="sb-viewing" role="status" aria-live="polite">
            {line}
        </p>
    }
}
