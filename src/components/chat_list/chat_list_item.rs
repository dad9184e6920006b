//! One row of the chat list.

use crate::format::row_time;
use crate::i18n::use_i18n;
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use switchboard_core::row_label::{channel_msg, initials, preview_line, row_label};
use switchboard_core::Route;
use switchboard_protocol::ConversationId;

/// A conversation as a `role="option"` row whose accessible name starts with the contact's
/// name and says the unread count.
#[component]
pub fn ChatListItem(
    /// The conversation shown.
    id: ConversationId,
    /// Whether it is the open one.
    #[prop(into)]
    is_selected: Signal<bool>,
    /// Whether it holds the list's single tab stop.
    #[prop(into)]
    is_tab_stop: Signal<bool>,
    /// Its place in the whole list, from 1 (`aria-posinset`: only some rows are rendered).
    position: Signal<usize>,
    /// How many rows the list has (`-1` while not all are loaded).
    set_size: Signal<String>,
) -> impl IntoView {
    let state = use_app();
    let i18n = use_i18n();
    let navigate = use_navigate();
    // Re-runs on every inbox change, but notifies (and so re-renders) only when this
    // conversation's record changed.
    let summary = Memo::new(move |_| state.inbox.with(|i| i.conversations.get(id).cloned()));
    let me = move || state.me().map(|a| a.0);
    let list = crate::list_query::use_list_query();
    // Opening a conversation keeps the list as it is (its query stays in the URL).
    let open = move || {
        let url = format!("{}{}", Route::Conversation(id).path(), list.suffix());
        navigate(&url, Default::default())
    };

    move || {
        let c = summary.get()?;
        let open = open.clone();
        let locale = i18n.locale();
        let label = row_label(locale, &c, me());
        let preview = c
            .last_message
            .as_ref()
            .map(|p| preview_line(locale, p, me()))
            .unwrap_or_default();
        let channel = c.channel.as_str();
        let channel_name = locale.t(channel_msg(c.channel));
        let unread = c.unread_count;
        let has_unread = unread > 0;
        let on_click = {
            let open = open.clone();
            move |_| open()
        };
        let on_key = move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() == "Enter" || ev.key() == " " {
                ev.prevent_default();
                open();
            }
        };
        Some(view! {
            <li
                role="option"
                id=format!("sb-row-{id}")
                class="sb-row"
                class:sb-row--unread=has_unread
                aria-selected=move || is_selected.get().to_string()
                aria-posinset=move || position.get().to_string()
                aria-setsize=move || set_size.get()
                style:height=format!("{}px", super::ROW_HEIGHT)
                aria-label=label
                tabindex=move || if is_tab_stop.get() { "0" } else { "-1" }
                data-conversation-id=id.to_string()
                on:click=on_click
                on:keydown=on_key
            >
                <span class="sb-avatar" aria-hidden="true">
                    {initials(&c.contact.name)}
                    <span class=format!("sb-avatar__channel sb-channel sb-channel--{channel}") title=channel_name></span>
                </span>
                <span class="sb-row__main">
                    <span class="sb-row__top">
                        <span class="sb-row__name">{c.contact.name.clone()}</span>
                        <time class="sb-row__time" datetime=c.last_activity_at.to_rfc3339()>
                            {row_time(locale, c.last_activity_at)}
                        </time>
                    </span>
                    <span class="sb-row__bottom">
                        <span class="sb-row__preview">{preview}</span>
                        {(unread > 0).then(|| view! { <span class="sb-badge">{unread}</span> })}
                    </span>
                </span>
            </li>
        })
    }
}
