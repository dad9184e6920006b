//! "Assign": to me, to another agent of the workspace (with their presence), or nobody.
//! The protocol assigns agents only; a team's mailbox follows the conversation's team.

use super::act::use_header;
use crate::components::common::{MenuButton, MenuItem};
use crate::i18n::{use_i18n, Msg};
use crate::store::use_store;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_protocol::{AgentId, ConversationAction, Presence};

/// The label key of a presence.
fn presence_msg(p: Presence) -> Option<Msg> {
    match p {
        Presence::Online => Some(Msg::PresenceOnline),
        Presence::Away => Some(Msg::PresenceAway),
        Presence::Offline => Some(Msg::PresenceOffline),
        Presence::Other => None,
    }
}

/// The Assign menu button.
#[component]
pub fn AssignMenu() -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let ctx = use_header();
    let assignee = Memo::new(move |_| ctx.summary.with(|s| s.as_ref().and_then(|c| c.assignee)));
    let assign = move |agent: Option<AgentId>| {
        spawn_local(async move {
            ctx.run(state, ConversationAction::Assign { agent }).await;
        })
    };
    let agents = move || {
        state
            .session
            .with(|s| s.as_ref().map(|s| s.agents.clone()).unwrap_or_default())
    };
    view! {
        <MenuButton label=i18n.tr(Msg::Assign) open=ctx.assign_open>
            {move || {
                let me = state.me();
                (me.is_some() && assignee.get() != me).then(|| view! {
                    <MenuItem
                        label=i18n.tr(Msg::AssignToMe)
                        on_select=Callback::new(move |()| assign(me))
                    />
                })
            }}
            <Show when=move || assignee.get().is_some()>
                <MenuItem
                    label=i18n.tr(Msg::Unassign)
                    on_select=Callback::new(move |()| assign(None))
                />
            </Show>
            <div role="group" class="sb-menu__group" aria-label=i18n.tr(Msg::Agents)>
                {agents()
                    .into_iter()
                    .map(|a| {
                        let id = a.id;
                        let presence = presence_msg(a.presence);
                        view! {
                            <MenuItem
                                label=a.name.clone()
                                detail=move || presence.map(|p| i18n.t(p).to_owned())
                                checked=Signal::derive(move || assignee.get() == Some(id))
                                on_select=Callback::new(move |()| assign(Some(id)))
                            />
                        }
                    })
                    .collect_view()}
            </div>
        </MenuButton>
    }
}
