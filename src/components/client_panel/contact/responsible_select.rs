//! The form's "Responsible manager" choice: nobody, or one of the workspace's agents.

use crate::i18n::{use_i18n, Msg};
use crate::store::use_store;
use leptos::prelude::*;
use switchboard_core::contact_form::ContactDraft;
use switchboard_protocol::AgentId;

/// The responsible manager select of the contact form.
#[component]
pub fn ResponsibleSelect(
    /// The form's draft.
    draft: RwSignal<ContactDraft>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_store();
    let agents = move || {
        state.session.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.agents
                        .iter()
                        .map(|a| (a.id, a.name.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let responsible = move || draft.with(|d| d.responsible);
    view! {
        <div class="sb-form__row">
            <label class="sb-form__label" for="sb-contact-responsible">{i18n.tr(Msg::ResponsibleManager)}</label>
            <select
                class="sb-select"
                id="sb-contact-responsible"
                on:change=move |ev| {
                    let v = event_target_value(&ev).parse::<i64>().ok().filter(|v| *v > 0);
                    draft.update(|d| d.responsible = v.map(AgentId));
                }
            >
                // Each option says whether it is chosen: a select's value set before its
                // options exist would be lost.
                <option value="0" prop:selected=move || responsible().is_none()>{i18n.tr(Msg::Nobody)}</option>
                {move || agents()
                    .into_iter()
                    .map(|(aid, n)| view! {
                        <option value=aid.to_string() prop:selected=move || responsible() == Some(aid)>{n}</option>
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
