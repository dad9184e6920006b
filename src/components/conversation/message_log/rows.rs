//! What the log shows: the timeline of one conversation (history and pending messages,
//! day headings, the "new messages" divider) as rows, and the window of them rendered.

use crate::store::Store;
use leptos::prelude::*;
use switchboard_core::log_window::LogWindow;
use switchboard_core::timeline::{appended_after, first_unread, rows, timeline, LogRow};
use switchboard_protocol::{ConversationId, MessageId};

/// The log's rows and window.
#[derive(Clone, Copy)]
pub struct LogRows {
    /// Which rows are rendered.
    pub window: RwSignal<LogWindow>,
    /// Whether the log follows the latest (the agent reads the bottom).
    pub stick: StoredValue<bool>,
    /// Every row of the loaded timeline.
    pub all_rows: Memo<Vec<LogRow>>,
    /// The rows in the window.
    pub shown: Memo<Vec<LogRow>>,
}

/// Derives the rows of conversation `id` (`offset`: the agent's UTC offset in minutes,
/// for day headings).
///
/// The rows memo also moves the window when rows are appended (so it keeps showing the
/// same rows, or takes the new ones in while it shows the end) and fixes the divider the
/// first time it can: bookkeeping of the derivation itself, kept beside it.
pub fn log_rows(state: Store, id: ConversationId, offset: i32) -> LogRows {
    // The divider marks what was unread when the conversation opened, and stays put while
    // the conversation is marked read.
    // Taken the first time the conversation's record is known (a cold link may open it
    // before the list has it), before marking it read can reset it.
    // A memo that keeps its first known value: derived, not copied by an Effect.
    let record = state.conversation(id);
    let unread_at_open = Memo::new(move |before: Option<&Option<u32>>| match before {
        Some(Some(n)) => Some(*n),
        _ => record.with(|c| c.as_ref().map(|c| c.unread_count)),
    });
    let divider = StoredValue::new(None::<Option<MessageId>>);
    let window = RwSignal::new(LogWindow::default());
    let stick = StoredValue::new(true);
    let last_row = StoredValue::new(None::<String>);
    // Derived again only when this conversation's history or pending messages change.
    let key = Memo::new(move |_| {
        state.inbox().with(|i| {
            let pending: Vec<String> = i
                .outbox
                .for_conversation(id)
                .map(|p| format!("{}{:?}", p.client_id, p.state))
                .collect();
            (i.logs.get(&id).map(|l| l.rev()), pending)
        })
    });
    let all_rows = Memo::new(move |_| {
        // Read, not only tracked: a memo nobody reads is never computed, so never changes.
        key.with(|_| ());
        let unread = unread_at_open.try_get().flatten();
        let built = state.inbox().with_untracked(|i| {
            let log = i.logs.get(&id);
            let first = match (divider.try_get_value().flatten(), log, unread) {
                (Some(d), _, _) => d,
                (None, Some(l), Some(n)) => {
                    let d = first_unread(l, n);
                    divider.try_set_value(Some(d));
                    d
                }
                _ => None,
            };
            rows(timeline(log, &i.outbox, id), offset, first)
        });
        // New rows at the end: the window keeps showing the same rows (or takes the new
        // ones in when it shows the end).
        // `try_`: a memo can be re-run by a last change while its log is being torn down.
        let last = last_row.try_get_value().flatten();
        let added = appended_after(&built, last.as_deref());
        if added > 0 {
            let follow = stick.try_get_value().unwrap_or(false);
            window.try_update_untracked(|w| w.appended(added, follow));
        }
        last_row.try_set_value(built.last().map(LogRow::identity));
        built
    });
    let shown = Memo::new(move |_| {
        let w = window.get();
        all_rows.with(|r| {
            let (start, end) = w.range(r.len());
            r[start..end].to_vec()
        })
    });
    LogRows {
        window,
        stick,
        all_rows,
        shown,
    }
}
