//! The alert sound: a short two-tone beep made with WebAudio (nothing to download).
//!
//! One `AudioContext` for the app, made at the first beep. A browser keeps a context made
//! before the agent's first click or key press suspended; `resume` lets it play from
//! then on, and until then the beep is silently lost (a notification still shows).

use std::cell::RefCell;
use wasm_bindgen::JsValue;
use web_sys::{AudioContext, AudioContextState, OscillatorType};

thread_local! {
    static CONTEXT: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
}

/// The two tones (Hz), high then low: noticeable, not alarming.
const TONES: [f32; 2] = [880.0, 660.0];
/// How long each tone lasts (s).
const TONE_S: f64 = 0.12;
/// From the start of one tone to the next (s): a short gap between them.
const STEP_S: f64 = 0.15;
/// Peak loudness (0–1): well under a notification sound's.
const PEAK: f32 = 0.15;

/// Plays the beep (quietly does nothing where WebAudio is missing or refused).
pub(super) fn beep() {
    CONTEXT.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_none() {
            *c = AudioContext::new().ok();
        }
        if let Some(ctx) = c.as_ref() {
            let _ = play(ctx);
        }
    });
}

fn play(ctx: &AudioContext) -> Result<(), JsValue> {
    if ctx.state() == AudioContextState::Suspended {
        let _ = ctx.resume()?;
    }
    let t0 = ctx.current_time();
    for (i, hz) in TONES.into_iter().enumerate() {
        let start = t0 + i as f64 * STEP_S;
        let osc = ctx.create_oscillator()?;
        osc.set_type(OscillatorType::Sine);
        osc.frequency().set_value(hz);
        let gain = ctx.create_gain()?;
        let g = gain.gain();
        // A soft attack and a fast fade: no click at either end.
        g.set_value_at_time(0.0, start)?;
        g.linear_ramp_to_value_at_time(PEAK, start + 0.01)?;
        g.exponential_ramp_to_value_at_time(0.0001, start + TONE_S)?;
        osc.connect_with_audio_node(&gain)?;
        gain.connect_with_audio_node(&ctx.destination())?;
        osc.start_with_when(start)?;
        osc.stop_with_when(start + TONE_S)?;
    }
    Ok(())
}
