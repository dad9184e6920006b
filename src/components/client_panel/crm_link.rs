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

use crate::api;
use crate::components::common::announce::announce;
use crate::i18n::{use_i18n, Locale, Msg};
use crate::store::{use_store, Store};
use leptos::prelude::*;
use leptos::task::spawn_local;
use link_picker::LinkPicker;
use open_links::OpenLinks;
use switchboard_core::crm_links::kind_msg;
use switchboard_protocol::{ConversationAction, ConversationId};

/// Runs a link action; the inbox takes the answer. On failure, the agent's reason.
async fn run(
    state: Store,
    locale: Locale,
    id: ConversationId,
    action: ConversationAction,
) -> Result<(), String> {
    match api::act(id, &action).await {
        Ok(Some(c)) => {
            state.inbox.update(|i| i.upsert_conversation(c));
            Ok(())
        }
        // Gone meanwhile (deleted): it leaves the inbox by its own event.
        Ok(None) => Ok(()),
        Err(e) => Err(match e.detail() {
            Some(d) => format!("{} {d}", locale.t(e.msg())),
            None => locale.t(e.msg()).to_owned(),
        }),
    }
}

/// The "CRM record" section of conversation `conversation`.
#[component]
pub fn CrmLinkSection(
    /// The open conversation.
    conversation: ConversationId,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_store();
    let link = Memo::new(move |_| {
        state.inbox.with(|i| {
            i.conversations
                .get(conversation)
                .and_then(|c| c.crm_link.clone())
        })
    });
    let picking = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let unlink = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        let locale = i18n.locale();
        spawn_local(async move {
            match run(state, locale, conversation, ConversationAction::UnlinkCrm).await {
                Ok(()) => announce(locale.t(Msg::CrmUnlinked)),
                Err(e) => _ = error.try_set(Some(e)),
            }
            _ = busy.try_set(false);
        });
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
                            <button type="button" class="sb-button sb-button--small" disabled=move || busy.get() on:click=unlink>
                                {i18n.tr(Msg::RemoveCrmLink)}
                            </button>
                        </Show>
                    </div>
                }
            >
                <LinkPicker conversation picking />
            </Show>
            {move || error.get().map(|e| view! { <p class="sb-form__error" role="alert">{e}</p> })}
        </section>
    }
}
