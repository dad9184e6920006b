//! A file the server has stored for the draft: thumbnail (pictures), name, size, Remove.

use super::super::ctx::use_composer;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use switchboard_core::byte_size::format_size;
use switchboard_protocol::{AttachmentKind, Upload};

/// One chip of a stored file.
#[component]
pub fn StoredChip(
    /// The stored file.
    file: Upload,
) -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let uploads = ctx.files.uploads;
    let (id, size) = (file.id, file.size);
    // The bytes this page still holds, else the server's copy (after a reload).
    let thumb = (file.kind == AttachmentKind::Image).then(|| {
        let url = crate::config::file_url(&file.url);
        view! {
            <img
                class="sb-file-chip__thumb"
                alt=""
                src=move || uploads.thumbs.with(|t| t.get(&id).cloned()).unwrap_or_else(|| url.clone())
            />
        }
    });
    let name = switchboard_core::file_name::display_name(&file.name);
    let shown = name.clone();
    let remove_label = move || i18n.locale().remove_file(&name);
    view! {
        <li class="sb-file-chip" data-upload-id=id.to_string()>
            {thumb}
            <bdi class="sb-file-chip__name">{shown}</bdi>
            <span class="sb-file-chip__size">{move || format_size(i18n.locale(), size)}</span>
            <button
                type="button"
                class="sb-icon-button sb-file-chip__remove"
                aria-label=remove_label.clone()
                title=remove_label
                on:click=move |_| {
                    if let Some(c) = ctx.open.get_untracked() {
                        uploads.remove((c, ctx.mode.get_untracked()), id);
                    }
                    ctx.focus();
                }
            >
                "×"
            </button>
        </li>
    }
}
