//! The mailbox chooser: All, Mine, Unassigned, Mentions (when the backend offers it); the
//! teams; my views and the views shared with me; Blocked contacts when the server offers it. Each entry shows its count under
//! the current filters. Which entries, in which groups, is decided by
//! `switchboard_core::mailbox_menu`; the choice is written to the URL.
//!
//! A native `<select>` with `<optgroup>`s: keyboard, screen reader and touch behaviour come
//! from the browser, and its accessible name stays "Mailbox" (UI-CONTRACT.md).

use crate::i18n::{use_i18n, Msg};
use crate::list_query::use_list_query;
use crate::store::use_store;
use leptos::prelude::*;
use switchboard_core::mailbox_menu::{menu, offers_blocked, Entry, Label, MenuInput, Section};
use switchboard_protocol::{AgentId, Capability, Mailbox};

/// The `select` named "Mailbox".
#[component]
pub fn MailboxMenu() -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let list = use_list_query();
    let current = Memo::new(move |_| list.query.with(|q| q.mailbox));
    // A new view starts without counts: keep the last answer about Blocked meanwhile, so
    // the entry does not vanish and come back at every change of filters.
    let blocked = Memo::new(move |prev: Option<&bool>| {
        state
            .inbox()
            .with(|i| i.list.counts().map(offers_blocked))
            .or(prev.copied())
            .unwrap_or(false)
    });
    let sections = Memo::new(move |_| {
        let current = current.get();
        let blocked = blocked.get();
        state.session.with(|s| {
            let teams = s.as_ref().map_or(&[][..], |s| s.teams.as_slice());
            let me = s.as_ref().map_or(AgentId(0), |s| s.agent.id);
            let mentions = s.as_ref().is_some_and(|s| s.offers(Capability::Mentions));
            state.inbox().with(|i| {
                menu(MenuInput {
                    teams,
                    views: &i.list.views,
                    me,
                    counts: i.list.counts(),
                    blocked,
                    mentions,
                    current,
                })
            })
        })
    });

    view! {
        <select
            class="sb-select sb-select--small"
            aria-label=i18n.tr(Msg::Mailbox)
            on:change=move |ev| {
                if let Ok(m) = Mailbox::parse(&event_target_value(&ev)) {
                    list.update(|q| q.mailbox = m);
                }
            }
        >
            // Keyed by the whole section: a changed count re-renders its group only.
            <For
                each=move || sections.get()
                key=Section::clone
                children=move |s| {
                    let options = s
                        .entries
                        .into_iter()
                        .map(|e| view! { <MailboxOption entry=e current /> })
                        .collect_view();
                    match s.group.title() {
                        Some(title) => {
                            view! { <optgroup label=move || i18n.t(title)>{options}</optgroup> }
                                .into_any()
                        }
                        None => options.into_any(),
                    }
                }
            />
        </select>
    }
}

/// One mailbox: "Sales (12)".
#[component]
fn MailboxOption(
    /// The mailbox, its name and count.
    entry: Entry,
    /// The mailbox the URL names (that option is selected).
    current: Memo<Mailbox>,
) -> impl IntoView {
    let i18n = use_i18n();
    let Entry {
        mailbox,
        label,
        count,
    } = entry;
    let text = move || {
        let name = match &label {
            Label::Msg(m) => i18n.t(*m).to_owned(),
            Label::Name(n) => n.clone(),
        };
        match count {
            Some(n) => format!("{name} ({n})"),
            None => name,
        }
    };
    // Each option says whether it is the chosen one, so the choice holds even when the
    // options arrive after the URL (views load after a reload on `mailbox=view:5`).
    view! {
        <option value=mailbox.to_string() prop:selected=move || current.get() == mailbox>
            {text}
        </option>
    }
}
