//! The files attached to a message or note, each shown as its kind asks: pictures as
//! thumbnails that open a lightbox, video and audio as players, anything else as a file
//! to download.

mod audio;
mod file;
mod image;
mod lightbox;
mod share_button;
mod video;

use crate::i18n::{use_i18n, Msg};
use audio::AudioAttachment;
use file::FileAttachment;
use image::ImageAttachment;
use leptos::prelude::*;
use switchboard_protocol::{Attachment, AttachmentKind};
use video::VideoAttachment;

/// A list named "Attachments" (nothing when there are none).
#[component]
pub fn AttachmentList(
    /// The message's attachments, in order.
    items: Vec<Attachment>,
) -> impl IntoView {
    let i18n = use_i18n();
    (!items.is_empty()).then(|| {
        let entries = items
            .into_iter()
            .map(|a| {
                let kind = a.kind;
                let body = match kind {
                    AttachmentKind::Image => view! { <ImageAttachment file=a /> }.into_any(),
                    AttachmentKind::Video => view! { <VideoAttachment file=a /> }.into_any(),
                    AttachmentKind::Audio | AttachmentKind::Voice => {
                        view! { <AudioAttachment file=a /> }.into_any()
                    }
                    AttachmentKind::File => view! { <FileAttachment file=a /> }.into_any(),
                };
                view! { <li class=format!("sb-attachments__item sb-attachments__item--{}", kind_name(kind))>{body}</li> }
            })
            .collect_view();
        view! {
            <ul class="sb-attachments" aria-label=i18n.tr(Msg::Attachments)>
                {entries}
            </ul>
        }
    })
}

/// The BEM modifier of a kind.
fn kind_name(kind: AttachmentKind) -> &'static str {
    match kind {
        AttachmentKind::Image => "image",
        AttachmentKind::Video => "video",
        AttachmentKind::Audio => "audio",
        AttachmentKind::Voice => "voice",
        AttachmentKind::File => "file",
    }
}
