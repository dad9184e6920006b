//! An audio file or voice message: the browser's player and a playback-speed control.

use crate::i18n::{use_i18n, Msg};
use leptos::html::Audio;
use leptos::prelude::*;
use switchboard_protocol::{Attachment, AttachmentKind};

/// The speeds offered, with their labels.
const SPEEDS: [(f64, &str); 3] = [(1.0, "1×"), (1.5, "1.5×"), (2.0, "2×")];

/// A player named "Voice message: …" or "Audio: …", with a group of speed buttons named
/// "Playback speed" (one pressed at a time).
#[component]
pub fn AudioAttachment(
    /// The file.
    file: Attachment,
) -> impl IntoView {
    let i18n = use_i18n();
    let audio = NodeRef::<Audio>::new();
    let speed = RwSignal::new(1.0_f64);
    let kind = if file.kind == AttachmentKind::Voice {
        Msg::VoiceMessage
    } else {
        Msg::AudioFile
    };
    let name = switchboard_core::file_name::display_name(&file.name);
    let set_speed = move |rate: f64| {
        speed.set(rate);
        if let Some(el) = audio.get() {
            // The default too: a reload of the source resets the rate to the default.
            el.set_default_playback_rate(rate);
            el.set_playback_rate(rate);
        }
    };
    let buttons = SPEEDS
        .iter()
        .map(|&(rate, label)| {
            view! {
                <button
                    type="button"
                    class="sb-speed__option"
                    aria-pressed=move || (speed.get() == rate).to_string()
                    on:click=move |_| set_speed(rate)
                >
                    {label}
                </button>
            }
        })
        .collect_view();
    view! {
        <figure class="sb-media sb-media--audio">
            <audio
                class="sb-media__audio"
                node_ref=audio
                src=crate::config::file_url(&file.url)
                controls=true
                preload="metadata"
                aria-label=move || format!("{}: {name}", i18n.t(kind))
            ></audio>
            <div class="sb-speed" role="group" aria-label=i18n.tr(Msg::PlaybackSpeed)>
                {buttons}
            </div>
        </figure>
    }
}
