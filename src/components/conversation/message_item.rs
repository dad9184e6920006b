//! One entry of the log: a message, an internal note, an activity line, or a pending
//! message with its delivery state.

use crate::format::{clock, full};
use crate::i18n::{use_i18n, Msg};
use crate::state::use_app;
use crate::sync::flush_outbox;
use leptos::prelude::*;
use switchboard_core::{OutboxState, TimelineItem};
use switchboard_protocol::{Author, Content, DeliveryStatus, Message, Visibility};

/// An `article` carrying `data-message-id` (or `data-client-id` while pending).
#[component]
pub fn MessageItem(
    /// The entry.
    item: TimelineItem,
) -> impl IntoView {
    match item {
        TimelineItem::Confirmed(m) => confirmed(m).into_any(),
        TimelineItem::Pending(p) => {
            let state = use_app();
            let i18n = use_i18n();
            let (status, failed_reason) = match &p.state {
                OutboxState::Sending => ("pending", None),
                OutboxState::Queued { .. } => ("pending", None),
                OutboxState::Failed { reason } => ("failed", Some(reason.clone())),
            };
            let queued = matches!(p.state, OutboxState::Queued { .. });
            let note = p.visibility == Visibility::Internal;
            let id = p.client_id.clone();
            let retry = {
                let id = id.clone();
                move |_| {
                    state
                        .inbox
                        .update(|i| _ = i.outbox.set_state(&id, OutboxState::Sending));
                    flush_outbox(state);
                }
            };
            let delete = move |_| state.inbox.update(|i| _ = i.outbox.remove(&id));
            view! {
                <article
                    class="sb-message sb-message--out sb-message--pending"
                    class:sb-message--note=note
                    data-client-id=p.client_id.to_string()
                    data-status=status
                >
                    {note.then(|| view! { <p class="sb-message__label">{move || i18n.t(Msg::InternalNote)}</p> })}
                    <p class="sb-message__text">{p.text.clone()}</p>
                    <footer class="sb-message__meta">
                        {match failed_reason {
                            None => {
                                view! {
                                    <span class="sb-message__state" title=move || queued.then(|| i18n.t(Msg::Queued))>
                                        {move || i18n.t(Msg::Sending)}
                                    </span>
                                }
                                    .into_any()
                            }
                            Some(reason) => {
                                view! {
                                    <span class="sb-message__state sb-message__state--failed">
                                        {move || i18n.t(Msg::NotSent)} ": " {reason}
                                    </span>
                                    <button type="button" class="sb-button sb-button--small" on:click=retry>
                                        {move || i18n.t(Msg::Retry)}
                                    </button>
                                    <button type="button" class="sb-button sb-button--small sb-button--ghost" on:click=delete>
                                        {move || i18n.t(Msg::Delete)}
                                    </button>
                                }
                                    .into_any()
                            }
                        }}
                    </footer>
                </article>
            }
                .into_any()
        }
    }
}

fn confirmed(m: Message) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app();
    let me = move || state.me();
    if let Content::Activity { text, .. } = &m.content {
        return view! {
            <article class="sb-activity" data-message-id=m.id.to_string()>
                <p>{text.clone()} " · " {move || clock(i18n.locale(), m.created_at)}</p>
            </article>
        }
        .into_any();
    }
    let outgoing = !matches!(m.author, Author::Contact);
    let note = m.visibility == Visibility::Internal;
    let author = m.author.clone();
    let who = move || match &author {
        Author::Contact => i18n.t(Msg::Customer).to_owned(),
        Author::Agent { id, .. } if Some(*id) == me() => i18n.t(Msg::You).to_owned(),
        Author::Agent { name, .. } => name.clone(),
        Author::Ai => i18n.t(Msg::AiAgent).to_owned(),
        Author::Bot => i18n.t(Msg::Bot).to_owned(),
        Author::System => i18n.t(Msg::System).to_owned(),
    };
    let (status_name, status_msg) = match &m.status {
        DeliveryStatus::Sent => ("sent", Msg::DeliverySent),
        DeliveryStatus::Delivered => ("delivered", Msg::DeliveryDelivered),
        DeliveryStatus::Read => ("read", Msg::DeliveryRead),
        DeliveryStatus::Failed { .. } => ("failed", Msg::DeliveryFailed),
    };
    let failure = match &m.status {
        DeliveryStatus::Failed { reason } => Some(reason.clone()),
        _ => None,
    };
    let text = match &m.content {
        Content::Text { text } => view! { <p class="sb-message__text">{text.clone()}</p> }.into_any(),
        _ => view! {
            <p class="sb-message__text sb-message__text--muted">{move || i18n.t(Msg::UnsupportedMessage)}</p>
        }
        .into_any(),
    };
    let at = m.created_at;
    view! {
        <article
            class="sb-message"
            class:sb-message--out=outgoing
            class:sb-message--note=note
            data-message-id=m.id.to_string()
            data-status=status_name
        >
            {note.then(|| view! { <p class="sb-message__label">{move || i18n.t(Msg::InternalNote)}</p> })}
            <p class="sb-message__author">{who}</p>
            {text}
            <footer class="sb-message__meta">
                <time datetime=at.to_rfc3339() title=move || full(i18n.locale(), at)>
                    {move || clock(i18n.locale(), at)}
                </time>
                {(outgoing && !note)
                    .then(|| {
                        view! {
                            <span class="sb-message__state" class:sb-message__state--failed=failure.is_some()>
                                {move || i18n.t(status_msg)}
                                {failure.clone().map(|r| format!(": {r}"))}
                            </span>
                        }
                    })}
            </footer>
        </article>
    }
    .into_any()
}
