//! One property of a CRM group: its value with Copy; for an editable property, Edit (in
//! place, Save or Enter to keep, Cancel or Escape to drop) and, once the value differs
//! from what the CRM last sent, Restore. Email and phone are read-only (the server refuses
//! them too); a masked phone has no Copy.
//!
//! A save or restore shows the server's answer (the whole contact goes into
//! `Inbox::details`); a refusal shows the server's words and keeps the input.

use super::super::form_kit::{focus_later, refusal};
use super::copy_button::CopyButton;
use super::crm_property_edit::CrmPropertyEdit;
use crate::components::common::announce::announce;
use crate::i18n::{use_i18n, Msg};
use crate::store::{contacts, use_store, Command};
use leptos::prelude::*;
use switchboard_core::contact_rules::TEXT_MAX;
use switchboard_protocol::{Contact, CrmProperty};

/// The row of property `key` of CRM `system`.
#[component]
pub fn CrmPropertyRow(
    /// The contact, live from `Inbox::details`.
    contact: Memo<Option<Contact>>,
    /// The CRM's name.
    system: String,
    /// The property's key.
    key: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_store();
    let prop = {
        let (system, key) = (system.clone(), key.clone());
        Memo::new(move |_| {
            contact.with(|c| {
                let c = c.as_ref()?;
                let p = c
                    .crm
                    .iter()
                    .find(|g| g.system == system)?
                    .properties
                    .iter()
                    .find(|p| p.key == key)?;
                Some((p.clone(), c.phone_masked && p.key == "phone", c.id))
            })
        })
    };
    // The input's text while editing.
    let editing = RwSignal::new(None::<String>);
    let saving = Command::new();
    // The row's own words (a value too long), shown before the server's refusal.
    let said = RwSignal::new(None::<String>);
    let input_id = format!(
        "sb-crm-{}-{}",
        system.to_lowercase().replace(' ', "-"),
        key.to_lowercase()
    );
    // The Edit button, where focus goes back when the edit ends.
    let edit_id = format!("{input_id}-edit");
    let send = {
        let (system, key) = (system.clone(), key.clone());
        let edit_id = edit_id.clone();
        move |value: Option<String>| {
            let Some((_, _, contact_id)) = prop.get_untracked() else {
                return;
            };
            if value.as_ref().is_some_and(|v| v.chars().count() > TEXT_MAX) {
                said.set(Some(i18n.t(Msg::ErrTextLength).to_owned()));
                return;
            }
            let restoring = value.is_none();
            let locale = i18n.locale();
            let done_text = locale.t(if restoring {
                Msg::CrmValueRestored
            } else {
                Msg::CrmValueSaved
            });
            let (system, key, edit_id) = (system.clone(), key.clone(), edit_id.clone());
            said.set(None);
            let call = contacts::set_crm_property(state, contact_id, system, key, value);
            saving.run(call, move |_| {
                announce(done_text);
                if editing.try_set(None).is_none() && !restoring {
                    focus_later(edit_id);
                }
            });
        }
    };
    let send_edit = {
        let send = send.clone();
        move || {
            if let Some(v) = editing.get_untracked() {
                send(Some(v));
            }
        }
    };
    let cancel = move || {
        editing.set(None);
        said.set(None);
        saving.clear();
    };
    let focus_id_of = input_id.clone();
    let edit_button_id = edit_id.clone();
    let view_row = move |(p, masked, _): (CrmProperty, bool, switchboard_protocol::ContactId)| {
        let CrmProperty {
            label,
            value,
            original,
            editable,
            ..
        } = p;
        let (edit_label, restore_label) = (label.clone(), label.clone());
        let start = value.clone();
        let restore = send.clone();
        let focus_to = focus_id_of.clone();
        let button_id = edit_button_id.clone();
        view! {
            <span class="sb-contact__value">{value.clone()}</span>
            {(!masked && !value.is_empty()).then(|| view! { <CopyButton text=value.clone() label=label.clone() /> })}
            {editable.then(|| view! {
                <button
                    type="button"
                    id=button_id
                    class="sb-button sb-button--ghost sb-contact__tool"
                    aria-label=move || i18n.locale().edit_field(&edit_label)
                    on:click=move |_| {
                        editing.set(Some(start.clone()));
                        focus_later(focus_to.clone());
                    }
                >
                    {i18n.tr(Msg::Edit)}
                </button>
            })}
            {(editable && value != original).then(|| view! {
                <button
                    type="button"
                    class="sb-button sb-button--ghost sb-contact__tool"
                    aria-label=move || i18n.locale().restore_field(&restore_label)
                    disabled=move || saving.pending()
                    on:click=move |_| restore(None)
                >
                    {i18n.tr(Msg::RestoreShort)}
                </button>
            })}
            {(!editable).then(|| view! { <span class="sb-crm__readonly">{i18n.tr(Msg::ReadOnly)}</span> })}
        }
        .into_any()
    };
    let save = Callback::new(move |()| send_edit());
    let cancel = Callback::new(move |()| {
        cancel();
        focus_later(edit_id.clone());
    });
    // Only entering or leaving edit mode redraws the input (not each keystroke).
    let is_editing = Memo::new(move |_| editing.with(Option::is_some));
    let label = move || prop.with(|p| p.as_ref().map(|p| p.0.label.clone()));
    let body = move || {
        if is_editing.get() {
            let label = prop
                .with_untracked(|p| p.as_ref().map(|p| p.0.label.clone()))
                .unwrap_or_default();
            let id = input_id.clone();
            Some(view! { <CrmPropertyEdit id label editing saving save cancel /> }.into_any())
        } else {
            prop.get().map(&view_row)
        }
    };
    view! {
        <div class="sb-fields__row sb-crm__row">
            <dt>{label}</dt>
            <dd class="sb-contact__reach">
                {body}
                {move || said.get().or_else(|| saving.refused().map(|e| refusal(i18n, &e))).map(|e| view! { <p class="sb-form__error" role="alert">{e}</p> })}
            </dd>
        </div>
    }
}
