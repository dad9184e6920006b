//! The foot of a message: when, and for an outgoing message how far it got; a failed one
//! says why and offers `Retry` (the server's retry of the same message).

use crate::format::{clock, full};
use crate::i18n::{use_i18n, Msg};
use crate::store::{outbox, use_store, Command};
use leptos::prelude::*;
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
    let state = use_store();
    let at = message.created_at;
    let (_, status_msg) = delivery_state(&message.status);
    let reason = match &message.status {
        DeliveryStatus::Failed { reason } => Some(reason.clone()),
        _ => None,
    };
    let retrying = Command::new();
    let (conversation, id) = (message.conversation_id, message.id);
    // On success the entry is re-rendered with its new status; a refusal is a notice.
    let retry = move |_| {
        retrying.run(outbox::redeliver(state, conversation, id), |_| ());
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
                <button type="button" class="sb-button sb-button--small" disabled=move || retrying.pending() on:click=retry>
                    {i18n.tr(Msg::Retry)}
                </button>
            })}
        </footer>
    }
}
