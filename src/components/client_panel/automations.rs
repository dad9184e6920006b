//! The "Automations" section: the bot on or off for this chat, running a shortcut
//! automation (`GET /automations`), and the automations running here with a Stop for each
//! and Stop all.
//!
//! The switch and the running list read the conversation's record (`bot_enabled`,
//! `automations`), kept current by the server's answers and its events.

use super::form_kit::{problem_line, refusal};
use super::operators::keep_focus::run_keeping_focus;
use crate::format::full;
use crate::i18n::{use_i18n, Msg};
use crate::store::{panel, use_store, Command};
use leptos::html::H2;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::operators::startable;
use switchboard_protocol::{Automation, ConversationAction as A, ConversationId};

/// The "Automations" section.
#[component]
pub fn AutomationsSection(
    /// The open conversation.
    id: ConversationId,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let command = Command::new();
    // The section's own words (no shortcut chosen, the catalogue did not load).
    let said = RwSignal::new(None::<String>);
    let catalogue = RwSignal::new(Vec::<Automation>::new());
    let chosen = RwSignal::new(String::new());
    let invalid = RwSignal::new(false);
    spawn_local(async move {
        match panel::automations(state).await {
            Ok(a) => _ = catalogue.try_set(a),
            Err(e) => _ = said.try_set(Some(refusal(i18n, &e))),
        }
    });
    let summary = panel::summary(state, id);
    let bot = move || summary.with(|c| c.as_ref().is_some_and(|c| c.bot_enabled));
    let running = move || {
        summary.with(|c| {
            c.as_ref()
                .map(|c| c.automations.clone())
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
    // The shortcuts not running here yet (running one again would change nothing).
    let offered = Memo::new(move |_| {
        summary.with(|c| {
            c.as_ref()
                .map(|c| {
                    catalogue.with(|all| startable(c, all).into_iter().cloned().collect::<Vec<_>>())
                })
                .unwrap_or_default()
        })
    });
    let start = move |_| {
        let choice = chosen.get_untracked();
        if offered.with_untracked(|c| c.iter().any(|a| a.id == choice)) {
            invalid.set(false);
            chosen.set(String::new());
            run(A::RunAutomation {
                automation_id: choice,
            });
        } else {
            invalid.set(true);
            said.set(Some(i18n.t(Msg::ErrChooseAutomation).to_owned()));
        }
    };
    view! {
        <section class="sb-panel__section sb-automations" aria-labelledby="sb-panel-automations">
            <h2 class="sb-panel__heading" id="sb-panel-automations" tabindex="-1" node_ref=heading>{i18n.tr(Msg::Automations)}</h2>
            <label class="sb-automations__switch">
                <input
                    type="checkbox"
                    role="switch"
                    prop:checked=bot
                    aria-checked=move || bot().to_string()
                    disabled=move || command.pending()
                    on:change=move |_| run(A::SetBot { enabled: !untrack(bot) })
                />
                <span>{i18n.tr(Msg::BotInThisChat)}</span>
            </label>
            <div class="sb-ops__row">
                <label class="sb-ops__field">
                    <span>{i18n.tr(Msg::ShortcutAutomation)}</span>
                    <select
                        class="sb-select"
                        aria-invalid=move || invalid.get().to_string()
                        on:change=move |ev| {
                            invalid.set(false);
                            chosen.set(event_target_value(&ev));
                        }
                    >
                        <option value="" prop:selected=move || chosen.with(String::is_empty)>
                            {i18n.tr(Msg::ChooseAutomation)}
                        </option>
                        {move || offered.get().into_iter().map(|a| {
                            let v = a.id.clone();
                            view! {
                                <option value=a.id prop:selected=move || chosen.with(|c| *c == v)>{a.name}</option>
                            }
                        }).collect_view()}
                    </select>
                </label>
                <button type="button" class="sb-button sb-button--small" disabled=move || command.pending() on:click=start>
                    {i18n.tr(Msg::RunAutomation)}
                </button>
            </div>
            <h3 class="sb-ops__subheading">{i18n.tr(Msg::RunningAutomations)}</h3>
            {move || {
                let all = running();
                if all.is_empty() {
                    return view! { <p class="sb-panel__muted">{i18n.tr(Msg::NoRunningAutomations)}</p> }.into_any();
                }
                view! {
                    <ul class="sb-ops__list" aria-label=i18n.tr(Msg::RunningAutomations)>
                        {all.into_iter().map(|r| {
                            let (auto_id, name, since) = (r.id.clone(), r.name.clone(), r.started_at);
                            let stop_label = move || i18n.locale().stop_automation(&name);
                            view! {
                                <li class="sb-ops__item">
                                    <span class="sb-ops__name">{r.name.clone()}</span>
                                    <span class="sb-ops__when">
                                        {move || i18n.locale().running_since(&full(i18n.locale(), since))}
                                    </span>
                                    <button
                                        type="button"
                                        class="sb-button sb-button--small"
                                        aria-label=stop_label.clone()
                                        disabled=move || command.pending()
                                        on:click=move |_| run(A::StopAutomation { automation_id: Some(auto_id.clone()) })
                                    >
                                        {i18n.tr(Msg::Stop)}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <button
                        type="button"
                        class="sb-button sb-button--small"
                        disabled=move || command.pending()
                        on:click=move |_| run(A::StopAutomation { automation_id: None })
                    >
                        {i18n.tr(Msg::StopAll)}
                    </button>
                }
                .into_any()
            }}
            <p class="sb-ops__problem" role="alert">{problem_line(i18n, said, command)}</p>
        </section>
    }
}
