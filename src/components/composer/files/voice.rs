//! Recording a voice message with the browser's `MediaRecorder` (`Voice`, a `Copy`
//! handle): ask for the microphone, record with a running clock, stop to a preview, then
//! record again, delete, or send (the recording is uploaded and goes out as a message of
//! its own, see [`Uploads::send_alone`]).
//!
//! Invariants: the microphone is on only while recording (its tracks stop with the
//! recorder); a recording belongs to the draft it was started in, and if the agent moves
//! to another conversation or mode, a recording under way is stopped and the recording
//! joins that draft's files instead of being lost. A microphone answer that arrives after
//! the agent gave up is ignored (and its tracks stopped). A recording is kept in the
//! browser ([`voice_store`]) until it is sent, deleted or attached: while it runs, what
//! has been recorded so far, every [`recording::SLICE_MS`]; in preview, the whole of it. After a
//! reload it comes back as the preview of its draft (one cut short says so).
//!
//! This file holds what happens to a finished recording (preview, attach, send, delete,
//! restore); [`recording`] the recorder itself (start, stop, what is kept while it runs).

mod recording;

use super::uploads::{Target, Then, Uploads};
use super::voice_store;
use crate::i18n::Msg;
use chrono::Utc;
use leptos::prelude::*;
use leptos::task::spawn_local;
use recording::{stop_tracks, Rec};
use switchboard_core::upload_rules::{self, Refusal};
use switchboard_core::voice_note;
use web_sys::{Blob, Url};

/// Where the recording stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Take {
    /// Nothing recorded.
    Idle,
    /// Waiting for the browser (and the agent) to allow the microphone.
    Asking,
    /// Recording since this time (ms since the epoch).
    Recording {
        /// When it started.
        since: f64,
    },
    /// Recorded, ready to preview and send.
    Recorded {
        /// An object URL of the recording, for the preview player.
        url: String,
        /// How long it is, in milliseconds.
        ms: u64,
    },
}

/// What happens to the recording when the recorder has stopped.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AfterStop {
    /// Offer it for preview.
    Preview,
    /// Put it in its draft's files (the agent left the conversation).
    Attach,
    /// Throw it away.
    Discard,
}

/// A finished recording: its bytes and format.
struct Recording {
    blob: Blob,
    mime: String,
}

/// The voice recorder of the composer (`Copy`).
#[derive(Clone, Copy)]
pub struct Voice {
    uploads: Uploads,
    /// Where the recording stands.
    pub take: RwSignal<Take>,
    /// The clock while recording (ms since the epoch).
    pub now: RwSignal<f64>,
    /// Why the microphone could not be used.
    pub problem: RwSignal<Option<Msg>>,
    /// The draft the recording belongs to.
    pub origin: RwSignal<Option<Target>>,
    rec: StoredValue<Option<Rec>, LocalStorage>,
    recording: StoredValue<Option<Recording>, LocalStorage>,
    after_stop: StoredValue<AfterStop>,
    tick: StoredValue<Option<IntervalHandle>>,
    attempt: StoredValue<u64>,
}

impl Voice {
    /// Creates the recorder handle (nothing runs until [`Voice::start`]).
    pub fn new(uploads: Uploads) -> Voice {
        let voice = Voice {
            uploads,
            take: RwSignal::new(Take::Idle),
            now: RwSignal::new(0.0),
            problem: RwSignal::new(None),
            origin: RwSignal::new(None),
            rec: StoredValue::new_local(None),
            recording: StoredValue::new_local(None),
            after_stop: StoredValue::new(AfterStop::Preview),
            tick: StoredValue::new(None),
            attempt: StoredValue::new(0),
        };
        voice.restore();
        on_cleanup(move || {
            if let Some(Some(rec)) = voice.rec.try_update_value(Option::take) {
                stop_tracks(&rec.stream);
            }
        });
        voice
    }

    /// Offers a finished recording for preview.
    fn preview(self, blob: Blob, mime: String, ms: u64) {
        let url = Url::create_object_url_with_blob(&blob).unwrap_or_default();
        self.recording.set_value(Some(Recording { blob, mime }));
        self.take.set(Take::Recorded { url, ms });
    }

    /// Brings back a recording left in preview before a reload, unless the agent has
    /// started another meanwhile.
    fn restore(self) {
        spawn_local(async move {
            let Some(stored) = voice_store::load().await else {
                return;
            };
            let idle = self.take.try_get_untracked() == Some(Take::Idle)
                && self.origin.try_get_untracked() == Some(None);
            if idle {
                self.origin.set(Some(stored.target));
                if stored.partial {
                    self.problem.set(Some(Msg::VoiceKeptFromReload));
                }
                self.preview(stored.blob, stored.mime, stored.ms);
            }
        });
    }

    /// Puts a recording into its draft's files (checked like any attached file).
    fn attach_to_draft(self, blob: Blob, mime: &str) {
        let Some(target) = self.origin.get_untracked() else {
            return;
        };
        let name = voice_note::file_name(mime, Utc::now());
        let size = blob.size() as u64;
        let limits = self.uploads.limits();
        let verdict =
            upload_rules::check_batch([(name.as_str(), size)], self.uploads.taken(target), &limits);
        match verdict.into_iter().next() {
            Some(Err(problem)) => self.uploads.refuse(target, vec![Refusal { name, problem }]),
            _ => self.uploads.start(target, blob, name, size, Then::Attach),
        }
    }

    /// Forgets the finished recording and frees its preview.
    fn drop_recording(self) {
        let held = self.recording.with_value(Option::is_some)
            || matches!(self.take.get_untracked(), Take::Recorded { .. });
        if held {
            voice_store::clear();
        }
        // The notice about a recording cut short by a reload was about this one.
        if self.problem.get_untracked() == Some(Msg::VoiceKeptFromReload) {
            self.problem.set(None);
        }
        self.recording.set_value(None);
        if let Take::Recorded { url, .. } = self.take.get_untracked() {
            // Fails only for a URL that is not an object URL: nothing to free then.
            let _ = Url::revoke_object_url(&url);
            self.take.set(Take::Idle);
        }
    }

    /// Deletes the recording (or the one under way).
    pub fn delete(self) {
        match self.take.get_untracked() {
            Take::Recording { .. } => {
                self.after_stop.set_value(AfterStop::Discard);
                self.stop();
            }
            Take::Asking => self.take.set(Take::Idle),
            Take::Recorded { .. } => self.drop_recording(),
            Take::Idle => {}
        }
    }

    /// Sends the recording: uploaded, then out as a message of its own.
    pub fn send(self) {
        let (Some(target), Some(rec)) = (
            self.origin.get_untracked(),
            self.recording.try_update_value(Option::take).flatten(),
        ) else {
            return;
        };
        self.drop_recording();
        let name = voice_note::file_name(&rec.mime, Utc::now());
        if let Some(refusal) = self.uploads.send_alone(target, rec.blob, name) {
            self.uploads.refuse(target, vec![refusal]);
        }
    }

    /// The agent moved to another draft: a recording under way stops and, like a finished
    /// one, joins the files of the draft it was made in.
    pub fn leave(self) {
        match self.take.get_untracked() {
            Take::Recording { .. } => {
                self.after_stop.set_value(AfterStop::Attach);
                self.stop();
            }
            Take::Recorded { .. } => {
                if let Some(rec) = self.recording.try_update_value(Option::take).flatten() {
                    self.attach_to_draft(rec.blob, &rec.mime);
                }
                self.drop_recording();
            }
            Take::Asking => self.take.set(Take::Idle),
            Take::Idle => {}
        }
        self.problem.set(None);
    }
}
