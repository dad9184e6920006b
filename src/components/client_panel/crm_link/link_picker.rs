//! "Choose link": pick the lead, client or order this chat belongs to. The agent chooses
//! the record type, then searches (a combobox over a listbox: arrows move, Enter picks,
//! Escape gives up). The records offered come from `switchboard_core::crm_links::
//! candidates`: the contact's client record, records linked to other loaded chats, and the
//! typed id as a record of the chosen type.

use super::super::form_kit::refusal;
use crate::components::common::announce::announce;
use crate::i18n::{use_i18n, Msg};
use crate::store::{contacts, use_store, Command};
use leptos::prelude::*;
use switchboard_core::crm_links::{
    candidates, kind_from_key, kind_key, kind_msg, Candidate, KINDS,
};
use switchboard_protocol::{ConversationAction, ConversationId, CrmKind, CrmLink};

/// The picker, open while `picking` is on.
#[component]
pub fn LinkPicker(
    /// The open conversation.
    conversation: ConversationId,
    /// Its CRM link, live (the picker starts on its record type).
    link: Memo<Option<CrmLink>>,
    /// The picker is open; it turns this off when done.
    picking: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_store();
    let kind = RwSignal::new(link.with_untracked(|l| l.as_ref().map_or(CrmKind::Lead, |l| l.kind)));
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(0usize);
    let linking = Command::new();
    let found = Memo::new(move |_| {
        let (kind, q) = (kind.get(), query.get());
        state.inbox().with(|i| {
            let contact = i
                .conversations
                .get(conversation)
                .and_then(|c| i.details.contacts.get(&c.contact.id));
            let known = i.conversations.iter().filter_map(|c| c.crm_link.as_ref());
            candidates(kind, &q, known, contact)
        })
    });
    let close = move || {
        picking.set(false);
        crate::hooks::focus_selector_later("#sb-crm-link-choose");
    };
    let pick = move |link: CrmLink| {
        let locale = i18n.locale();
        let title = link.title.clone();
        let call =
            contacts::set_crm_link(state, conversation, ConversationAction::LinkCrm { link });
        linking.run(call, move |()| {
            announce(&locale.crm_linked_to(&title));
            if picking.try_set(false).is_none() {
                crate::hooks::focus_selector_later("#sb-crm-link-choose");
            }
        });
    };
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        let n = found.with(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if n > 0 => {
                ev.prevent_default();
                active.update(|a| *a = (*a + 1) % n);
            }
            "ArrowUp" if n > 0 => {
                ev.prevent_default();
                active.update(|a| *a = (*a + n - 1) % n);
            }
            "Enter" => {
                ev.prevent_default();
                if let Some(c) = found.with(|f| f.get(active.get_untracked()).cloned()) {
                    pick(c.link);
                }
            }
            "Escape" => {
                // Used here: the drawer around the panel stays open.
                ev.prevent_default();
                close();
            }
            _ => {}
        }
    };
    let option_id = |i: usize| format!("sb-crm-option-{i}");
    view! {
        <div class="sb-crm-picker" role="group" aria-label=i18n.tr(Msg::ChooseCrmLink)>
            <div class="sb-form__row">
                <label class="sb-form__label" for="sb-crm-kind">{i18n.tr(Msg::CrmRecordKind)}</label>
                <select
                    class="sb-select"
                    id="sb-crm-kind"
                    on:change=move |ev| {
                        if let Some(k) = kind_from_key(&event_target_value(&ev)) {
                            kind.set(k);
                            active.set(0);
                        }
                    }
                >
                    {KINDS
                        .into_iter()
                        .map(|k| view! {
                            <option value=kind_key(k) prop:selected=move || kind.get() == k>{move || i18n.t(kind_msg(k))}</option>
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="sb-form__row">
                <label class="sb-form__label" for="sb-crm-search">{i18n.tr(Msg::SearchCrmRecords)}</label>
                <input
                    class="sb-input"
                    id="sb-crm-search"
                    type="text"
                    autocomplete="off"
                    role="combobox"
                    aria-autocomplete="list"
                    aria-expanded="true"
                    aria-controls="sb-crm-results"
                    aria-activedescendant=move || (found.with(Vec::len) > 0).then(|| option_id(active.get()))
                    prop:value=move || query.get()
                    on:input=move |ev| {
                        query.set(event_target_value(&ev));
                        active.set(0);
                    }
                    on:keydown=keys
                    autofocus
                />
            </div>
            <ul class="sb-crm-picker__list" id="sb-crm-results" role="listbox" aria-label=i18n.tr(Msg::CrmRecords)>
                {move || found.get()
                    .into_iter()
                    .enumerate()
                    .map(|(n, Candidate { link: l, typed })| {
                        let text = if typed {
                            let (kind, id) = (l.kind, l.id.clone());
                            view! { {move || i18n.locale().crm_use_id(&id, &i18n.t(kind_msg(kind)))} }.into_any()
                        } else {
                            l.title.clone().into_any()
                        };
                        let link = l.clone();
                        view! {
                            <li
                                class="sb-crm-picker__option"
                                id=option_id(n)
                                role="option"
                                aria-selected=move || (active.get() == n).to_string()
                                on:mousedown=|ev| ev.prevent_default()
                                on:click=move |_| pick(link.clone())
                            >
                                {text}
                                {(!typed).then(|| view! { <span class="sb-crm-picker__id">{l.id.clone()}</span> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <Show when=move || found.with(Vec::is_empty)>
                <p class="sb-panel__muted">{i18n.tr(Msg::NoCrmRecords)}</p>
            </Show>
            {move || linking.refused().map(|e| refusal(i18n, &e)).map(|e| view! { <p class="sb-form__error" role="alert">{e}</p> })}
            <div class="sb-form__actions">
                <button type="button" class="sb-button sb-button--small" on:click=move |_| close()>
                    {i18n.tr(Msg::Cancel)}
                </button>
            </div>
        </div>
    }
}
