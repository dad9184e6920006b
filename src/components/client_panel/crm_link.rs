//! The "CRM record" section: which lead, client or order this chat belongs to (the seeds'
//! "Choose link"), and links that open the contact and the linked record in the host CRM
//! (the workspace's URL templates).
//!
//! The link travels on the conversation record (`crm_link`), so it shows from the list
//! and its events; a change goes through the `link_crm` / `unlink_crm` actions and the
//! record in the server's answer is what then shows. Nothing changes before the server
//! says so.

mod link_picker;
mod open_links;

use super::form_kit::refusal;
use crate::components::common::announce::announce;
use crate::i18n::{use_i18n, Msg};
use crate::store::{contacts, use_store, Command};
use leptos::prelude::*;
use link_picker::LinkPicker;
use open_links::OpenLinks;
use switchboard_core::crm_links::kind_msg;
use switchboard_protocol::{ConversationAction, ConversationId};

/// The "CRM record" section of conversation `conversation`.
#[component]
pub fn CrmLinkSection(
    /// The open conversation.
    conversation: ConversationId,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_store();
    let link = Memo::new(move |_| {
        state.inbox().with(|i| {
            i.conversations
                .get(conversation)
                .and_then(|c| c.crm_link.clone())
        })
    });
    let picking = RwSignal::new(false);
    let unlinking = Command::new();
    let unlink = move |_| {
        let locale = i18n.locale();
        let call = contacts::set_crm_link(state, conversation, ConversationAction::UnlinkCrm);
        unlinking.run(call, move |()| announce(locale.t(Msg::CrmUnlinked)));
    };
    let choose_label = move || {
        i18n.t(if link.with(Option::is_some) {
            Msg::ChangeCrmLink
        } else {
            Msg::ChooseCrmLink
        })
    };
    view! {
        <section class="sb-panel__section sb-crm-link" aria-labelledby="sb-panel-crm-link">
            <h2 class="sb-panel__heading" id="sb-panel-crm-link">{i18n.tr(Msg::CrmRecord)}</h2>
            {move || match link.get() {
                None => view! { <p class="sb-panel__muted">{i18n.tr(Msg::NoCrmLink)}</p> }.into_any(),
                Some(l) => view! {
                    <p class="sb-crm-link__current">
                        <span class="sb-crm-link__kind">{move || i18n.t(kind_msg(l.kind))}</span>
                        " "
                        <span class="sb-crm-link__title">{l.title.clone()}</span>
                    </p>
                }
                .into_any(),
            }}
            <OpenLinks conversation link />
            <Show
                when=move || picking.get()
                fallback=move || view! {
                    <div class="sb-crm-link__actions">
                        <button type="button" class="sb-button sb-button--small" id="sb-crm-link-choose" on:click=move |_| picking.set(true)>
                            {choose_label}
                        </button>
                        <Show when=move || link.with(Option::is_some)>
                            <button type="button" class="sb-button sb-button--small" disabled=move || unlinking.pending() on:click=unlink>
                                {i18n.tr(Msg::RemoveCrmLink)}
                            </button>
                        </Show>
                    </div>
                }
            >
                <LinkPicker conversation link picking />
            </Show>
            {move || unlinking.refused().map(|e| refusal(i18n, &e)).map(|e| view! { <p class="sb-form__error" role="alert">{e}</p> })}
        </section>
    }
}
