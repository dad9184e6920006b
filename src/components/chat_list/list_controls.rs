//! The list's controls: mailbox, status tabs with counts, the Unanswered toggle and the
//! sort. Each writes the URL query; the list derives from it.

mod mailbox_menu;

use crate::i18n::{use_i18n, Msg};
use crate::list_query::use_list_query;
use crate::store::use_store;
use leptos::prelude::*;
use mailbox_menu::MailboxMenu;
use switchboard_core::list_view::TabCounts;
use switchboard_protocol::{ConversationStatus as St, Sort};

/// The status tabs, in order (`None`: All).
const TABS: [(Option<St>, Msg); 5] = [
    (None, Msg::TabAll),
    (Some(St::Open), Msg::StatusOpen),
    (Some(St::InProgress), Msg::StatusInProgress),
    (Some(St::Closed), Msg::StatusClosed),
    (Some(St::Snoozed), Msg::StatusSnoozed),
];

/// The tab a query shows: its only status, or All.
fn current_tab(status: &[St]) -> Option<St> {
    match status {
        [one] => Some(*one),
        _ => None,
    }
}

/// How a sort is worded under a tab ("Longest open" under Open).
fn sort_label(sort: Sort, tab: Option<St>) -> Msg {
    use Msg::{
        SortLongestAny, SortLongestClosed, SortLongestInProgress, SortLongestOpen,
        SortLongestSnoozed, SortNewest, SortOldest, SortShortestAny, SortShortestClosed,
        SortShortestInProgress, SortShortestOpen, SortShortestSnoozed,
    };
    match (sort, tab) {
        (Sort::Newest, _) => SortNewest,
        (Sort::Oldest, _) => SortOldest,
        (Sort::Longest, Some(St::Open)) => SortLongestOpen,
        (Sort::Shortest, Some(St::Open)) => SortShortestOpen,
        (Sort::Longest, Some(St::InProgress)) => SortLongestInProgress,
        (Sort::Shortest, Some(St::InProgress)) => SortShortestInProgress,
        (Sort::Longest, Some(St::Closed)) => SortLongestClosed,
        (Sort::Shortest, Some(St::Closed)) => SortShortestClosed,
        (Sort::Longest, Some(St::Snoozed)) => SortLongestSnoozed,
        (Sort::Shortest, Some(St::Snoozed)) => SortShortestSnoozed,
        (Sort::Longest, _) => SortLongestAny,
        (Sort::Shortest, _) => SortShortestAny,
    }
}

/// Mailbox chooser, tabs, Unanswered and Sort.
#[component]
pub fn ListControls() -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let list = use_list_query();
    let tab = Memo::new(move |_| list.query.with(|q| current_tab(&q.filter.status)));
    // The server's counts, moved by live events (none shown until they arrive).
    let counts = Memo::new(move |_| state.inbox().with(|i| i.list.counts().map(TabCounts::from)));
    let unanswered = Memo::new(move |_| list.query.with(|q| q.filter.unanswered));

    view! {
        <div class="sb-controls">
            <div class="sb-controls__row">
                <MailboxMenu />
                <button
                    type="button"
                    class="sb-toggle"
                    aria-pressed=move || unanswered.get().to_string()
                    title=move || unanswered.get().then(|| i18n.t(Msg::ClearUnanswered))
                    on:click=move |_| list.update(|q| q.filter.unanswered = !q.filter.unanswered)
                >
                    {i18n.tr(Msg::Unanswered)}
                    <Show when=move || unanswered.get()>
                        <span class="sb-toggle__clear" aria-hidden="true">"×"</span>
                    </Show>
                </button>
                <select
                    class="sb-select sb-select--small sb-controls__sort"
                    aria-label=i18n.tr(Msg::Sort)
                    prop:value=move || list.query.with(|q| q.sort.as_str())
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(s) = Sort::ALL.into_iter().find(|s| s.as_str() == v) {
                            list.update(|q| q.sort = s);
                        }
                    }
                >
                    {Sort::ALL
                        .into_iter()
                        .map(|s| view! { <option value=s.as_str()>{move || i18n.t(sort_label(s, tab.get()))}</option> })
                        .collect_view()}
                </select>
            </div>
            <div class="sb-tabs" role="tablist" aria-label=i18n.tr(Msg::StatusTabs)>
                {TABS
                    .into_iter()
                    .map(|(status, label)| view! { <StatusTab status label tab counts /> })
                    .collect_view()}
            </div>
        </div>
    }
}

/// One status tab: its name is the status; its count is shown beside it.
#[component]
fn StatusTab(
    /// The status it shows (`None`: All).
    status: Option<St>,
    /// Its name.
    label: Msg,
    /// The current tab.
    tab: Memo<Option<St>>,
    /// Counts per tab (`None`: not loaded yet).
    counts: Memo<Option<TabCounts>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let list = use_list_query();
    let selected = move || tab.get() == status;
    view! {
        <button
            type="button"
            role="tab"
            class="sb-tabs__tab"
            aria-selected=move || selected().to_string()
            tabindex=move || if selected() { "0" } else { "-1" }
            on:click=move |_| list.update(|q| q.filter.status = status.into_iter().collect())
        >
            <span class="sb-tabs__label">{move || i18n.t(label)}</span>
            <span class="sb-tabs__count" aria-hidden="true">{move || counts.get().map(|c| c.of(status))}</span>
        </button>
    }
}
