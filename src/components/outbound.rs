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
use leptos::prelude::*;
use new_message_dialog::NewMessageDialog;

/// The "New message" button and its dialog.
#[component]
pub fn NewMessageButton() -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    view! {
        <button
            type="button"
            class="sb-button sb-button--small sb-button--primary sb-outbound__open"
            aria-haspopup="dialog"
            on:click=move |_| open.set(true)
        >
            {move || i18n.t(Msg::NewMessage)}
        </button>
        <NewMessageDialog open />
    }
}
