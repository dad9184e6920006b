//! Running something once the browser has drawn: after the next frame (the DOM a render
//! just made is laid out), or after the frame after it (a scroll position the log settles
//! in one frame is in place).

use leptos::prelude::*;

/// Runs `f` before the next frame is painted.
pub fn next_frame(f: impl FnOnce() + 'static) {
    request_animation_frame(f);
}

/// Runs `f` in the frame after the next one.
pub fn after_next_frame(f: impl FnOnce() + 'static) {
    request_animation_frame(move || request_animation_frame(f));
}
