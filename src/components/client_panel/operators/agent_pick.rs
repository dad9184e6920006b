//! A choice of agent and the button that acts on it ("Reassign", "Add operator"). With
//! nobody chosen the button says so instead of sending anything.

use crate::i18n::{use_i18n, Msg};
use crate::store::Command;
use leptos::prelude::*;
use switchboard_protocol::{Agent, AgentId};

/// An agent select with its action button.
#[component]
pub fn AgentPick(
    /// The select's name.
    label: Msg,
    /// The button's name.
    action: Msg,
    /// The agents offered.
    #[prop(into)]
    agents: Signal<Vec<Agent>>,
    /// The section's actions (the button waits while one is on its way).
    command: Command,
    /// Where the section says a problem of its own.
    said: RwSignal<Option<String>>,
    /// Runs with the chosen agent.
    on_pick: Callback<AgentId>,
) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = RwSignal::new(String::new());
    let invalid = RwSignal::new(false);
    // A choice counts only while it is offered (an agent just added is not any more).
    let offered = move || {
        let c = chosen.get();
        agents.with(|a| a.iter().any(|a| a.id.0.to_string() == c))
    };
    let pick = move |_| match untrack(offered)
        .then(|| chosen.get_untracked().parse())
        .and_then(Result::ok)
    {
        Some(n) => {
            invalid.set(false);
            // Back to "Choose an agent": the list changes with the answer anyway.
            chosen.set(String::new());
            on_pick.run(AgentId(n));
        }
        None => {
            invalid.set(true);
            said.set(Some(i18n.t(Msg::ErrChooseAgent).to_owned()));
        }
    };
    view! {
        <div class="sb-ops__row">
            <label class="sb-ops__field">
                <span>{move || i18n.t(label)}</span>
                <select
                    class="sb-select"
                    aria-invalid=move || invalid.get().to_string()
                    on:change=move |ev| {
                        invalid.set(false);
                        chosen.set(event_target_value(&ev));
                    }
                >
                    <option value="" prop:selected=move || !offered()>
                        {i18n.tr(Msg::ChooseAgent)}
                    </option>
                    {move || agents.get().into_iter().map(|a| {
                        let value = a.id.0.to_string();
                        let v = value.clone();
                        view! {
                            <option value=value prop:selected=move || chosen.with(|c| *c == v)>{a.name}</option>
                        }
                    }).collect_view()}
                </select>
            </label>
            <button
                type="button"
                class="sb-button sb-button--small"
                disabled=move || command.pending()
                on:click=pick
            >
                {move || i18n.t(action)}
            </button>
        </div>
    }
}
