//! The filter block (shown and hidden by the Filters button) and the chips of the active
//! filters, which stay visible and remove their filter with one click; beside them, saving
//! the filters as a custom view and deleting the one on screen.

mod delete_view;
mod save_view;

use crate::i18n::{use_i18n, Msg};
use crate::list_query::use_list_query;
use crate::store::use_store;
use delete_view::DeleteView;
use leptos::prelude::*;
use save_view::SaveView;
use switchboard_core::list_view::{chips, remove, toggle, Chip};
use switchboard_core::row_label::{channel_msg, status_msg};
use switchboard_protocol::{Channel, ConversationStatus};

/// The Filters button, the block it opens, and the chips.
#[component]
pub fn FilterPanel() -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let list = use_list_query();
    let open = RwSignal::new(false);
    let agents = move || {
        state
            .session
            .with(|s| s.as_ref().map(|s| s.agents.clone()).unwrap_or_default())
    };
    // The workspace's tags, else the tags the loaded conversations carry; worked out only
    // while the block is open, and again only when conversations change (not on every
    // inbox change: a page of 50 arriving would otherwise rebuild every checkbox).
    let tags = Memo::new(move |_| {
        if !open.get() {
            return Vec::new();
        }
        let from_settings = state.session.with(|s| {
            s.as_ref()
                .map(|s| s.settings.tags.clone())
                .unwrap_or_default()
        });
        if !from_settings.is_empty() {
            return from_settings;
        }
        let mut t: Vec<String> = state.inbox().with(|i| {
            i.conversations
                .iter()
                .flat_map(|c| c.tags.iter().cloned())
                .collect()
        });
        t.sort();
        t.dedup();
        t
    });
    let label = move |chip: &Chip| -> String {
        match chip {
            Chip::Channel(c) => i18n.t(channel_msg(*c)).to_owned(),
            Chip::Status(s) => i18n.t(status_msg(*s)).to_owned(),
            Chip::Operator(a) => agents()
                .into_iter()
                .find(|x| x.id == *a)
                .map_or_else(|| format!("#{a}"), |x| x.name),
            Chip::Tag(t) => format!("#{t}"),
            Chip::Archived => i18n.t(Msg::Archived).to_owned(),
        }
    };
    let check = move |name: String, checked: Signal<bool>, on: Box<dyn Fn() + Send + Sync>| {
        view! {
            <label class="sb-filters__option">
                <input type="checkbox" prop:checked=move || checked.get() on:change=move |_| on() />
                {name}
            </label>
        }
    };

    view! {
        <div class="sb-filters">
            <button
                type="button"
                class="sb-button sb-button--small"
                aria-expanded=move || open.get().to_string()
                aria-controls="sb-filter-block"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {i18n.tr(Msg::Filters)}
            </button>
            <Show when=move || state.offers(switchboard_protocol::Capability::Views)>
                <SaveView />
                <DeleteView />
            </Show>
            <ul class="sb-chips" aria-label=i18n.tr(Msg::ActiveFilters)>
                {move || {
                    list.query.with(|q| chips(&q.filter)).into_iter().map(|chip| {
                        let name = label(&chip);
                        let aria = format!("{}: {name}", i18n.t(Msg::RemoveFilter));
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="sb-chip"
                                    aria-label=aria
                                    on:click=move |_| list.update(|q| remove(&mut q.filter, &chip))
                                >
                                    {name}
                                    <span aria-hidden="true">" ×"</span>
                                </button>
                            </li>
                        }
                    }).collect_view()
                }}
            </ul>
            <div id="sb-filter-block" class="sb-filters__block" role="group" aria-label=i18n.tr(Msg::Filters) hidden=move || !open.get()>
                <fieldset class="sb-filters__set">
                    <legend>{i18n.tr(Msg::FilterChannels)}</legend>
                    {Channel::ALL.into_iter().map(|c| {
                        let checked = Signal::derive(move || list.query.with(|q| q.filter.channels.contains(&c)));
                        check(i18n.t(channel_msg(c)).to_owned(), checked, Box::new(move || list.update(|q| toggle(&mut q.filter.channels, c))))
                    }).collect_view()}
                </fieldset>
                <fieldset class="sb-filters__set">
                    <legend>{i18n.tr(Msg::FilterStatuses)}</legend>
                    {[ConversationStatus::Open, ConversationStatus::InProgress, ConversationStatus::Closed, ConversationStatus::Snoozed].into_iter().map(|s| {
                        let checked = Signal::derive(move || list.query.with(|q| q.filter.status.contains(&s)));
                        check(i18n.t(status_msg(s)).to_owned(), checked, Box::new(move || list.update(|q| toggle(&mut q.filter.status, s))))
                    }).collect_view()}
                </fieldset>
                <fieldset class="sb-filters__set">
                    <legend>{i18n.tr(Msg::FilterOperators)}</legend>
                    {move || agents().into_iter().map(|a| {
                        let id = a.id;
                        let checked = Signal::derive(move || list.query.with(|q| q.filter.operators.contains(&id)));
                        check(a.name, checked, Box::new(move || list.update(|q| toggle(&mut q.filter.operators, id))))
                    }).collect_view()}
                </fieldset>
                <fieldset class="sb-filters__set">
                    <legend>{i18n.tr(Msg::FilterTags)}</legend>
                    {move || tags.get().into_iter().map(|t| {
                        let key = t.clone();
                        let checked = Signal::derive(move || list.query.with(|q| q.filter.tags.contains(&key)));
                        let tag = t.clone();
                        check(format!("#{t}"), checked, Box::new(move || list.update(|q| toggle(&mut q.filter.tags, tag.clone()))))
                    }).collect_view()}
                </fieldset>
                <label class="sb-filters__option">
                    <input
                        type="checkbox"
                        role="switch"
                        prop:checked=move || list.query.with(|q| q.filter.archived)
                        on:change=move |_| list.update(|q| q.filter.archived = !q.filter.archived)
                    />
                    {i18n.tr(Msg::Archived)}
                </label>
            </div>
        </div>
    }
}
