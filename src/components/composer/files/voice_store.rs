//! Keeps a recorded, unsent voice message across a reload or a closed tab, so that
//! "nothing is lost" holds for a recording as it does for a typed draft.
//!
//! The recording lives only in memory until it is sent, and a reload would drop it. So
//! its bytes are put in the browser's Cache Storage (one entry: a composer has one
//! recorder), with its format, length and draft in the entry's headers: every second
//! while it is being recorded (marked partial: a reload cuts it short there), and whole
//! when it stops into its preview. Sending, deleting or attaching it removes the entry.
//! When the app starts, an entry found is offered again as the preview of its draft.
//!
//! Cache Storage rather than IndexedDB: it stores a `Blob` as a response body with a
//! promise API and no schema. Where it is missing (an insecure origin), recordings are
//! simply not kept, as before.

use super::attaching::Target;
use leptos::task::spawn_local;
use switchboard_protocol::{ConversationId, Visibility};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, Cache, Headers, Response, ResponseInit};

/// The cache, and the one key in it.
const CACHE: &str = "switchboard-voice";
const KEY: &str = "/__switchboard/voice-recording";

/// A recording read back from the store.
pub struct Stored {
    /// Its bytes.
    pub blob: Blob,
    /// Its format (`audio/webm;codecs=opus`).
    pub mime: String,
    /// How long it is, in milliseconds.
    pub ms: u64,
    /// The draft it belongs to.
    pub target: Target,
    /// Saved while still recording: the page went away before it was stopped.
    pub partial: bool,
}

async fn open() -> Result<Cache, JsValue> {
    let caches = web_sys::window().ok_or(JsValue::NULL)?.caches()?;
    Ok(JsFuture::from(caches.open(CACHE)).await?.unchecked_into())
}

fn mode_tag(mode: Visibility) -> &'static str {
    match mode {
        Visibility::Public => "public",
        Visibility::Internal => "internal",
    }
}

/// Stores `blob` as the unsent recording of `target` (replacing any other); `partial`
/// while it is still being recorded.
pub fn save(blob: Blob, mime: String, ms: u64, target: Target, partial: bool) {
    spawn_local(async move {
        let put = async {
            let headers = Headers::new()?;
            headers.set("content-type", &mime)?;
            headers.set("x-sb-ms", &ms.to_string())?;
            headers.set("x-sb-conversation", &target.0 .0.to_string())?;
            headers.set("x-sb-mode", mode_tag(target.1))?;
            if partial {
                headers.set("x-sb-partial", "1")?;
            }
            let init = ResponseInit::new();
            init.set_headers(&headers);
            let response = Response::new_with_opt_blob_and_init(Some(&blob), &init)?;
            JsFuture::from(open().await?.put_with_str(KEY, &response)).await
        };
        if let Err(e) = put.await {
            leptos::logging::warn!("voice recording not kept for a reload: {e:?}");
        }
    });
}

/// Forgets the stored recording (sent, deleted or attached).
pub fn clear() {
    spawn_local(async {
        if let Ok(cache) = open().await {
            _ = JsFuture::from(cache.delete_with_str(KEY)).await;
        }
    });
}

/// The stored recording, if there is one.
pub async fn load() -> Option<Stored> {
    let cache = open().await.ok()?;
    let found = JsFuture::from(cache.match_with_str(KEY)).await.ok()?;
    let response: Response = found.dyn_into().ok()?;
    let headers = response.headers();
    let header = |name: &str| headers.get(name).ok().flatten();
    let mime = header("content-type").unwrap_or_default();
    let ms = header("x-sb-ms")?.parse().ok()?;
    let conversation = ConversationId(header("x-sb-conversation")?.parse().ok()?);
    let mode = match header("x-sb-mode")?.as_str() {
        "internal" => Visibility::Internal,
        _ => Visibility::Public,
    };
    let partial = header("x-sb-partial").is_some();
    let blob: Blob = JsFuture::from(response.blob().ok()?)
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    Some(Stored {
        blob,
        mime,
        ms,
        target: (conversation, mode),
        partial,
    })
}
