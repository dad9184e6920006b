//! The start screen of a kiosk desk (`auth: "kiosk"`, UI-CONTRACT "Accounts, kiosk
//! desks"): `Set up this desk` with its `Device code` until the desk is set up, then
//! `Who is working?` with the team's agents as buttons and a `PIN`.

use super::sign_in_form::problem;
use crate::i18n::{use_i18n, Msg};
use crate::store::{desk, use_store, ApiError, Command};
use leptos::prelude::*;
use switchboard_protocol::{AgentId, DeskRoster};

/// Set-up while the desk has no credential, then who is working.
#[component]
pub fn DeskStart() -> impl IntoView {
    let set_up = RwSignal::new(desk::is_set_up());
    // Shown on the set-up form when the server no longer knows the desk.
    let removed = RwSignal::new(false);
    view! {
        <Show
            when=move || set_up.get()
            fallback=move || view! { <SetUpDesk set_up removed /> }
        >
            <WhoIsWorking set_up removed />
        </Show>
    }
}

#[component]
fn SetUpDesk(set_up: RwSignal<bool>, removed: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let code = RwSignal::new(String::new());
    let command = Command::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let c = code.get_untracked().trim().to_owned();
        if c.is_empty() {
            return;
        }
        removed.set(false);
        command.run(desk::set_up(c), move |_| set_up.set(true));
    };
    let error = move || {
        if let Some(e) = command.refused() {
            Some(i18n.t(problem(&e, Msg::DeskCodeWrong)))
        } else if removed.get() {
            Some(i18n.t(Msg::DeskRemoved))
        } else {
            None
        }
    };
    view! {
        <form class="sb-sign-in__form sb-desk" aria-label=i18n.tr(Msg::DeskSetup) on:submit=submit novalidate>
            <h2 class="sb-desk__title">{i18n.tr(Msg::DeskSetup)}</h2>
            <p class="sb-desk__hint">{i18n.tr(Msg::DeskSetupHint)}</p>
            <label class="sb-field">
                <span>{i18n.tr(Msg::DeskCode)}</span>
                <input
                    class="sb-input"
                    type="text"
                    name="device-code"
                    autocomplete="off"
                    autocapitalize="characters"
                    spellcheck="false"
                    prop:value=code
                    on:input=move |ev| code.set(event_target_value(&ev))
                />
            </label>
            <p class="sb-sign-in__error" role="alert">{error}</p>
            <button
                class="sb-button sb-button--primary"
                type="submit"
                aria-disabled=move || command.pending().then_some("true")
            >
                {i18n.tr(Msg::DeskSetupButton)}
            </button>
        </form>
    }
}

#[component]
fn WhoIsWorking(set_up: RwSignal<bool>, removed: RwSignal<bool>) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let roster: RwSignal<Option<DeskRoster>> = RwSignal::new(None);
    let load = Command::new();
    let ask = move || {
        load.run(desk::roster(), move |r| roster.set(Some(r)));
    };
    ask();
    // The server no longer knows the desk: back to the set-up form, saying why.
    Effect::new(move || {
        if load.refused() == Some(ApiError::Unauthorized) {
            removed.set(true);
            set_up.set(false);
        }
    });
    let chosen: RwSignal<Option<AgentId>> = RwSignal::new(None);
    let pin = RwSignal::new(String::new());
    let signing = Command::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(agent), p) = (chosen.get_untracked(), pin.get_untracked()) else {
            return;
        };
        if p.trim().is_empty() {
            return;
        }
        signing.run(
            desk::sign_in(store, agent, p.trim().to_owned()),
            move |()| {
                _ = pin.try_set(String::new());
            },
        );
    };
    let error = move || {
        if let Some(e) = signing.refused() {
            return Some(i18n.t(problem(&e, Msg::DeskPinWrong)).to_owned());
        }
        match load.refused() {
            Some(ApiError::Unauthorized) | None => None,
            Some(e) => Some(i18n.t(problem(&e, Msg::DeskRemoved)).to_owned()),
        }
    };
    let agents = move || {
        roster.with(|r| {
            r.as_ref().map(|r| {
                if r.agents.is_empty() {
                    return view! { <p class="sb-desk__hint">{i18n.tr(Msg::DeskNobody)}</p> }
                        .into_any();
                }
                r.agents
                    .iter()
                    .map(|a| {
                        let id = a.id;
                        view! {
                            <button
                                type="button"
                                class="sb-button sb-desk__agent"
                                aria-pressed=move || (chosen.get() == Some(id)).to_string()
                                on:click=move |_| {
                                    chosen.set(Some(id));
                                    signing.clear();
                                }
                            >
                                {a.name.clone()}
                            </button>
                        }
                    })
                    .collect_view()
                    .into_any()
            })
        })
    };
    let desk_name = move || {
        roster.with(|r| {
            r.as_ref()
                .map(|r| format!("{} · {}", r.desk.name, r.desk.team_name))
        })
    };
    view! {
        <form class="sb-sign-in__form sb-desk" aria-label=i18n.tr(Msg::DeskWho) on:submit=submit novalidate>
            <h2 class="sb-desk__title">{i18n.tr(Msg::DeskWho)}</h2>
            <p class="sb-desk__hint">{desk_name}</p>
            <div class="sb-desk__agents" role="group" aria-label=i18n.tr(Msg::DeskPick)>
                {agents}
            </div>
            <label class="sb-field">
                <span>{i18n.tr(Msg::DeskPin)}</span>
                <input
                    class="sb-input"
                    type="password"
                    name="pin"
                    inputmode="numeric"
                    autocomplete="off"
                    maxlength="8"
                    prop:value=pin
                    on:input=move |ev| pin.set(event_target_value(&ev))
                />
            </label>
            <p class="sb-sign-in__error" role="alert">{error}</p>
            <button
                class="sb-button sb-button--primary"
                type="submit"
                aria-disabled=move || (chosen.get().is_none() || signing.pending()).then_some("true")
            >
                {i18n.tr(Msg::SignIn)}
            </button>
        </form>
    }
}
