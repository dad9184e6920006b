//! `POST /uploads?name=` with a file's bytes, through `XMLHttpRequest`: `fetch` (and so
//! gloo-net) cannot report how much of a request body has gone out, and the composer shows
//! upload progress. The answer is decoded by the same code as every other call
//! ([`decode_answer`]), with the same token and base path.
//!
//! The request's handlers live as long as the returned future: spawn it and keep the
//! [`UploadRequest`] to cancel. A cancelled or cut-off request ends with
//! [`ApiError::Network`].

use super::auth::stored_token;
use super::http::{decode_answer, renew_after_refusal, url};
use super::ApiError;
use std::future::Future;
use switchboard_protocol::Upload;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, ProgressEvent, XmlHttpRequest};

/// An upload on its way (cancel it with [`UploadRequest::abort`]).
pub struct UploadRequest {
    xhr: XmlHttpRequest,
}

impl UploadRequest {
    /// Stops sending; the upload's future then ends with a network error.
    pub fn abort(&self) {
        // Fails only on a request that never opened: nothing to stop then.
        let _ = self.xhr.abort();
    }
}

fn js_error(e: JsValue) -> ApiError {
    ApiError::Network(e.as_string().unwrap_or_else(|| format!("{e:?}")))
}

/// Starts uploading `body` as `name`; `progress` hears how many bytes have gone out. The
/// future gives the stored file (with its id for `SendMessage::attachments`) or why not.
pub fn upload(
    body: &Blob,
    name: &str,
    progress: impl Fn(u64) + 'static,
) -> Result<
    (
        UploadRequest,
        impl Future<Output = Result<Upload, ApiError>>,
    ),
    ApiError,
> {
    let xhr = XmlHttpRequest::new().map_err(js_error)?;
    let path = url(&format!(
        "/uploads?name={}",
        js_sys::encode_uri_component(name)
    ));
    xhr.open_with_async("POST", &path, true).map_err(js_error)?;
    let sent_with = stored_token();
    if let Some(token) = &sent_with {
        xhr.set_request_header("Authorization", &format!("Bearer {token}"))
            .map_err(js_error)?;
    }
    xhr.set_request_header("Content-Type", "application/octet-stream")
        .map_err(js_error)?;
    let on_progress = Closure::<dyn FnMut(ProgressEvent)>::new(move |e: ProgressEvent| {
        progress(e.loaded() as u64)
    });
    let target = xhr.upload().map_err(js_error)?;
    target.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
    // `loadend` follows success, error, abort and timeout alike.
    let ended = js_sys::Promise::new(&mut |resolve, _| xhr.set_onloadend(Some(&resolve)));
    xhr.send_with_opt_blob(Some(body)).map_err(js_error)?;
    let handle = UploadRequest { xhr: xhr.clone() };
    let answer = async move {
        let _ = JsFuture::from(ended).await;
        target.set_onprogress(None);
        drop(on_progress);
        xhr.set_onloadend(None);
        let status = xhr.status().unwrap_or(0);
        if status == 0 {
            return Err(ApiError::Network("the upload was interrupted".into()));
        }
        let text = xhr.response_text().ok().flatten().unwrap_or_default();
        if status == 401 {
            // The bytes are still here: renewed, the upload is worth another try.
            return match renew_after_refusal(sent_with).await? {
                true => Err(ApiError::Network(
                    "the session was renewed: try again".into(),
                )),
                false => Err(ApiError::Unauthorized),
            };
        }
        decode_answer(status, &text)
    };
    Ok((handle, answer))
}
