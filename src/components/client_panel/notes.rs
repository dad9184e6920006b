//! The "Notes" section: notes on the contact, newest first, each with its author and
//! time, and a form to add one.
//!
//! The list is loaded into `Inbox::details` when the section opens; `note_created` events
//! keep it current there.

mod note_form;

use crate::format::full;
use crate::i18n::{use_i18n, Msg};
use crate::store::{panel, use_store};
use leptos::prelude::*;
use leptos::task::spawn_local;
use note_form::NoteForm;
use switchboard_core::agenda::notes;
use switchboard_protocol::ContactId;

/// The "Notes" section.
#[component]
pub fn NotesSection(
    /// The open conversation's contact (the notes are about it).
    contact: ContactId,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let failed = RwSignal::new(None::<Msg>);
    spawn_local(async move {
        if let Err(e) = panel::load_notes(state, contact).await {
            _ = failed.try_set(Some(e.msg()));
        }
    });
    let list = Memo::new(move |_| {
        state
            .inbox()
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
}
