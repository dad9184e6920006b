//! One entry of the log: a message or internal note (any kind, with its attachments,
//! author, time and delivery state), an activity line, or a pending message.

use super::activity_entry::ActivityEntry;
use super::attachments::AttachmentList;
use super::content::MessageContent;
use super::message_actions::MessageActions;
use super::message_author::MessageAuthor;
use super::message_meta::MessageMeta;
use super::pending_message::PendingItem;
use super::reply_quote::ReplyQuote;
use super::translation::{IncomingTranslation, OutgoingTranslation};
use crate::i18n::{use_i18n, Msg};
use crate::store::use_store;
use leptos::prelude::*;
use switchboard_core::mention_targets::shown_names;
use switchboard_core::message_parts::delivery_state;
use switchboard_core::TimelineItem;
use switchboard_protocol::{Author, Content, Message, Visibility};

/// An `article` carrying `data-message-id` (or `data-client-id` while pending).
#[component]
pub fn MessageItem(
    /// The entry.
    item: TimelineItem,
) -> impl IntoView {
    match item {
        TimelineItem::Confirmed(m) if matches!(m.content, Content::Activity { .. }) => {
            view! { <ActivityEntry message=m /> }.into_any()
        }
        TimelineItem::Confirmed(m) => view! { <ConfirmedMessage message=m /> }.into_any(),
        TimelineItem::Pending(p) => view! { <PendingItem pending=p /> }.into_any(),
    }
}

/// A message or note the server has.
#[component]
fn ConfirmedMessage(
    /// The message.
    message: Message,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_store();
    let m = message;
    let incoming = matches!(m.author, Author::Contact);
    let note = m.visibility == Visibility::Internal;
    let (status_name, _) = delivery_state(&m.status);
    let names = if note {
        state
            .session
            .with_untracked(|s| s.as_ref().map(shown_names).unwrap_or_default())
    } else {
        Vec::new()
    };
    let body = match m.translation.clone() {
        Some(translation) if incoming => view! {
            <IncomingTranslation content=m.content.clone() translation conversation=m.conversation_id />
        }
        .into_any(),
        Some(translation) => {
            view! { <OutgoingTranslation content=m.content.clone() translation /> }.into_any()
        }
        None => view! { <MessageContent content=m.content.clone() names /> }.into_any(),
    };
    let id = m.id.to_string();
    let (author, conversation, attachments) =
        (m.author.clone(), m.conversation_id, m.attachments.clone());
    let quote = m
        .reply_to
        .clone()
        .map(|quote| view! { <ReplyQuote quote conversation /> });
    view! {
        <article
            class="sb-message"
            class:sb-message--out=!incoming
            class:sb-message--note=note
            data-message-id=id
            data-status=status_name
        >
            {note.then(|| view! { <p class="sb-message__label">{i18n.tr(Msg::InternalNote)}</p> })}
            <MessageAuthor author conversation />
            {quote}
            {body}
            <AttachmentList items=attachments />
            <MessageMeta tracked=!incoming && !note message=m />
            <MessageActions />
        </article>
    }
}
