//! The "Contact" section: the customer's card (the seeds' contact block: name, messenger
//! ids, source and ad attribution, country, channels, created date, sales, responsible
//! manager, tags, custom fields), edited in place, and the external CRM property groups.
//!
//! The card always shows the contact as `Inbox::details` has it: the loader's detail, then
//! the server's answer to a save and `contact_updated` events. The edit form keeps its own
//! draft, so an update arriving while the agent types does not wipe the input.

mod card_fields;
mod contact_card;
mod contact_form;
mod copy_button;
mod crm_groups;
mod crm_property;
mod crm_property_edit;
mod custom_fields_group;
mod custom_input;
mod custom_values;
mod form_row;
mod form_state;
mod reach_rows;
mod responsible_select;

use crate::i18n::{use_i18n, Msg};
use crate::store::{contacts, use_store};
use contact_card::ContactCard;
use contact_form::ContactForm;
use crm_groups::CrmGroups;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_protocol::{Capability, ContactId, CustomFieldDef};

/// The id of the "Edit contact" button, where focus goes back after the form closes
/// (`contact_form` focuses `#sb-contact-edit`).
const EDIT_BUTTON_ID: &str = "sb-contact-edit";

/// The "Contact" section of contact `id`.
#[component]
pub fn ContactSection(
    /// The contact shown (its card is in `Inbox::details`).
    id: ContactId,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let contact = contacts::contact(state, id);
    // The workspace's custom fields: without them the values cannot be labelled or
    // edited, so they are simply not shown until the definitions come.
    let defs = RwSignal::new(Vec::<CustomFieldDef>::new());
    spawn_local(async move {
        match contacts::custom_fields(state).await {
            Ok(d) => _ = defs.try_set(d),
            Err(e) => state.warn(e.msg(), e.detail().map(str::to_owned)),
        }
    });
    let editing = RwSignal::new(false);
    view! {
        <section class="sb-panel__section sb-contact" aria-labelledby="sb-panel-contact">
            <div class="sb-contact__head">
                <h2 class="sb-panel__heading" id="sb-panel-contact">{i18n.tr(Msg::Contact)}</h2>
                <Show when=move || !editing.get()>
                    <button
                        type="button"
                        id=EDIT_BUTTON_ID
                        class="sb-button sb-button--ghost sb-contact__edit"
                        on:click=move |_| editing.set(true)
                    >
                        {i18n.tr(Msg::EditContact)}
                    </button>
                </Show>
            </div>
            {move || {
                if editing.get() {
                    view! { <ContactForm contact defs editing /> }.into_any()
                } else {
                    view! { <ContactCard contact defs /> }.into_any()
                }
            }}
            <Show when=move || state.offers(Capability::Crm)>
                <CrmGroups contact />
            </Show>
        </section>
    }
}
