//! A file to download: name, type and size.

use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_core::byte_size::format_size;
use switchboard_core::file_name::{display_name, download_name};
use switchboard_core::message_parts::file_type;
use switchboard_protocol::Attachment;

/// A file card whose name is the download link. The name is shown with its hidden
/// characters made visible, isolated in `<bdi>`, and saved under a plain name.
#[component]
pub fn FileAttachment(
    /// The file.
    file: Attachment,
) -> impl IntoView {
    let i18n = use_i18n();
    let kind = file_type(&file.name, &file.mime);
    let size = file.size;
    let shown = display_name(&file.name);
    let download_label = {
        let name = shown.clone();
        move || format!("{}: {name}", i18n.t(Msg::AttachmentDownload))
    };
    view! {
        <div class="sb-file">
            <span class="sb-file__icon" aria-hidden="true">{kind.clone().unwrap_or_default()}</span>
            <span class="sb-file__body">
                <a
                    class="sb-file__name"
                    href=crate::config::file_url(&file.url)
                    download=download_name(&file.name)
                    title=download_label
                >
                    <bdi>{shown}</bdi>
                </a>
                <span class="sb-file__meta">
                    {kind.map(|k| view! { <span class="sb-file__type">{k}</span> " · " })}
                    <span class="sb-file__size">{move || format_size(i18n.locale(), size)}</span>
                </span>
            </span>
        </div>
    }
}
