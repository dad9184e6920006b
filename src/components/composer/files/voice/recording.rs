//! The recorder: asking for the microphone, recording with a running clock, keeping
//! what has been recorded so far, and stopping into one recording (handed to
//! [`Voice`]'s finished-recording part as its `AfterStop` says).
//!
//! Invariant: the microphone is on only while recording; its tracks stop with the
//! recorder, and with the composer.

use super::super::uploads::Target;
use super::super::voice_store;
use super::{AfterStop, Take, Voice};
use crate::i18n::Msg;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobEvent, BlobPropertyBag, DomException, MediaRecorder, MediaStream,
    MediaStreamConstraints, MediaStreamTrack,
};

/// How often the clock moves while recording.
const TICK: Duration = Duration::from_millis(250);
/// How often the recorder hands over what it has recorded, to be kept for a reload (ms):
/// a reload while recording loses at most this much.
pub(super) const SLICE_MS: i32 = 1_000;

/// The recorder and what it needs alive while it runs.
pub(super) struct Rec {
    recorder: MediaRecorder,
    pub(super) stream: MediaStream,
    _on_data: Closure<dyn FnMut(BlobEvent)>,
    _on_stop: Closure<dyn FnMut()>,
}

pub(super) fn stop_tracks(stream: &MediaStream) {
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
}
