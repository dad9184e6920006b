//! The status control: shows the status and changes it through the actions that lead
//! there (reopen, unsnooze, take, close, snooze).

use super::act::use_header;
use super::close_control::request_close;
use crate::components::common::{MenuButton, MenuItem};
use crate::i18n::{use_i18n, Msg};
use crate::store::use_store;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::header::{status_move, SnoozeBlock, StatusBlock, StatusMove};
use switchboard_core::row_label::status_msg;
use switchboard_protocol::ConversationStatus as St;

/// The statuses offered, in order.
const STATUSES: [St; 4] = [St::Open, St::InProgress, St::Closed, St::Snoozed];

/// A menu button named "Status: Open" with one radio item per status.
#[component]
pub fn StatusMenu() -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let ctx = use_header();
    let status = Memo::new(move |_| {
        ctx.summary
            .with(|s| s.as_ref().map_or(St::Other, |c| c.status))
    });
    let label = move || i18n.locale().status_of(&i18n.t(status_msg(status.get())));
    view! {
        <MenuButton label open=ctx.status_open class=move || format!("sb-header__status sb-status sb-status--{}", status.get().as_str())>
            {STATUSES
                .into_iter()
                .map(|to| {
                    let blocked = move || {
                        ctx.summary.with(|s| s.as_ref().map(|c| status_move(c, to)))?.err()
                    };
                    let unavailable = move || match blocked()? {
                        StatusBlock::Current => None,
                        StatusBlock::NoWayBack => Some(i18n.t(Msg::ErrNoWayBack).to_owned()),
                        StatusBlock::Snooze(SnoozeBlock::Blocked) => {
                            Some(i18n.t(Msg::SnoozeBlocked).to_owned())
                        }
                        StatusBlock::Snooze(SnoozeBlock::Closed) => {
                            Some(i18n.t(Msg::SnoozeClosed).to_owned())
                        }
                    };
                    let choose = move |()| {
                        let Some(Ok(step)) = ctx
                            .summary
                            .with_untracked(|s| s.as_ref().map(|c| status_move(c, to)))
                        else {
                            return;
                        };
                        match step {
                            StatusMove::Act(action) => spawn_local(async move {
                                ctx.run(state, action).await;
                            }),
                            StatusMove::Close => request_close(state, ctx),
                            StatusMove::Snooze => ctx.snooze_open.set(true),
                        }
                    };
                    view! {
                        <MenuItem
                            label=move || i18n.t(status_msg(to))
                            checked=Signal::derive(move || status.get() == to)
                            unavailable
                            on_select=Callback::new(choose)
                        />
                    }
                })
                .collect_view()}
        </MenuButton>
    }
}
