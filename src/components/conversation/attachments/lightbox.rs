//! A picture at full size in a modal dialog, with download, share and close.
//!
//! The native `<dialog>` opened with `showModal()` gives what a lightbox must have: the
//! rest of the page is inert, focus moves in and returns to the thumbnail on close, and
//! Escape closes it. A click on the backdrop closes it too.

use super::share_button::ShareButton;
use crate::i18n::{use_i18n, Msg};
use leptos::html::Dialog;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The dialog, named after the file; opened by whoever holds `dialog`.
#[component]
pub fn Lightbox(
    /// The dialog element, for the opener.
    dialog: NodeRef<Dialog>,
    /// The picture's address.
    url: String,
    /// The file name as sent (shown with its hidden characters visible, saved plain).
    name: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let saved = switchboard_core::file_name::download_name(&name);
    let name = switchboard_core::file_name::display_name(&name);
    let close = move || {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    // Only a click on the dialog element itself is on the backdrop: its content is
    // wrapped in a box that fills it.
    let backdrop = move |ev: leptos::ev::MouseEvent| {
        let on_dialog = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDialogElement>().ok())
            .is_some();
        if on_dialog {
            close();
        }
    };
    let label = name.clone();
    view! {
        <dialog class="sb-lightbox" node_ref=dialog aria-label=label on:click=backdrop>
            <div class="sb-lightbox__box">
                <img class="sb-lightbox__image" src=url.clone() alt=name.clone() loading="lazy" />
                <div class="sb-lightbox__tools">
                    <a class="sb-button" href=url.clone() download=saved>
                        {i18n.tr(Msg::AttachmentDownload)}
                    </a>
                    <ShareButton url name />
                    <button type="button" class="sb-button sb-button--primary" autofocus=true on:click=move |_| close()>
                        {i18n.tr(Msg::LightboxClose)}
                    </button>
                </div>
            </div>
        </dialog>
    }
}
