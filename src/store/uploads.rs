//! File uploads (`POST /uploads`) with progress and cancel, for every draft at once.
//!
//! [`Transfers`] keeps the browser side of each upload, by a key its caller chooses: the
//! file's bytes (so a failed upload can be sent again) and the request in flight (so it
//! can be cancelled). Views see keys, progress and answers, never the request itself. A
//! cancelled upload's late answer is the caller's to ignore (its key is gone by then).

use super::ApiError;
use crate::api::{self, UploadRequest};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::HashMap;
use switchboard_protocol::Upload;
use web_sys::Blob;

/// The browser objects of an upload: its bytes (for a retry) and the request to cancel.
struct Live {
    blob: Blob,
    request: Option<UploadRequest>,
}

/// The uploads under way or failed, by key (`Copy`; browser objects, so this thread only).
#[derive(Clone, Copy)]
pub struct Transfers {
    live: StoredValue<HashMap<u64, Live>, LocalStorage>,
}

impl Default for Transfers {
    fn default() -> Self {
        Transfers::new()
    }
}

impl Transfers {
    /// No uploads yet. Every request still running is cancelled when the owner goes away.
    pub fn new() -> Transfers {
        let t = Transfers {
            live: StoredValue::new_local(HashMap::new()),
        };
        on_cleanup(move || t.cancel_all());
        t
    }

    /// Keeps the bytes of upload `key` until it is stored or forgotten.
    pub fn keep(self, key: u64, blob: Blob) {
        self.live.update_value(|m| {
            m.insert(
                key,
                Live {
                    blob,
                    request: None,
                },
            );
        });
    }

    /// Sends the bytes kept for `key` as `name` (again, after a failure): `progress` hears
    /// the bytes sent, `done` the answer (the stored file, or why not). Nothing happens
    /// when no bytes are kept for `key`.
    pub fn send(
        self,
        key: u64,
        name: &str,
        progress: impl Fn(u64) + 'static,
        done: impl FnOnce(Result<Upload, ApiError>) + 'static,
    ) {
        let Some(blob) = self
            .live
            .with_value(|m| m.get(&key).map(|l| l.blob.clone()))
        else {
            return;
        };
        match api::upload(&blob, name, progress) {
            Ok((request, answer)) => {
                self.live.update_value(|m| {
                    if let Some(l) = m.get_mut(&key) {
                        l.request = Some(request);
                    }
                });
                spawn_local(async move {
                    let result = answer.await;
                    self.settle(key, result.is_ok());
                    done(result);
                });
            }
            Err(e) => {
                self.settle(key, false);
                done(Err(e));
            }
        }
    }

    /// After an answer: a stored file's bytes are let go; a failed one keeps them for a
    /// retry, without its finished request.
    fn settle(self, key: u64, stored: bool) {
        _ = self.live.try_update_value(|m| {
            if stored {
                m.remove(&key);
            } else if let Some(l) = m.get_mut(&key) {
                l.request = None;
            }
        });
    }

    /// Stops upload `key` (if it runs) and lets its bytes go.
    pub fn cancel(self, key: u64) {
        if let Some(live) = self.live.try_update_value(|m| m.remove(&key)).flatten() {
            if let Some(r) = live.request {
                r.abort();
            }
        }
    }

    /// Stops every upload still running.
    fn cancel_all(self) {
        _ = self.live.try_update_value(|m| {
            m.values()
                .filter_map(|l| l.request.as_ref())
                .for_each(UploadRequest::abort)
        });
    }
}
