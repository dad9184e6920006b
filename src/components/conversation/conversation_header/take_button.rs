//! "In progress": takes the conversation into processing (action `take`).

use super::act::use_header;
use crate::i18n::{use_i18n, Msg};
use crate::store::use_store;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_protocol::{ConversationAction, ConversationStatus as St};

/// The "In progress" button, shown while the conversation is not in progress.
#[component]
pub fn TakeButton() -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let ctx = use_header();
    let shown = move || {
        ctx.summary
            .with(|s| s.as_ref().is_some_and(|c| c.status != St::InProgress))
    };
    view! {
        <Show when=shown>
            <button
                type="button"
                class="sb-button sb-button--primary sb-header__take"
                title=i18n.tr(Msg::TakeHint)
                on:click=move |_| {
                    spawn_local(async move {
                        ctx.run(state, ConversationAction::Take).await;
                    })
                }
            >
                {i18n.tr(Msg::TakeIntoWork)}
            </button>
        </Show>
    }
}
