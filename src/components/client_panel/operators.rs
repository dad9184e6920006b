//! The "Operators" section: who works on this chat (its assignee, then further
//! operators), reassigning it, adding an operator, removing one, and leaving the chat.
//!
//! Everything reads the conversation's record (`assignee`, `operators`), which the
//! server's answer to each action and its `conversation_updated` events keep current;
//! names come from the session's agent list. Who is listed and who can be added or can
//! leave is the core's (`switchboard_core::operators`).

mod agent_pick;
pub(super) mod keep_focus;

use super::form_kit::problem_line;
use crate::i18n::{use_i18n, Msg};
use crate::store::{panel, use_store, Command};
use agent_pick::AgentPick;
use keep_focus::run_keeping_focus;
use leptos::html::H2;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::operators::{addable, can_leave, on_chat};
use switchboard_protocol::{Agent, ConversationAction as A, ConversationId};

/// The "Operators" section.
#[component]
pub fn OperatorsSection(
    /// The open conversation.
    id: ConversationId,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let command = Command::new();
    let said = RwSignal::new(None::<String>);
    let summary = panel::summary(state, id);
    let agents = Memo::new(move |_| {
        state
            .session
            .with(|s| s.as_ref().map(|s| s.agents.clone()).unwrap_or_default())
    });
    let people = move || {
        let me = state.me();
        summary.with(|c| {
            c.as_ref()
                .map(|c| agents.with(|a| on_chat(c, a, me)))
                .unwrap_or_default()
        })
    };
    let heading = NodeRef::<H2>::new();
    let run = move |action: A| {
        if !command.pending_untracked() {
            said.set(None);
        }
        spawn_local(run_keeping_focus(state, id, action, command, heading))
    };
    let reassign_to = Signal::derive(move || {
        let assignee = summary.with(|c| c.as_ref().and_then(|c| c.assignee));
        agents.with(|a| {
            a.iter()
                .filter(|a| Some(a.id) != assignee)
                .cloned()
                .collect::<Vec<Agent>>()
        })
    });
    let to_add = Signal::derive(move || {
        summary.with(|c| {
            c.as_ref()
                .map(|c| agents.with(|a| addable(c, a).into_iter().cloned().collect()))
                .unwrap_or_default()
        })
    });
    let leave = move || summary.with(|c| c.as_ref().is_some_and(|c| can_leave(c, state.me())));
    view! {
        <section class="sb-panel__section sb-operators" aria-labelledby="sb-panel-operators">
            <h2 class="sb-panel__heading" id="sb-panel-operators" tabindex="-1" node_ref=heading>{i18n.tr(Msg::Operators)}</h2>
            {move || {
                let people = people();
                if people.is_empty() {
                    return view! { <p class="sb-panel__muted">{i18n.tr(Msg::NoOperators)}</p> }.into_any();
                }
                view! {
                    <ul class="sb-ops__list" aria-label=i18n.tr(Msg::Operators)>
                        {people.into_iter().map(|p| {
                            let (agent, name) = (p.agent, p.name.clone());
                            let remove_label = move || i18n.locale().remove_operator(&name);
                            view! {
                                <li class="sb-ops__item">
                                    <span class="sb-ops__name">{p.name.clone()}</span>
                                    {p.assignee.then(|| view! { <span class="sb-ops__badge">{i18n.tr(Msg::Assignee)}</span> })}
                                    {p.me.then(|| view! { <span class="sb-ops__badge">{i18n.tr(Msg::You)}</span> })}
                                    {(!p.assignee).then(|| view! {
                                        <button
                                            type="button"
                                            class="sb-button sb-button--small sb-button--ghost"
                                            aria-label=remove_label.clone()
                                            title=remove_label
                                            disabled=move || command.pending()
                                            on:click=move |_| run(A::RemoveOperator { agent })
                                        >
                                            {i18n.tr(Msg::Remove)}
                                        </button>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            <AgentPick
                label=Msg::ReassignTo
                action=Msg::Reassign
                agents=reassign_to
                command
                said
                on_pick=Callback::new(move |agent| run(A::Assign { agent: Some(agent) }))
            />
            <AgentPick
                label=Msg::AddOperatorLabel
                action=Msg::AddOperator
                agents=to_add
                command
                said
                on_pick=Callback::new(move |agent| run(A::AddOperator { agent }))
            />
            <Show when=leave>
                <button
                    type="button"
                    class="sb-button sb-button--small sb-ops__leave"
                    disabled=move || command.pending()
                    on:click=move |_| run(A::Leave)
                >
                    {i18n.tr(Msg::LeaveChat)}
                </button>
            </Show>
            <p class="sb-ops__problem" role="alert">{problem_line(i18n, said, command)}</p>
        </section>
    }
}
