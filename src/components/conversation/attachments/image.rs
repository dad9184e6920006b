//! A picture: a thumbnail button that opens it in the lightbox.

use super::lightbox::Lightbox;
use crate::i18n::{use_i18n, Msg};
use leptos::html::Dialog;
use leptos::prelude::*;
use switchboard_core::file_name::display_name;
use switchboard_protocol::Attachment;

/// A thumbnail named "Open picture: <file name>".
#[component]
pub fn ImageAttachment(
    /// The picture.
    file: Attachment,
) -> impl IntoView {
    let i18n = use_i18n();
    let dialog = NodeRef::<Dialog>::new();
    let label = {
        let name = display_name(&file.name);
        move || format!("{}: {name}", i18n.t(Msg::ViewImage))
    };
    let open = move |_| {
        if let Some(d) = dialog.get() {
            // Fails only if it is already open or not in the document: nothing to do then.
            let _ = d.show_modal();
        }
    };
    view! {
        <button type="button" class="sb-thumb" aria-label=label on:click=open>
            <img class="sb-thumb__image" src=crate::config::file_url(&file.url) alt="" loading="lazy" />
        </button>
        <Lightbox dialog url=crate::config::file_url(&file.url) name=file.name />
    }
}
