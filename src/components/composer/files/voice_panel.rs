//! The voice message above the editor: while recording, the elapsed time and Stop; then a
//! preview player with Record again, Delete and Send. Shown in the draft the recording
//! was started in; leaving that draft hands the recording to its files (see `voice`).

use super::super::ctx::use_composer;
use super::voice::Take;
use crate::i18n::{use_i18n, Msg};
use leptos::html::Button;
use leptos::prelude::*;
use switchboard_core::voice_note;

/// A group named "Record voice message" (nothing when no recording is in this draft).
#[component]
pub fn VoicePanel() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let voice = ctx.files.voice;
    let here = Memo::new(move |_| ctx.open.get().map(|id| (id, ctx.mode.get())));
    // Synchronises with the microphone: it must not keep running for a draft out of view.
    Effect::new(move |_| {
        let now = here.get();
        if voice.origin.get_untracked().is_some_and(|o| Some(o) != now) {
            voice.leave();
        }
    });
    let mine = move || voice.origin.get().is_some() && voice.origin.get() == here.get();
    let elapsed =
        move |since: f64| move || voice_note::elapsed((voice.now.get() - since).max(0.0) as u64);
    let delete_button = move || {
        view! {
            <button
                type="button"
                class="sb-button sb-button--small sb-button--ghost"
                on:click=move |_| {
                    voice.delete();
                    ctx.focus();
                }
            >
                {i18n.tr(Msg::DeleteRecording)}
            </button>
        }
    };
    let body = move || {
        if !mine() {
            return None;
        }
        let inner = match voice.take.get() {
            Take::Idle => return None,
            Take::Asking => view! {
                <span class="sb-voice__state">{i18n.tr(Msg::RecordVoice)} "…"</span>
                {delete_button()}
            }
            .into_any(),
            Take::Recording { since } => {
                let stop = NodeRef::<Button>::new();
                stop.on_load(|b| _ = b.focus());
                view! {
                    <span class="sb-voice__dot" aria-hidden="true"></span>
                    <span class="sb-voice__state">{i18n.tr(Msg::RecordingVoice)}</span>
                    <span class="sb-voice__clock" role="timer">{elapsed(since)}</span>
                    <button
                        node_ref=stop
                        type="button"
                        class="sb-button sb-button--small"
                        on:click=move |_| voice.stop()
                    >
                        {i18n.tr(Msg::StopRecording)}
                    </button>
                    {delete_button()}
                }
                .into_any()
            }
            Take::Recorded { url, ms } => {
                let send = NodeRef::<Button>::new();
                send.on_load(|b| _ = b.focus());
                let target = voice.origin.get_untracked();
                view! {
                    <audio
                        class="sb-voice__preview"
                        controls
                        preload="metadata"
                        src=url
                        aria-label=i18n.tr(Msg::VoicePreview)
                    ></audio>
                    <span class="sb-voice__clock">{voice_note::elapsed(ms)}</span>
                    <button
                        type="button"
                        class="sb-button sb-button--small sb-button--ghost"
                        on:click=move |_| {
                            if let Some(t) = target {
                                voice.start(t);
                            }
                        }
                    >
                        {i18n.tr(Msg::RecordAgain)}
                    </button>
                    {delete_button()}
                    <button
                        node_ref=send
                        type="button"
                        class="sb-button sb-button--small sb-button--primary"
                        on:click=move |_| {
                            voice.send();
                            ctx.focus();
                        }
                    >
                        {i18n.tr(Msg::SendVoice)}
                    </button>
                }
                .into_any()
            }
        };
        Some(view! {
            <div class="sb-voice" role="group" aria-label=i18n.tr(Msg::RecordVoice)>
                {inner}
            </div>
        })
    };
    let problem = move || {
        let m = voice.problem.get().filter(|_| mine())?;
        Some(view! { <p class="sb-voice__problem" role="alert">{move || i18n.t(m)}</p> })
    };
    view! {
        {problem}
        {body}
    }
}
