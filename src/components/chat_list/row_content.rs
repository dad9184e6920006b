//! What a row shows, from a plain snapshot of its conversation: avatar and channel, name
//! and time; delivery state, preview (or "typing…") and unread badge; tags, snooze and
//! assignee. Three lines that fit the list's fixed row height.

use super::highlighted::Highlighted;
use super::row_time_label::until_time;
use crate::format::row_time;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_core::row_label::{
    channel_msg, delivery_msg, initials, our_status, preview, tag_chips, PreviewKind,
};
use switchboard_protocol::{ConversationStatus, ConversationSummary, DeliveryStatus};

/// Tags a row has room for before "+N".
const TAG_ROOM: usize = 2;

/// The inside of a row.
#[component]
pub fn RowContent(
    /// The conversation, as it is now.
    c: ConversationSummary,
    /// Whether the customer is typing.
    typing: bool,
    /// The search box's text, for marking matches.
    query: String,
    /// The assignee's name, if the conversation has one and it is known.
    assignee: Option<String>,
    /// The signed-in agent's id (their replies read "You").
    me: Option<i64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale();
    let channel = c.channel.as_str();
    let channel_name = locale.t(channel_msg(c.channel));
    let unread = c.unread_count;
    // While the customer types, the line is theirs: no state of our last message on it.
    let last = c.last_message.as_ref().filter(|_| !typing);
    let status = last
        .filter(|_| c.matched.is_none() || query.trim().is_empty())
        .and_then(our_status)
        .map(|s| {
            let (class, glyph) = match s {
                DeliveryStatus::Sent => ("sent", "✓"),
                DeliveryStatus::Delivered => ("delivered", "✓✓"),
                DeliveryStatus::Read => ("read", "✓✓"),
                DeliveryStatus::Failed { .. } => ("failed", "!"),
            };
            status_icon(class, glyph, locale.t(delivery_msg(s)))
        });
    let notice = last
        .filter(|p| preview(locale, p, me).kind == PreviewKind::System && status.is_none())
        .map(|_| status_icon("notice", "i", locale.t(Msg::SystemNotice)));
    let failed = last
        .and_then(our_status)
        .is_some_and(|s| matches!(s, DeliveryStatus::Failed { .. }));
    // While searching, a conversation found by a message's text shows that message (the
    // server's excerpt), not the last one.
    let matched = c.matched.as_ref().filter(|_| !query.trim().is_empty());
    let text = if typing {
        view! { <span class="sb-row__typing">{locale.t(Msg::Typing)}</span> }.into_any()
    } else if let Some(m) = matched {
        let found = locale.t(Msg::MatchedInMessage);
        view! {
            <span class="sb-row__text sb-row__text--matched" title=found>
                <span class="sb-row__sr">{format!("{found}: ")}</span>
                <Highlighted text=m.excerpt.clone() query=query.clone() />
            </span>
        }
        .into_any()
    } else {
        last.map(|p| {
            let p = preview(locale, p, me);
            let kind = match p.kind {
                PreviewKind::Customer => "customer",
                PreviewKind::Ours => "ours",
                PreviewKind::Note => "note",
                PreviewKind::System => "system",
            };
            view! {
                <span class=format!("sb-row__text sb-row__text--{kind}") class:sb-row__text--attachment=p.attachment>
                    {p.who.map(|w| view! { <span class="sb-row__who">{format!("{w}: ")}</span> })}
                    <Highlighted text=p.text query=query.clone() />
                </span>
            }
            .into_any()
        })
        .unwrap_or_else(|| ().into_any())
    };
    let (shown, more) = tag_chips(&c.tags, TAG_ROOM);
    let tags = shown
        .iter()
        .map(|t| view! { <span class="sb-row__tag">{t.clone()}</span> })
        .collect_view();
    let more_tags = (more > 0).then(|| {
        let rest = c.tags[TAG_ROOM..].join(", ");
        view! { <span class="sb-row__tag sb-row__tag--more" title=rest>{format!("+{more}")}</span> }
    });
    let snoozed = c
        .snoozed_until
        .filter(|_| c.status == ConversationStatus::Snoozed)
        .map(|t| {
            let text = locale.until(&until_time(locale, t));
            view! { <span class="sb-row__snooze">{text}</span> }
        });
    let who = match (c.assignee, assignee) {
        (None, _) => Some((locale.t(Msg::Unassigned).to_owned(), true)),
        (Some(_), Some(name)) => Some((name, false)),
        (Some(_), None) => None,
    };
    let who = who.map(|(name, none)| {
        view! { <span class="sb-row__assignee" class:sb-row__assignee--none=none title=locale.t(Msg::Assignee)>{name}</span> }
    });
    view! {
        <span class="sb-avatar" aria-hidden="true">
            {initials(&c.contact.name)}
            <span class=format!("sb-avatar__channel sb-channel sb-channel--{channel}") title=channel_name></span>
        </span>
        <span class="sb-row__main" class:sb-row__main--failed=failed>
            <span class="sb-row__top">
                <span class="sb-row__name"><Highlighted text=c.contact.name.clone() query=query.clone() /></span>
                <time class="sb-row__time" datetime=c.last_activity_at.to_rfc3339()>
                    {row_time(locale, c.last_activity_at)}
                </time>
            </span>
            <span class="sb-row__bottom">
                {status}
                {notice}
                <span class="sb-row__preview">{text}</span>
                {(unread > 0).then(|| view! { <span class="sb-badge">{unread}</span> })}
            </span>
            <span class="sb-row__meta">
                <span class="sb-row__tags">{tags}{more_tags}</span>
                {snoozed}
                {who}
            </span>
        </span>
    }
}

/// A delivery-state or notice glyph with its word for screen readers and a tooltip.
fn status_icon(class: &str, glyph: &'static str, word: &'static str) -> impl IntoView {
    view! {
        <span class=format!("sb-row__status sb-row__status--{class}") title=word>
            <span aria-hidden="true">{glyph}</span>
            <span class="sb-row__sr">{word}</span>
        </span>
    }
}
