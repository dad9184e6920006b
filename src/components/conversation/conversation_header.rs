//! The top of the conversation zone: who, where, and in what state.

use crate::i18n::{use_i18n, Msg};
use crate::state::use_app;
use leptos::prelude::*;
use switchboard_core::row_label::{channel_msg, status_msg};
use switchboard_protocol::ConversationId;

/// Contact name, conversation number, channel, status and assignee.
#[component]
pub fn ConversationHeader(
    /// The open conversation.
    id: ConversationId,
) -> impl IntoView {
    let state = use_app();
    let i18n = use_i18n();
    let summary = Memo::new(move |_| state.inbox.with(|i| i.conversations.get(id).cloned()));
    let assignee = move || {
        let who = summary.with(|s| s.as_ref().and_then(|s| s.assignee))?;
        state.session.with(|s| {
            s.as_ref()?
                .agents
                .iter()
                .find(|a| a.id == who)
                .map(|a| a.name.clone())
        })
    };
    view! {
        <header class="sb-conversation__header">
            {move || {
                summary
                    .get()
                    .map(|c| {
                        let channel = c.channel.as_str();
                        view! {
                            <span class=format!("sb-channel sb-channel--{channel} sb-channel--large") aria-hidden="true"></span>
                            <div class="sb-conversation__title">
                                <h2 class="sb-conversation__name">{c.contact.name.clone()}</h2>
                                <p class="sb-conversation__meta">
                                    <span>{format!("#{id}")}</span>
                                    <span>{move || i18n.t(channel_msg(c.channel))}</span>
                                    <span class=format!("sb-status sb-status--{}", c.status.as_str())>
                                        {move || i18n.t(status_msg(c.status))}
                                    </span>
                                    <span>
                                        {move || i18n.t(Msg::Assignee)} ": "
                                        {move || assignee().unwrap_or_else(|| i18n.t(Msg::Unassigned).to_owned())}
                                    </span>
                                </p>
                            </div>
                            <super::translate_switch::TranslateSwitch id />
                        }
                    })
            }}
        </header>
    }
}
