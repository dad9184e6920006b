//! "Share" through the system's share sheet where the browser has one
//! (`navigator.share`), else "Copy link" to the clipboard, saying whether it worked.
//!
//! The link is the attachment's signed address: it works without signing in, for about
//! an hour (docs/protocol/messages.md).

use crate::i18n::{use_i18n, Msg};
use js_sys::Reflect;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::message_parts::absolute_url;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Whether `navigator` has a member `name` (a browser may lack `share` or, outside a
/// secure context, `clipboard`).
fn navigator_has(name: &str) -> bool {
    web_sys::window()
        .and_then(|w| Reflect::get(&w.navigator(), &JsValue::from_str(name)).ok())
        .is_some_and(|v| !v.is_undefined() && !v.is_null())
}

/// Shares or copies, and answers the message to show (`None`: nothing to say).
async fn share_or_copy(url: String, name: String, share: bool) -> Option<Msg> {
    let window = web_sys::window()?;
    let origin = window.location().origin().ok()?;
    let link = absolute_url(&origin, &url);
    let navigator = window.navigator();
    if share {
        let data = web_sys::ShareData::new();
        data.set_title(&name);
        data.set_url(&link);
        // A refusal is the agent closing the share sheet: nothing to say.
        let _ = JsFuture::from(navigator.share_with_data(&data)).await;
        return None;
    }
    if !navigator_has("clipboard") {
        return Some(Msg::AttachmentCopyFailed);
    }
    match JsFuture::from(navigator.clipboard().write_text(&link)).await {
        Ok(_) => Some(Msg::AttachmentLinkCopied),
        Err(_) => Some(Msg::AttachmentCopyFailed),
    }
}

/// A button named "Share" or "Copy link", and a status line for the outcome.
#[component]
pub fn ShareButton(
    /// The attachment's address.
    url: String,
    /// Its file name (the share sheet's title).
    name: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let can_share = navigator_has("share");
    let outcome = RwSignal::new(None::<Msg>);
    let click = move |_| {
        let (url, name) = (url.clone(), name.clone());
        spawn_local(async move { _ = outcome.try_set(share_or_copy(url, name, can_share).await) });
    };
    view! {
        <button type="button" class="sb-button" on:click=click>
            {move || i18n.t(if can_share { Msg::AttachmentShare } else { Msg::AttachmentCopyLink })}
        </button>
        <span class="sb-lightbox__status" role="status">
            {move || outcome.get().map(|m| i18n.t(m))}
        </span>
    }
}
