//! A message this agent sent that the server has not confirmed: sending, queued for the
//! network, or refused (with `Retry`, `Edit` and `Delete`). It shows its quote and the
//! names of its files, as the confirmed message will.

use super::reply_quote::ReplyQuote;
use crate::components::common::compose::use_compose_requests;
use crate::i18n::{use_i18n, Msg};
use crate::store::outbox;
use crate::store::use_store;
use leptos::prelude::*;
use switchboard_core::drafts::Draft;
use switchboard_core::{OutboxState, PendingMessage};
use switchboard_protocol::Visibility;

/// An `article` carrying `data-client-id` until the server confirms it.
#[component]
pub fn PendingItem(
    /// The pending message.
    pending: PendingMessage,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let p = pending;
    let (status, failed_reason) = match &p.state {
        OutboxState::Sending => ("pending", None),
        OutboxState::Queued { .. } => ("pending", None),
        OutboxState::Failed { reason, code } => ("failed", Some((*code, reason.clone()))),
        OutboxState::Editing => ("editing", None),
    };
    let editing = p.state == OutboxState::Editing;
    let queued = matches!(p.state, OutboxState::Queued { .. });
    let note = p.visibility == Visibility::Internal;
    let id = p.client_id.clone();
    let retry = {
        let id = id.clone();
        move |_| outbox::retry(state, &id)
    };
    let compose = use_compose_requests();
    let edit = {
        let id = id.clone();
        move |_| {
            // Back into the editor of its conversation and mode; out of the outbox (or
            // kept in its place while later messages wait for it) once the draft holds it.
            let Some(p) = state.inbox().with_untracked(|i| i.outbox.get(&id).cloned()) else {
                return;
            };
            state
                .drafts
                .update(|d| d.restore(p.conversation_id, p.visibility, Draft::from_pending(&p)));
            _ = outbox::take_back(state, &id);
            compose.show_draft.run(p.visibility);
        }
    };
    // Waiting behind a refused message of the conversation (derived: it changes when that
    // one is resolved, not when this one does).
    let held = {
        let id = id.clone();
        Memo::new(move |_| state.inbox().with(|i| i.outbox.held(&id)))
    };
    let data_status = move || if held.get() { "held" } else { status };
    let delete = move |_| outbox::delete(state, &id);
    let quote = p
        .reply_to
        .clone()
        .map(|quote| view! { <ReplyQuote quote conversation=p.conversation_id /> });
    let files = (!p.files.is_empty()).then(|| {
        let names = p
            .files
            .iter()
            .map(|f| view! { <li>{f.name.clone()}</li> })
            .collect_view();
        view! { <ul class="sb-message__pending-files">{names}</ul> }
    });
    view! {
        <article
            class="sb-message sb-message--out sb-message--pending"
            class:sb-message--note=note
            data-client-id=p.client_id.to_string()
            data-status=data_status
        >
            {note.then(|| view! { <p class="sb-message__label">{i18n.tr(Msg::InternalNote)}</p> })}
            {quote}
            {(!p.text.is_empty()).then(|| view! { <p class="sb-message__text">{p.text.clone()}</p> })}
            {files}
            <footer class="sb-message__meta">
                {match failed_reason {
                    None if editing => {
                        view! {
                            <span class="sb-message__state">{i18n.tr(Msg::OutboxEditing)}</span>
                            <button type="button" class="sb-button sb-button--small sb-button--ghost" on:click=delete>
                                {i18n.tr(Msg::OutboxDiscard)}
                            </button>
                        }
                            .into_any()
                    }
                    None => {
                        view! {
                            <span class="sb-message__state" title=move || queued.then(|| i18n.t(Msg::Queued))>
                                {move || i18n.t(if held.get() { Msg::OutboxHeld } else { Msg::Sending })}
                            </span>
                        }
                            .into_any()
                    }
                    Some((code, reason)) => {
                        // The headline in the agent's language; the server's own words
                        // (English, for whoever runs it) under it.
                        let headline = code.map(crate::api::code_msg);
                        let detail = (!reason.is_empty()).then(|| view! {
                            <span class="sb-message__detail">{reason.clone()}</span>
                        });
                        view! {
                            <span class="sb-message__state sb-message__state--failed">
                                {i18n.tr(Msg::NotSent)}
                                {move || headline.map(|m| format!(": {}", i18n.t(m)))}
                                {headline.is_none().then(|| format!(": {reason}"))}
                            </span>
                            {headline.is_some().then_some(detail).flatten()}
                            <button type="button" class="sb-button sb-button--small" on:click=retry>
                                {i18n.tr(Msg::Retry)}
                            </button>
                            <button type="button" class="sb-button sb-button--small" on:click=edit>
                                {i18n.tr(Msg::Edit)}
                            </button>
                            <button type="button" class="sb-button sb-button--small sb-button--ghost" on:click=delete>
                                {i18n.tr(Msg::Delete)}
                            </button>
                        }
                            .into_any()
                    }
                }}
            </footer>
        </article>
    }
}
