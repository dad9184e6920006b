//! `New message`: writing first. A button in the chat list's header opens a dialog to
//! find a client (name, phone, email, external id or messenger username) or create one by
//! phone or email, choose the channel and the thread's tags (required when the workspace
//! says so), and send a text, files or a template. The new conversation then opens.
//!
//! The form's rules are the core's (`switchboard_core::outbound_form`), the server's
//! refusal is shown as it comes; nothing is created until the agent sends.

mod client_search;
mod draft;
mod file_pick;
mod message_fields;
mod new_message_dialog;
mod tag_picker;

use crate::i18n::{use_i18n, Msg};
use draft::Draft;
use leptos::prelude::*;
use new_message_dialog::NewMessageDialog;

/// The "New message" button and its dialog.
#[component]
pub fn NewMessageButton() -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let draft = Draft::new();
    // The host page's `open.contact` for a client without an open conversation: the form
    // opens with the client searched for.
    let store = crate::store::use_store();
    Effect::new(move || {
        if let Some(q) = store.ask_new_message.get() {
            store.ask_new_message.set(None);
            draft.reset();
            draft.search.prefill.set(Some(q));
            open.set(true);
        }
    });
    view! {
        // An icon button (the list's header is narrow): its name is the label and the
        // tooltip.
        <button
            type="button"
            class="sb-button sb-button--small sb-button--primary sb-outbound__open"
            aria-haspopup="dialog"
            aria-label=i18n.tr(Msg::NewMessage)
            title=i18n.tr(Msg::NewMessage)
            on:click=move |_| {
                // A fresh form for each opening.
                draft.reset();
                open.set(true);
            }
        >
            <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
                <path
                    d="M4 14.5V17h2.5l7.4-7.4-2.5-2.5L4 14.5Zm11.8-6.8a.7.7 0 0 0 0-1L14.3 5.2a.7.7 0 0 0-1 0l-1.2 1.2 2.5 2.5 1.2-1.2Z"
                    fill="currentColor"
                />
            </svg>
        </button>
        <NewMessageDialog open draft />
    }
}
