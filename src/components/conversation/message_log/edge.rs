//! The log's fixed parts around its rows: the slot at the top (load older messages, or
//! the start of the history), each row's view, and "Jump to latest" with its count.

use super::super::message_item::MessageItem;
use crate::format::day_heading;
use crate::i18n::{use_i18n, Count, Msg};
use leptos::prelude::*;
use switchboard_core::timeline::LogRow;

/// The slot at the top of the log.
///
/// One slot of fixed height, whatever it holds (the button, the start of the history, or
/// nothing while rows above are not rendered): its content changes with the rows and not
/// in the same render, so a change of height would move what the agent reads.
#[component]
pub fn LogEdge(
    /// Whether older messages can be loaded (the first loaded row is rendered and the
    /// server has more).
    has_more: impl Fn() -> bool + Send + Sync + 'static,
    /// Whether the first rendered row is the start of the history.
    at_history_start: impl Fn() -> bool + Send + Sync + 'static,
    /// Loads the older page.
    load_older: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="sb-log__edge">
            <Show
                when=has_more
                fallback=move || {
                    at_history_start()
                        .then(|| {
                            view! { <p class="sb-log__start">{i18n.tr(Msg::HistoryStart)}</p> }
                        })
                }
            >
                <button
                    type="button"
                    class="sb-button sb-button--ghost sb-log__older"
                    on:click=move |_| load_older.run(())
                >
                    {i18n.tr(Msg::LoadOlder)}
                </button>
            </Show>
        </div>
    }
}

/// One row of the log: a day heading, the "new messages" divider, or a message.
#[component]
pub fn LogRowView(
    /// The row.
    row: LogRow,
) -> impl IntoView {
    let i18n = use_i18n();
    match row {
        LogRow::Day(d, _) => view! {
            <h3 class="sb-log__day">
                <span>{move || day_heading(i18n.locale(), d)}</span>
            </h3>
        }
        .into_any(),
        LogRow::Unread => view! {
            <p class="sb-log__unread" role="separator">
                <span>{i18n.tr(Msg::NewMessages)}</span>
            </p>
        }
        .into_any(),
        LogRow::Item(item) => view! { <MessageItem item /> }.into_any(),
    }
}

/// "Jump to latest", with the count of the customer's messages that came since.
#[component]
pub fn JumpToLatest(
    /// How many new messages came since the agent scrolled away.
    new_count: impl Fn() -> usize + Send + Sync + 'static,
    /// Goes to the latest.
    on_jump: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button type="button" class="sb-button sb-log__jump" on:click=move |_| on_jump.run(())>
            {i18n.tr(Msg::JumpToLatest)}
            {move || {
                let n = new_count();
                (n > 0)
                    .then(|| {
                        view! { <span class="sb-badge">{i18n.count(Count::NewCount, n as u64)}</span> }
                    })
            }}
        </button>
    }
}
