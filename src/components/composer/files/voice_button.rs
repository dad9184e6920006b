//! The `Record voice message` button of the tools row: asks for the microphone and starts
//! recording (the panel above the editor then shows the clock and Stop).

use super::super::ctx::use_composer;
use super::voice::Take;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;

/// A button named "Record voice message", pressed while a recording is under way.
#[component]
pub fn VoiceButton() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let voice = ctx.files.voice;
    let busy = move || voice.take.with(|t| !matches!(t, Take::Idle));
    view! {
        <button
            type="button"
            class="sb-icon-button sb-files__record"
            aria-label=i18n.tr(Msg::RecordVoice)
            title=i18n.tr(Msg::RecordVoice)
            aria-pressed=move || busy().to_string()
            disabled=move || ctx.open.get().is_none() || busy()
            on:click=move |_| {
                if let Some(id) = ctx.open.get_untracked() {
                    voice.start((id, ctx.mode.get_untracked()));
                }
            }
        >
            // A microphone.
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
                <g fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
                    <rect x="9" y="3" width="6" height="11" rx="3" />
                    <path d="M5 11a7 7 0 0 0 14 0M12 18v3" />
                </g>
            </svg>
        </button>
    }
}
