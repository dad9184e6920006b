//! Going to the latest message: on "Jump to latest", and by itself when the agent sends
//! something while reading far back (a message link, a search hit), since the message
//! shows at the end as pending.

use super::rows::LogRows;
use crate::app::use_route;
use crate::hooks::after_next_frame;
use crate::store::{history, Store};
use leptos::html::Div;
use leptos::prelude::*;
use switchboard_core::log_window::LogWindow;
use switchboard_core::Route;
use switchboard_protocol::{ConversationId, MessageId};

/// Returns what goes to the latest message of conversation `id`'s log, and follows the
/// agent's own sends with it.
pub fn use_go_latest(
    state: Store,
    id: ConversationId,
    rows: LogRows,
    seen: RwSignal<Option<MessageId>>,
    anchor: StoredValue<Option<(String, i32)>>,
    log_ref: NodeRef<Div>,
) -> impl Fn() + Copy + 'static {
    let route = use_route();
    let LogRows { window, stick, .. } = rows;
    let navigate = StoredValue::new_local(leptos_router::hooks::use_navigate());
    let go_latest = move || {
        // Leaving a message link: the URL says the conversation again.
        if matches!(route.get_untracked(), Route::Message(..)) {
            navigate.with_value(|n| {
                n(
                    &Route::Conversation(id).path(),
                    leptos_router::NavigateOptions {
                        replace: true,
                        scroll: false,
                        ..Default::default()
                    },
                )
            });
        }
        let behind = state
            .inbox()
            .with_untracked(|i| i.logs.get(&id).is_some_and(|l| l.has_more_after));
        stick.set_value(true);
        seen.set(None);
        anchor.set_value(None);
        window.update(LogWindow::reset);
        // The window may not have changed (nothing re-renders): go down now as well.
        after_next_frame(move || {
            if let Some(el) = log_ref.get_untracked() {
                el.set_scroll_top(el.scroll_height());
            }
        });
        if behind {
            history::reload_latest(state, id);
        }
    };
    // The agent sent something: the log goes to the latest, where it shows as pending,
    // even if they were reading far back (a message link, a search hit).
    let pending = Memo::new(move |_| {
        state
            .inbox()
            .with(|i| i.outbox.for_conversation(id).count())
    });
    Effect::new(move |before: Option<usize>| {
        let now = pending.get();
        let reading_back = window.with_untracked(|w| !w.at_end())
            || state
                .inbox()
                .with_untracked(|i| i.logs.get(&id).is_some_and(|l| l.has_more_after));
        if before.is_some_and(|b| now > b) && reading_back {
            go_latest();
        }
        now
    });
    go_latest
}
