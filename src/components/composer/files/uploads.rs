//! Files on their way to the server, for every draft at once (`Uploads`, a `Copy` handle).
//!
//! Invariants: a file is uploaded as soon as it is accepted and joins its draft's
//! `files` (persisted) only once the server has stored it, so a reload keeps every file
//! that finished and the draft never points at a missing upload. An upload belongs to the
//! draft (conversation and mode) it was started in, even if the agent moves on before it
//! ends. A failed upload keeps its bytes for `Retry` until the agent removes it; a
//! cancelled one is gone at once and its late answer is ignored. Picture thumbnails are
//! object URLs, revoked when their file leaves every draft or the composer goes away.

pub use super::attaching::{Attaching, Target, Then};
use super::send_alone::send_alone;
use crate::store::uploads::Transfers;
use crate::store::{ApiError, Store};
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};
use switchboard_core::upload_rules::{self, FileProblem, Refusal};
use switchboard_protocol::{AttachmentKind, FileLimits, Upload, UploadId};
use web_sys::{Blob, Url};

/// The uploads of every draft (`Copy`).
#[derive(Clone, Copy)]
pub struct Uploads {
    state: Store,
    /// Every upload under way or failed, in the order started.
    pub items: RwSignal<Vec<Attaching>>,
    /// The bytes and requests (in the store: views never hold a request).
    transfers: Transfers,
    /// Thumbnails of stored pictures whose bytes this page still holds.
    pub thumbs: RwSignal<HashMap<UploadId, String>>,
    /// The files last refused, and the draft they were meant for.
    pub refusals: RwSignal<Option<(Target, Vec<Refusal>)>>,
    next: StoredValue<u64>,
}

fn revoke(url: &str) {
    // Fails only for a URL that is not an object URL: nothing to free then.
    let _ = Url::revoke_object_url(url);
}

impl Uploads {
    /// Creates the store; thumbnails are freed as their files leave the drafts.
    pub fn new(state: Store) -> Uploads {
        let uploads = Uploads {
            state,
            items: RwSignal::new(Vec::new()),
            transfers: Transfers::new(),
            thumbs: RwSignal::new(HashMap::new()),
            refusals: RwSignal::new(None),
            next: StoredValue::new(0),
        };
        // An object URL holds the whole file in memory: free it once no draft shows it
        // (removed, or sent with its message).
        Effect::new(move || {
            let kept: HashSet<UploadId> =
                state.drafts.with(|d| d.uploads().map(|u| u.id).collect());
            uploads.thumbs.update(|t| {
                t.retain(|id, url| {
                    let keep = kept.contains(id);
                    if !keep {
                        revoke(url);
                    }
                    keep
                })
            });
        });
        on_cleanup(move || {
            uploads
                .items
                .with_untracked(|v| v.iter().filter_map(|a| a.thumb.as_deref()).for_each(revoke));
            uploads
                .thumbs
                .with_untracked(|t| t.values().for_each(|u| revoke(u)));
        });
        uploads
    }

    /// The workspace's file limits (the protocol's defaults before the session loads).
    pub fn limits(self) -> FileLimits {
        self.state.session.with_untracked(|s| {
            s.as_ref()
                .map(|s| s.settings.file_limits.clone())
                .unwrap_or_default()
        })
    }

    /// How many files the message of `target` holds or is uploading (the cap counts both).
    pub fn taken(self, target: Target) -> usize {
        let stored = self
            .state
            .drafts
            .with_untracked(|d| d.draft(target.0, target.1).file_count());
        let uploading = self.items.with_untracked(|v| {
            v.iter()
                .filter(|a| a.target == target && a.then == Then::Attach)
                .count()
        });
        stored + uploading
    }

    /// Shows why files were not attached (replacing what was shown; none clears it).
    pub fn refuse(self, target: Target, refused: Vec<Refusal>) {
        self.refusals
            .set((!refused.is_empty()).then_some((target, refused)));
    }

    /// Checks the files the agent chose for `target` and starts uploading those that pass;
    /// the others are listed, each with the rule it broke.
    pub fn attach(self, target: Target, files: Vec<web_sys::File>) {
        let limits = self.limits();
        let named: Vec<(String, u64)> = files.iter().map(|f| (f.name(), f.size() as u64)).collect();
        let verdicts = upload_rules::check_batch(
            named.iter().map(|(n, s)| (n.as_str(), *s)),
            self.taken(target),
            &limits,
        );
        let mut refused = Vec::new();
        for ((file, (name, size)), verdict) in files.into_iter().zip(named).zip(verdicts) {
            match verdict {
                Ok(()) => self.start(target, file.into(), name, size, Then::Attach),
                Err(problem) => refused.push(Refusal { name, problem }),
            }
        }
        self.refuse(target, refused);
    }

