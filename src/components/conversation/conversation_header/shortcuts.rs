//! The header's actions as keyboard shortcuts (`common::shortcuts`): the same calls as
//! its buttons and menus, offered while this conversation's header is mounted.

use super::act::HeaderCtx;
use super::close_control::request_close;
use crate::components::common::shortcuts::use_shortcut;
use crate::store::Store;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::header::snooze_block;
use switchboard_core::keymap::Action;
use switchboard_protocol::{ConversationAction, ConversationStatus as St};

/// Offers Close, Snooze (its menu), Assign to me and Assign (its menu).
pub fn offer(state: Store, ctx: HeaderCtx) {
    let known = move || ctx.summary.with_untracked(Option::is_some);
    use_shortcut(Action::Close, move || {
        let closed = ctx
            .summary
            .with_untracked(|s| s.as_ref().is_some_and(|c| c.status == St::Closed));
        if known() && !closed {
            request_close(state, ctx);
        }
    });
    use_shortcut(Action::Snooze, move || {
        let blocked = ctx
            .summary
            .with_untracked(|s| s.as_ref().and_then(snooze_block).is_some());
        if known() && !blocked {
            ctx.snooze_open.set(true);
        }
    });
    use_shortcut(Action::AssignToMe, move || {
        let me = untrack(|| state.me());
        let mine = ctx
            .summary
            .with_untracked(|s| s.as_ref().is_some_and(|c| c.assignee == me));
        if known() && me.is_some() && !mine {
            spawn_local(async move {
                ctx.run(state, ConversationAction::Assign { agent: me })
                    .await;
            });
        }
    });
    use_shortcut(Action::AssignMenu, move || {
        if known() {
            ctx.assign_open.set(true);
        }
    });
}
