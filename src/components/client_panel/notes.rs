//! The "Notes" section: notes on the contact, newest first, each with its author and
//! time, and a form to add one.
//!
//! The list is loaded into `Inbox::details` when the section opens; `note_created` events
//! keep it current there.

mod note_form;

use super::form_kit::contact_of;
use crate::api;
use crate::format::full;
use crate::i18n::{use_i18n, Msg};
use crate::store::use_store;
use leptos::prelude::*;
use leptos::task::spawn_local;
use note_form::NoteForm;
use switchboard_core::agenda::notes;
use switchboard_protocol::ConversationId;

/// The "Notes" section.
#[component]
pub fn NotesSection(
    /// The open conversation (the notes are about its contact).
    conversation: ConversationId,
) -> impl IntoView {
    let state = use_store();
    let Some(contact) = contact_of(state, conversation) else {
        return ().into_any();
    };
    let i18n = use_i18n();
    let failed = RwSignal::new(None::<Msg>);
    spawn_local(async move {
        match api::notes(contact).await {
            Ok(n) => state.inbox.update(|i| i.details.load_notes(contact, n)),
            Err(e) => _ = failed.try_set(Some(e.msg())),
        }
    });
    let list = Memo::new(move |_| {
        state
            .inbox
            .with(|i| i.details.notes.get(&contact).map(|n| notes(n.values())))
    });
    view! {
        <section class="sb-panel__section sb-notes" aria-labelledby="sb-panel-notes">
            <h2 class="sb-panel__heading" id="sb-panel-notes">{i18n.tr(Msg::Notes)}</h2>
            {move || failed.get().map(|m| view! { <p class="sb-panel__error" role="alert">{move || i18n.t(m)}</p> })}
            <NoteForm contact />
            {move || list.get().map(|all| {
                if all.is_empty() {
                    return view! { <p class="sb-panel__muted">{i18n.tr(Msg::NoNotes)}</p> }.into_any();
                }
                view! {
                    <ul class="sb-notes__list" aria-label=i18n.tr(Msg::Notes)>
                        {all.into_iter().map(|n| {
                            let at = n.created_at;
                            view! {
                                <li class="sb-notes__item">
                                    <p class="sb-notes__text">{n.text.clone()}</p>
                                    <p class="sb-notes__meta">
                                        <span class="sb-notes__author">{n.author_name.clone()}</span>
                                        " · "
                                        <time datetime=at.to_rfc3339()>{move || full(i18n.locale(), at)}</time>
                                    </p>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            })}
        </section>
    }
    .into_any()
}
