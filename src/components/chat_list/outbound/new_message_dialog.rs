//! The New message dialog: client, then channel, tags and message, then Send. The core
//! checks the form (`outbound_request`) and names what is missing; the server's answer
//! (`POST /outbound`) goes into the inbox and its conversation opens. A refusal keeps the
//! dialog as it was, with the server's words, and creates nothing.

use super::client_search::ClientSearch;
use super::draft::{refusal, Draft};
use super::file_pick::FilePick;
use super::message_fields::MessageFields;
use super::tag_picker::TagPicker;
use crate::components::common::ModalDialog;
use crate::hooks::use_go;
use crate::i18n::{use_i18n, I18n, Msg};
use crate::store::{outbound, use_store};
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::outbound_form::{outbound_request, OutboundProblem};
use switchboard_protocol::ClientMsgId;

/// The words for a form problem.
fn problem_text(i18n: I18n, p: OutboundProblem, draft: Draft) -> String {
    match p {
        OutboundProblem::NoRecipient => i18n.t(Msg::ErrOutboundNoClient).to_owned(),
        OutboundProblem::Blocked => i18n.t(Msg::ErrOutboundBlocked).to_owned(),
        OutboundProblem::NoChannel => i18n.t(Msg::ErrOutboundNoChannel).to_owned(),
        OutboundProblem::Unreachable => i18n.t(Msg::ErrOutboundUnreachable).to_owned(),
        OutboundProblem::OpenConversation(_) => i18n.t(Msg::ErrOutboundOpen).to_owned(),
        OutboundProblem::TagsRequired => i18n.t(Msg::ErrOutboundTags).to_owned(),
        OutboundProblem::NothingToSend => i18n.t(Msg::ErrOutboundEmpty).to_owned(),
        OutboundProblem::ParamMissing(n) => {
            let name = draft.template.with_untracked(|t| {
                t.as_ref()
                    .and_then(|t| t.params.get(n - 1).cloned())
                    .unwrap_or_else(|| n.to_string())
            });
            i18n.locale().err_outbound_param(&name)
        }
        OutboundProblem::TooLong(max) => i18n.locale().err_outbound_too_long(&max.to_string()),
    }
}

/// The dialog.
#[component]
pub fn NewMessageDialog(
    /// Whether it is open.
    open: RwSignal<bool>,
    /// The form (emptied by what opens the dialog).
    draft: Draft,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let go = StoredValue::new_local(use_go());
    let send = move || {
        if draft.sending.pending_untracked() || draft.uploading.get_untracked() > 0 {
            return;
        }
        let tags_required = state.session.with_untracked(|s| {
            s.as_ref()
                .is_some_and(|s| s.settings.tags_required_on_outbound)
        });
        let template = draft.template.get_untracked();
        let body = match outbound_request(
            &draft.snapshot(),
            template.as_ref(),
            tags_required,
            ClientMsgId(uuid::Uuid::now_v7().to_string()),
        ) {
            Ok(b) => b,
            Err(p) => {
                draft.problem.set(Some(p));
                return;
            }
        };
        draft.problem.set(None);
        draft.refused.set(None);
        spawn_local(async move {
            match draft.sending.call(outbound::start(state, body)).await {
                Some(Ok(id)) => {
                    _ = open.try_set(false);
                    if let Some(go) = go.try_get_value() {
                        go(&format!("/conversations/{id}"));
                    }
                }
                // Beside a failed upload or search, in the order they happened.
                Some(Err(e)) => _ = draft.refused.try_set(Some(refusal(i18n, &e))),
                None => {}
            }
        });
    };
    let open_link = move || match draft.problem.get() {
        Some(OutboundProblem::OpenConversation(id)) => Some(view! {
            <button
                type="button"
                class="sb-button sb-button--small"
                on:click=move |_| {
                    open.set(false);
                    if let Some(go) = go.try_get_value() {
                        go(&format!("/conversations/{id}"));
                    }
                }
            >
                {i18n.tr(Msg::OpenConversationLink)}
            </button>
        }),
        _ => None,
    };
    view! {
        <ModalDialog open labelledby="sb-outbound-title">
            <div class="sb-dialog__form sb-outbound">
                <h2 class="sb-dialog__title" id="sb-outbound-title">{i18n.tr(Msg::NewMessage)}</h2>
                <ClientSearch draft />
                <form
                    class="sb-outbound__message"
                    novalidate
                    on:submit=move |ev| {
                        ev.prevent_default();
                        send();
                    }
                >
                    <MessageFields draft />
                    <TagPicker draft />
                    <FilePick draft />
                    <p class="sb-dialog__problem" role="alert">
                        {move || draft.problem.get().map(|p| problem_text(i18n, p, draft)).or_else(|| draft.refused.get())}
                    </p>
                    {open_link}
                    <div class="sb-dialog__buttons">
                        <button type="button" class="sb-button" on:click=move |_| open.set(false)>
                            {i18n.tr(Msg::Cancel)}
                        </button>
                        <button
                            type="submit"
                            class="sb-button sb-button--primary"
                            disabled=move || { draft.sending.pending() || draft.uploading.get() > 0 }
                        >
                            {i18n.tr(Msg::Send)}
                        </button>
                    </div>
                </form>
            </div>
        </ModalDialog>
    }
}