    /// Checks and uploads one recording for `target`, sent alone once stored.
    pub fn send_alone(self, target: Target, blob: Blob, name: String) -> Option<Refusal> {
        let size = blob.size() as u64;
        match self.limits().check(&name, size) {
            Ok(()) => {
                self.start(target, blob, name, size, Then::SendAlone);
                None
            }
            Err(r) => Some(Refusal {
                name,
                problem: FileProblem::File(r),
            }),
        }
    }

    /// Starts uploading a file that passed the checks.
    pub fn start(self, target: Target, blob: Blob, name: String, size: u64, then: Then) {
        let key = self.next.get_value();
        self.next.set_value(key + 1);
        let thumb = (upload_rules::kind_of(&name) == AttachmentKind::Image)
            .then(|| Url::create_object_url_with_blob(&blob).ok())
            .flatten();
        self.transfers.keep(key, blob);
        self.items.update(|v| {
            v.push(Attaching {
                key,
                target,
                name,
                size,
                sent: 0,
                failed: None,
                thumb,
                then,
            })
        });
        self.run(key);
    }

    /// Sends the bytes of upload `key` (again, after a failure).
    fn run(self, key: u64) {
        let Some(name) = self
            .items
            .with_untracked(|v| v.iter().find(|a| a.key == key).map(|a| a.name.clone()))
        else {
            return;
        };
        let items = self.items;
        let progress = move |sent| {
            items.try_update(|v| {
                if let Some(a) = v.iter_mut().find(|a| a.key == key) {
                    a.sent = sent;
                }
            });
        };
        self.transfers
            .send(key, &name, progress, move |result| self.finish(key, result));
    }

    /// Takes an upload's answer: the file joins its draft (or goes out alone), or the
    /// reason is shown on its chip. An upload cancelled meanwhile is already gone.
    fn finish(self, key: u64, result: Result<Upload, ApiError>) {
        let Some(item) = self
            .items
            .try_with_untracked(|v| v.iter().find(|a| a.key == key).cloned())
            .flatten()
        else {
            return;
        };
        match result {
            Ok(upload) => {
                if let Some(url) = item.thumb {
                    self.thumbs.update(|t| _ = t.insert(upload.id, url));
                }
                self.items.update(|v| v.retain(|a| a.key != key));
                match item.then {
                    Then::Attach => self.state.drafts.update(|d| {
                        d.update(item.target.0, item.target.1, |d| d.files.push(upload))
                    }),
                    Then::SendAlone => send_alone(self.state, item.target, upload),
                }
            }
            Err(e) => {
                self.items.update(|v| {
                    if let Some(a) = v.iter_mut().find(|a| a.key == key) {
                        a.failed = Some(e);
                        a.sent = 0;
                    }
                });
            }
        }
    }

    /// Stops an upload (or forgets a failed one); it leaves no trace.
    pub fn cancel(self, key: u64) {
        self.transfers.cancel(key);
        let thumb = self.items.try_update(|v| {
            let at = v.iter().position(|a| a.key == key)?;
            v.remove(at).thumb
        });
        if let Some(Some(url)) = thumb {
            revoke(&url);
        }
    }

    /// Sends a failed upload again.
    pub fn retry(self, key: u64) {
        self.items.update(|v| {
            if let Some(a) = v.iter_mut().find(|a| a.key == key) {
                a.failed = None;
                a.sent = 0;
            }
        });
        self.run(key);
    }

    /// Takes a stored file off the draft of `target` (its thumbnail is freed with it).
    pub fn remove(self, target: Target, id: UploadId) {
        self.state
            .drafts
            .update(|d| d.update(target.0, target.1, |d| d.files.retain(|f| f.id != id)));
    }

    /// The uploads that hold up sending the draft of `target`: `(running, failed)`. A
    /// voice message on its way goes out alone and holds nothing up.
    pub fn pending(self, target: Target) -> (usize, usize) {
        self.items.with_untracked(|v| {
            v.iter()
                .filter(|a| a.target == target && a.then == Then::Attach)
                .fold((0, 0), |(r, f), a| {
                    if a.failed.is_some() {
                        (r, f + 1)
                    } else {
                        (r + 1, f)
                    }
                })
        })
    }
}
