//! The contact card in edit mode: the main fields, the responsible manager and the custom
//! fields, with Save and Cancel.
//!
//! Save checks the draft with the server's rules first (`ContactDraft::patch`): a bad
//! value is refused on the spot, with its message under the input, and nothing is sent.
//! A good draft sends only what changed; the server's answer then goes into
//! `Inbox::details` and is what the card shows. A refusal by the server shows its own
//! words and keeps everything the agent typed. Cancel (or Escape) drops the draft: the
//! card shows the contact as it is.

use super::super::form_kit::focus_later;
use super::custom_fields_group::CustomFieldsGroup;
use super::form_row::{InputKind, TextRow};
use super::form_state::{field_id, Form};
use super::responsible_select::ResponsibleSelect;
use crate::components::common::announce::announce;
use crate::i18n::{use_i18n, Msg};
use crate::store::{contacts, use_store};
use leptos::prelude::*;
use switchboard_core::contact_form::{is_empty, FormField};
use switchboard_protocol::{Contact, CustomFieldDef};

/// The edit form of the contact card.
#[component]
pub fn ContactForm(
    /// The contact, live from `Inbox::details` (the form starts from it as it is now).
    contact: Memo<Option<Contact>>,
    /// The custom field definitions.
    defs: RwSignal<Vec<CustomFieldDef>>,
    /// Edit mode; the form sets it off when it closes.
    editing: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_store();
    let Some(start) = contact.get_untracked() else {
        return ().into_any();
    };
    let id = start.id;
    let form = Form::new(&start);
    let close = move || {
        if editing.try_set(false).is_none() {
            crate::hooks::focus_selector_later("#sb-contact-edit");
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if form.saving.pending_untracked() {
            return;
        }
        let Some(before) = contact.get_untracked() else {
            return;
        };
        let checked = defs.with_untracked(|defs| {
            form.draft
                .with_untracked(|d| d.patch(&before, defs))
                .map_err(|found| {
                    let first = field_id(found[0].field, defs);
                    (found, first)
                })
        });
        form.saving.clear();
        match checked {
            Err((found, first)) => {
                form.problems.set(found);
                focus_later(first);
            }
            Ok(patch) if is_empty(&patch) => close(),
            Ok(patch) => {
                form.problems.set(Vec::new());
                let saved = i18n.locale().t(Msg::ContactSaved);
                let call = contacts::patch_contact(state, id, patch);
                form.saving.run(call, move |_| {
                    announce(saved);
                    close();
                });
            }
        }
    };
    let escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && !ev.default_prevented() {
            // Used here: the drawer around the panel stays open.
            ev.prevent_default();
            close();
        }
    };
    let (name, set_name) = form.text(FormField::Name, |d| &d.name, |d| &mut d.name);
    let (email, set_email) = form.text(FormField::Email, |d| &d.email, |d| &mut d.email);
    let (phone, set_phone) = form.text(FormField::Phone, |d| &d.phone, |d| &mut d.phone);
    let (country, set_country) = form.text(FormField::Country, |d| &d.country, |d| &mut d.country);
    let (tags, set_tags) = form.text(FormField::Tags, |d| &d.tags, |d| &mut d.tags);
    let masked = start.phone_masked;
    let phone_placeholder = start.phone.clone().filter(|_| masked);
    let label = move |m: Msg| Signal::derive(move || i18n.t(m).to_owned());
    view! {
        <form class="sb-contact__form" novalidate on:submit=submit on:keydown=escape>
            <TextRow id="sb-contact-name" label=label(Msg::Name) kind=InputKind::Text value=name set=set_name problem=form.problem(FormField::Name) />
            <TextRow id="sb-contact-email" label=label(Msg::Email) kind=InputKind::Email value=email set=set_email problem=form.problem(FormField::Email) />
            <TextRow
                id="sb-contact-phone"
                label=label(Msg::Phone)
                kind=InputKind::Tel
                value=phone
                set=set_phone
                hint=masked.then_some(Msg::PhoneHiddenHint)
                placeholder=phone_placeholder
                problem=form.problem(FormField::Phone)
            />
            <TextRow id="sb-contact-country" label=label(Msg::Country) kind=InputKind::Text value=country set=set_country hint=Some(Msg::CountryHint) problem=form.problem(FormField::Country) />
            <TextRow id="sb-contact-tags" label=label(Msg::Tags) kind=InputKind::Text value=tags set=set_tags hint=Some(Msg::TagsHint) problem=form.problem(FormField::Tags) />
            <ResponsibleSelect draft=form.draft />
            <CustomFieldsGroup form defs />
            {move || form.problems.with(|p| !p.is_empty()).then(|| view! {
                <p class="sb-form__error sb-form__summary" role="alert">{i18n.tr(Msg::ContactCheckFields)}</p>
            })}
            {move || form.saving.refused().map(|e| (e.msg(), e.detail().map(str::to_owned))).map(|(msg, detail)| view! {
                <div class="sb-form__error sb-form__summary" role="alert">
                    <p>{i18n.tr(Msg::ContactNotSaved)} " " {move || i18n.t(msg)}</p>
                    {detail.map(|d| view! { <p class="sb-form__detail">{d}</p> })}
                </div>
            })}
            <div class="sb-form__actions">
                <button type="submit" class="sb-button sb-button--primary" disabled=move || form.saving.pending()>
                    {move || i18n.t(if form.saving.pending() { Msg::ContactSaving } else { Msg::ContactSave })}
                </button>
                <button type="button" class="sb-button" on:click=move |_| close()>
                    {i18n.tr(Msg::Cancel)}
                </button>
            </div>
        </form>
    }
    .into_any()
}
