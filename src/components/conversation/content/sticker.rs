//! A sticker: its picture, or its emoji when the picture cannot be loaded.

use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_core::message_parts::loadable_picture;

/// A sticker, named "Sticker" plus its emoji for screen readers.
#[component]
pub fn Sticker(
    /// Its picture's address (from the wire: only server paths and http(s) are loaded).
    url: String,
    /// The emoji it stands for, if known.
    emoji: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let broken = RwSignal::new(!loadable_picture(&url));
    let label = {
        let emoji = emoji.clone();
        move || match &emoji {
            Some(e) => format!("{} {e}", i18n.t(Msg::StickerLabel)),
            None => i18n.t(Msg::StickerLabel).to_owned(),
        }
    };
    view! {
        <figure class="sb-sticker" role="img" aria-label=label>
            <Show
                when=move || !broken.get()
                fallback=move || {
                    view! { <span class="sb-sticker__emoji" aria-hidden="true">{emoji.clone().unwrap_or_else(|| "🖼".into())}</span> }
                }
            >
                <img
                    class="sb-sticker__image"
                    src=url.clone()
                    alt=""
                    loading="lazy"
                    referrerpolicy="no-referrer"
                    on:error=move |_| broken.set(true)
                />
            </Show>
        </figure>
    }
}
