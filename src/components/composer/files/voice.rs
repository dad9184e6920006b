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
//! has been recorded so far, every [`SLICE_MS`]; in preview, the whole of it. After a
//! reload it comes back as the preview of its draft (one cut short says so).

use super::uploads::{Target, Then, Uploads};
use super::voice_store;
use crate::i18n::Msg;
use chrono::Utc;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use switchboard_core::upload_rules::{self, Refusal};
use switchboard_core::voice_note;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobEvent, BlobPropertyBag, DomException, MediaRecorder, MediaStream,
    MediaStreamConstraints, MediaStreamTrack, Url,
};

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

/// The recorder and what it needs alive while it runs.
struct Rec {
    recorder: MediaRecorder,
    stream: MediaStream,
    _on_data: Closure<dyn FnMut(BlobEvent)>,
    _on_stop: Closure<dyn FnMut()>,
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

/// How often the clock moves while recording.
const TICK: Duration = Duration::from_millis(250);
/// How often the recorder hands over what it has recorded, to be kept for a reload (ms):
/// a reload while recording loses at most this much.
const SLICE_MS: i32 = 1_000;

fn stop_tracks(stream: &MediaStream) {
    for track in stream.get_tracks() {
        track.unchecked_into::<MediaStreamTrack>().stop();
    }
}

/// The recorder's chunks as one file of type `mime`.
fn join(chunks: &[Blob], mime: &str) -> Option<Blob> {
    let parts: js_sys::Array = chunks.iter().collect();
    let bag = BlobPropertyBag::new();
    bag.set_type(mime);
    Blob::new_with_blob_sequence_and_options(&parts, &bag).ok()
}

/// The agent's words for a refused `getUserMedia`.
fn mic_problem(e: &JsValue) -> Msg {
    match e
        .dyn_ref::<DomException>()
        .map(DomException::name)
        .as_deref()
    {
        Some("NotAllowedError" | "SecurityError") => Msg::ErrMicrophoneDenied,
        Some("NotFoundError" | "OverconstrainedError" | "NotReadableError") => Msg::ErrNoMicrophone,
        _ => Msg::ErrRecorderUnavailable,
    }
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

    /// Asks for the microphone and starts recording for the draft of `target`.
    pub fn start(self, target: Target) {
        // The previous recorder is still finishing: its answer comes first.
        if self.rec.with_value(Option::is_some) {
            return;
        }
        self.drop_recording();
        self.problem.set(None);
        self.origin.set(Some(target));
        self.after_stop.set_value(AfterStop::Preview);
        let attempt = self.attempt.get_value() + 1;
        self.attempt.set_value(attempt);
        let promise = web_sys::window()
            .and_then(|w| w.navigator().media_devices().ok())
            .and_then(|devices| {
                let constraints = MediaStreamConstraints::new();
                constraints.set_audio(&JsValue::TRUE);
                devices.get_user_media_with_constraints(&constraints).ok()
            });
        let Some(promise) = promise else {
            self.problem.set(Some(Msg::ErrRecorderUnavailable));
            return;
        };
        self.take.set(Take::Asking);
        spawn_local(async move {
            let answer = JsFuture::from(promise).await;
            let current = self.attempt.try_get_value() == Some(attempt)
                && self.take.try_get_untracked() == Some(Take::Asking);
            match answer {
                Ok(stream) if current => self.begin(stream.unchecked_into()),
                Ok(stream) => stop_tracks(stream.unchecked_ref()),
                Err(e) if current => {
                    self.take.set(Take::Idle);
                    self.problem.set(Some(mic_problem(&e)));
                }
                Err(_) => {}
            }
        });
    }

    /// Starts the recorder on an allowed microphone.
    fn begin(self, stream: MediaStream) {
        let Ok(recorder) = MediaRecorder::new_with_media_stream(&stream) else {
            stop_tracks(&stream);
            self.take.set(Take::Idle);
            self.problem.set(Some(Msg::ErrRecorderUnavailable));
            return;
        };
        let chunks: Rc<RefCell<Vec<Blob>>> = Rc::default();
        let on_data = Closure::<dyn FnMut(BlobEvent)>::new({
            let chunks = chunks.clone();
            let recorder = recorder.clone();
            move |e: BlobEvent| {
                if let Some(b) = e.data().filter(|b| b.size() > 0.0) {
                    chunks.borrow_mut().push(b);
                }
                self.keep_so_far(&recorder.mime_type(), &chunks.borrow());
            }
        });
        let on_stop = Closure::<dyn FnMut()>::new({
            let recorder = recorder.clone();
            move || self.stopped(recorder.mime_type(), chunks.take())
        });
        recorder.set_ondataavailable(Some(on_data.as_ref().unchecked_ref()));
        recorder.set_onstop(Some(on_stop.as_ref().unchecked_ref()));
        if recorder.start_with_time_slice(SLICE_MS).is_err() {
            stop_tracks(&stream);
            self.take.set(Take::Idle);
            self.problem.set(Some(Msg::ErrRecorderUnavailable));
            return;
        }
        self.rec.set_value(Some(Rec {
            recorder,
            stream,
            _on_data: on_data,
            _on_stop: on_stop,
        }));
        let since = js_sys::Date::now();
        self.now.set(since);
        self.take.set(Take::Recording { since });
        let now = self.now;
        let tick =
            set_interval_with_handle(move || _ = now.try_set(js_sys::Date::now()), TICK).ok();
        self.tick.set_value(tick);
    }

    /// Keeps what has been recorded so far (the recorder's chunks since it started, a
    /// playable file cut short) for a reload, while the recording runs for a preview.
    fn keep_so_far(self, mime: &str, chunks: &[Blob]) {
        let Some(Take::Recording { since }) = self.take.try_get_untracked() else {
            return;
        };
        let (Some(target), Some(AfterStop::Preview)) = (
            self.origin.try_get_untracked().flatten(),
            self.after_stop.try_get_value(),
        ) else {
            return;
        };
        if let Some(blob) = join(chunks, mime) {
            let ms = (js_sys::Date::now() - since).max(0.0) as u64;
            voice_store::save(blob, mime.to_owned(), ms, target, true);
        }
    }

    /// Stops recording; the recording follows once the recorder has handed it over.
    pub fn stop(self) {
        if let Some(t) = self.tick.try_update_value(Option::take).flatten() {
            t.clear();
        }
        self.rec.with_value(|r| {
            if let Some(r) = r {
                // Fails only when already stopped: `stopped` has run or will run.
                let _ = r.recorder.stop();
            }
        });
    }

    /// The recorder has stopped: the chunks become one recording, handled as asked.
    fn stopped(self, mime: String, chunks: Vec<Blob>) {
        let Some(Some(rec)) = self.rec.try_update_value(Option::take) else {
            return;
        };
        stop_tracks(&rec.stream);
        // This runs inside the recorder's own `onstop` closure: free it afterwards.
        spawn_local(async move { drop(rec) });
        let since = match self.take.get_untracked() {
            Take::Recording { since } => since,
            _ => js_sys::Date::now(),
        };
        let Some(blob) = join(&chunks, &mime) else {
            voice_store::clear();
            self.take.set(Take::Idle);
            return;
        };
        match self.after_stop.get_value() {
            AfterStop::Discard => {
                voice_store::clear();
                self.take.set(Take::Idle);
            }
            AfterStop::Attach => {
                voice_store::clear();
                self.take.set(Take::Idle);
                self.attach_to_draft(blob, &mime);
            }
            AfterStop::Preview => {
                let ms = (js_sys::Date::now() - since).max(0.0) as u64;
                if let Some(target) = self.origin.get_untracked() {
                    voice_store::save(blob.clone(), mime.clone(), ms, target, false);
                }
                self.preview(blob, mime, ms);
            }
        }
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
