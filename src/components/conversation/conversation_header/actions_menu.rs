//! `Actions`: the header's actions in one menu, for the layouts too narrow for a row of
//! buttons (≤ 1280 px: rendered only there, where style/small_screens.css hides the
//! buttons it stands for). Each item is named like the control it replaces and does what that
//! control does: the plain actions run at once, the ones that are menus themselves
//! (status, Snooze, Assign, More actions) open that menu, which stays mounted in the
//! header with its button hidden (the header's menus then drop down from its right
//! edge), so every choice, dialog and reason is the one the wide header has.

use super::act::use_header;
use super::close_control::request_close;
use crate::components::common::{MenuButton, MenuItem};
use crate::components::use_panel_layout;
use crate::i18n::{use_i18n, Msg};
use crate::store::use_store;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::header::{snooze_block, SnoozeBlock};
use switchboard_core::row_label::status_msg;
use switchboard_protocol::{ConversationAction, ConversationStatus as St};

/// The `Actions` menu button.
#[component]
pub fn ActionsMenu() -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let ctx = use_header();
    let status = Memo::new(move |_| {
        ctx.summary
            .with(|s| s.as_ref().map_or(St::Other, |c| c.status))
    });
    let status_label = move || i18n.locale().status_of(&i18n.t(status_msg(status.get())));
    let snooze_unavailable = move || {
        let why = ctx.summary.with(|s| s.as_ref().and_then(snooze_block))?;
        Some(
            i18n.t(match why {
                SnoozeBlock::Blocked => Msg::SnoozeBlocked,
                SnoozeBlock::Closed => Msg::SnoozeClosed,
            })
            .to_owned(),
        )
    };
    let opens = move |menu: RwSignal<bool>| Callback::new(move |()| menu.set(true));
    // Only in the narrow layouts (the same breakpoint as the style's): on a wide screen
    // the buttons are there, and an empty menu wrapper would add a gap to their row.
    let layout = use_panel_layout();
    view! {
        <Show when=move || layout.narrow.get()>
            <MenuButton label=i18n.tr(Msg::LayoutActions) class="sb-header__actions-menu">
                <MenuItem label=status_label on_select=opens(ctx.status_open) />
                <Show when=move || status.get() != St::InProgress>
                    <MenuItem
                        label=i18n.tr(Msg::TakeIntoWork)
                        on_select=Callback::new(move |()| {
                            spawn_local(async move {
                                ctx.run(state, ConversationAction::Take).await;
                            })
                        })
                    />
                </Show>
                <Show when=move || status.get() != St::Closed>
                    <MenuItem
                        label=i18n.tr(Msg::CloseConversation)
                        on_select=Callback::new(move |()| request_close(state, ctx))
                    />
                </Show>
                <MenuItem
                    label=i18n.tr(Msg::Snooze)
                    unavailable=snooze_unavailable
                    on_select=opens(ctx.snooze_open)
                />
                <MenuItem label=i18n.tr(Msg::Assign) on_select=opens(ctx.assign_open) />
                <MenuItem label=i18n.tr(Msg::MoreActions) on_select=opens(ctx.more_open) />
            </MenuButton>
        </Show>
    }
}
