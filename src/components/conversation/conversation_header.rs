//! The top of the conversation zone: who, where (the network, the customer's account on
//! it and the workspace's account they wrote to), in what state, and what can be done.
//!
//! The contact card (for the customer's account on the network) is the one the client
//! panel loads into `Inbox::details`, where `contact_updated` events keep it current.

pub(crate) mod act;
mod actions_menu;
mod assign_menu;
mod close_control;
mod close_summary;
pub(crate) mod confirm_dialog;
mod more_actions;
mod panel_toggle;
mod shortcuts;
mod snooze_menu;
mod snooze_picker;
mod status_menu;
mod take_button;
mod written_to;

use crate::components::layout::BackButton;
use crate::i18n::{use_i18n, Msg};
use crate::store::use_store;
use act::HeaderCtx;
use actions_menu::ActionsMenu;
use assign_menu::AssignMenu;
use close_control::CloseControl;
use leptos::prelude::*;
use more_actions::MoreActions;
use panel_toggle::PanelToggle;
use snooze_menu::SnoozeMenu;
use status_menu::StatusMenu;
use switchboard_core::header::network_account;
use switchboard_core::row_label::channel_msg;
use switchboard_protocol::ConversationId;
use take_button::TakeButton;
use written_to::WrittenTo;

/// Contact name, conversation number, channel, the customer's account and the business
/// account they wrote to, status, assignee and actions.
#[component]
pub fn ConversationHeader(
    /// The open conversation.
    id: ConversationId,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let ctx = HeaderCtx::provide(state, id);
    shortcuts::offer(state, ctx);
    let summary = ctx.summary;

    let account = move || {
        let (contact, channel) = summary.with(|s| s.as_ref().map(|c| (c.contact.id, c.channel)))?;
        state.inbox().with(|i| {
            i.details
                .contacts
                .get(&contact)
                .and_then(|k| network_account(k, channel))
        })
    };
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

    // The title is built again only when channel or name change, not at every message
    // (each rebuild left its effects subscribed to the session until it next changed).
    let title = Memo::new(move |_| {
        summary.with(|s| s.as_ref().map(|c| (c.channel, c.contact.name.clone())))
    });

    view! {
        <header class="sb-conversation__header" aria-busy=move || ctx.acting.pending().to_string()>
            <BackButton />
            {move || {
                title
                    .get()
                    .map(|(channel, name)| {
                        view! {
                            <span
                                class=format!("sb-channel sb-channel--{} sb-channel--large", channel.as_str())
                                aria-hidden="true"
                            ></span>
                            <div class="sb-conversation__title">
                                <h2 class="sb-conversation__name">{name}</h2>
                                <p class="sb-conversation__meta">
                                    <span class="sb-header__number">{format!("#{id}")}</span>
                                    <span class="sb-header__channel">{move || i18n.t(channel_msg(channel))}</span>
                                    {move || account().map(|a| view! {
                                        <span class="sb-header__account" title=i18n.tr(Msg::Account)>
                                            <span class="sb-visually-hidden">{i18n.tr(Msg::Account)} ": "</span>
                                            {a}
                                        </span>
                                    })}
                                    <WrittenTo />
                                    <span class="sb-header__assignee">
                                        {i18n.tr(Msg::Assignee)} ": "
                                        {move || assignee().unwrap_or_else(|| i18n.t(Msg::Unassigned).to_owned())}
                                    </span>
                                </p>
                            </div>
                            <super::translate_switch::TranslateSwitch id />
                        }
                    })
            }}
            <div class="sb-header__actions">
                <Show when=move || summary.with(Option::is_some)>
                    <StatusMenu />
                    <TakeButton />
                    <CloseControl />
                    <SnoozeMenu />
                    <AssignMenu />
                    <MoreActions />
                    <ActionsMenu />
                </Show>
                <PanelToggle />
            </div>
        </header>
    }
}
