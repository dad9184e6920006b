//! The agent menu's alert settings: `Turn on notifications` (the browser asks; once on or
//! blocked it says so instead) and the `Sound` group (off, mentions and assigned to me,
//! everything), kept per agent.

use crate::alerts::use_alerts;
use crate::components::common::MenuItem;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_core::alerts::Sound;

/// The name of each sound choice.
fn sound_label(s: Sound) -> Msg {
    match s {
        Sound::Off => Msg::AlertsSoundOff,
        Sound::Mine => Msg::AlertsSoundMine,
        Sound::Everything => Msg::AlertsSoundEverything,
    }
}

/// The alert items of the agent menu.
#[component]
pub fn AlertItems() -> impl IntoView {
    let alerts = use_alerts();
    let i18n = use_i18n();
    let sounds = Sound::ALL
        .into_iter()
        .map(|s| {
            view! {
                <MenuItem
                    label=Signal::derive(move || i18n.t(sound_label(s)).to_owned())
                    checked=Signal::derive(move || alerts.sound() == s)
                    on_select=Callback::new(move |()| alerts.set_sound(s))
                />
            }
        })
        .collect_view();
    view! {
        <MenuItem
            label=Signal::derive(move || i18n.t(Msg::AlertsTurnOn).to_owned())
            unavailable=Signal::derive(move || {
                alerts.turn_on_unavailable().map(|m| i18n.t(m).to_owned())
            })
            on_select=Callback::new(move |()| alerts.turn_on())
        />
        <div role="group" class="sb-menu__group" aria-labelledby="sb-alerts-sound">
            <div id="sb-alerts-sound" class="sb-menu__group-label">
                {i18n.tr(Msg::AlertsSound)}
            </div>
            {sounds}
        </div>
    }
}
