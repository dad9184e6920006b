//! The foot of a message: when, and for an outgoing message how far it got; a failed one
//! says why and offers `Retry` (the server's retry of the same message).

use crate::api;
use crate::format::{clock, full};
use crate::i18n::{use_i18n, Msg};
use crate::state::use_app;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::message_parts::delivery_state;
use switchboard_protocol::{DeliveryStatus, Message};

/// Time, delivery state and, for a failed message, its reason and `Retry`.
#[component]
pub fn MessageMeta(
    /// The message.
    message: Message,
    /// Whether the delivery state applies (an outgoing, customer-visible message).
    tracked: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app();
    let at = message.created_at;
    let (_, status_msg) = delivery_state(&message.status);
    let reason = match &message.status {
        DeliveryStatus::Failed { reason } => Some(reason.clone()),
        _ => None,
    };
    let retrying = RwSignal::new(false);
    let (conversation, id) = (message.conversation_id, message.id);
    let retry = move |_| {
        retrying.set(true);
        spawn_local(async move {
            match api::retry_message(conversation, id).await {
                // The new state re-renders this entry (its key holds the status).
                Ok(m) => state.inbox.update(|i| i.add_message(m)),
                Err(e) => {
                    state.warn(e.msg(), e.detail().map(str::to_owned));
                    _ = retrying.try_set(false);
                }
            }
        });
    };
    let failed = reason.is_some();
    view! {
        <footer class="sb-message__meta">
            <time datetime=at.to_rfc3339() title=move || full(i18n.locale(), at)>
                {move || clock(i18n.locale(), at)}
            </time>
            {tracked.then(|| view! {
                <span class="sb-message__state" class:sb-message__state--failed=failed>
                    {move || i18n.t(status_msg)}
                    {reason.clone().map(|r| format!(": {r}"))}
                </span>
            })}
            {(tracked && failed).then(|| view! {
                <button type="button" class="sb-button sb-button--small" disabled=move || retrying.get() on:click=retry>
                    {i18n.tr(Msg::Retry)}
                </button>
            })}
        </footer>
    }
}
