//! A video attachment: the browser's player, with the file's name and a download link.

use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_core::file_name::{display_name, download_name};
use switchboard_protocol::Attachment;

/// A `<video controls>` named after the file; only its metadata loads until played.
#[component]
pub fn VideoAttachment(
    /// The file.
    file: Attachment,
) -> impl IntoView {
    let i18n = use_i18n();
    let name = display_name(&file.name);
    let shown = name.clone();
    view! {
        <figure class="sb-media sb-media--video">
            <video
                class="sb-media__video"
                src=crate::config::file_url(&file.url)
                controls=true
                preload="metadata"
                aria-label=move || format!("{}: {name}", i18n.t(Msg::VideoFile))
            ></video>
            <figcaption class="sb-media__caption">
                <a href=crate::config::file_url(&file.url) download=download_name(&file.name)>
                    <bdi>{shown}</bdi>
                </a>
            </figcaption>
        </figure>
    }
}
