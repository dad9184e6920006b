//! "Snooze": the presets (later today, tomorrow, next week) and a chosen date and time.
//! Off, with the reason, for a blocked contact's or a closed conversation.

use super::act::use_header;
use super::snooze_picker::{SnoozeForm, SnoozePicker};
use crate::components::common::local_time::{instant, local_now};
use crate::components::common::{MenuButton, MenuItem};
use crate::format::{clock, full};
use crate::i18n::{use_i18n, Msg};
use crate::store::use_store;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::header::{snooze_block, SnoozeBlock};
use switchboard_core::snooze_choice::{presets, SnoozePreset};
use switchboard_protocol::ConversationAction;

/// The label key of a preset.
fn preset_msg(p: SnoozePreset) -> Msg {
    match p {
        SnoozePreset::LaterToday => Msg::SnoozeLaterToday,
        SnoozePreset::Tomorrow => Msg::SnoozePresetTomorrow,
        SnoozePreset::NextWeek => Msg::SnoozePresetNextWeek,
    }
}

/// The Snooze menu button and the date-and-time dialog it can open.
#[component]
pub fn SnoozeMenu() -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let ctx = use_header();
    let picking = RwSignal::new(false);
    let form = SnoozeForm::new();
    let unavailable = move || {
        let why = ctx.summary.with(|s| s.as_ref().and_then(snooze_block))?;
        Some(
            i18n.t(match why {
                SnoozeBlock::Blocked => Msg::SnoozeBlocked,
                SnoozeBlock::Closed => Msg::SnoozeClosed,
            })
            .to_owned(),
        )
    };
    view! {
        <MenuButton label=i18n.tr(Msg::Snooze) open=ctx.snooze_open unavailable class="sb-header__snooze">
            // Worked out at each opening, so the times are those of now.
            {presets(local_now())
                .into_iter()
                .map(|(preset, local)| {
                    let until = instant(local);
                    let detail = move || {
                        let locale = i18n.locale();
                        Some(match preset {
                            SnoozePreset::LaterToday => clock(locale, until),
                            _ => full(locale, until),
                        })
                    };
                    let choose = move |()| {
                        spawn_local(async move {
                            ctx.run(state, ConversationAction::Snooze { until }).await;
                        })
                    };
                    view! {
                        <MenuItem
                            label=move || i18n.t(preset_msg(preset))
                            detail
                            on_select=Callback::new(choose)
                        />
                    }
                })
                .collect_view()}
            <MenuItem
                label=i18n.tr(Msg::SnoozePick)
                on_select=Callback::new(move |()| {
                    form.reset();
                    picking.set(true);
                })
            />
        </MenuButton>
        <SnoozePicker open=picking form />
    }
}
