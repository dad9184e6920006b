//! The line above the editor that says the messaging window has closed, so only an
//! approved template can be sent (in a reply; a note is not affected). It follows a
//! clock, so a window that closes while the agent writes shows up.

use super::facts::closed_window;
use crate::components::composer::use_composer;
use crate::i18n::use_i18n;
use chrono::Utc;
use leptos::prelude::*;
use std::time::Duration;
use switchboard_core::row_label::channel_msg;

/// How often the notice looks at the time again (the banners' pace).
const CLOCK_MS: u64 = 30_000;

/// The closed-window notice, when the window has closed.
#[component]
pub fn WindowNotice() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let now = RwSignal::new(Utc::now());
    if let Ok(handle) =
        set_interval_with_handle(move || now.set(Utc::now()), Duration::from_millis(CLOCK_MS))
    {
        on_cleanup(move || handle.clear());
    }
    let closed = Memo::new(move |_| closed_window(ctx, now.get()));
    move || {
        closed.get().map(|channel| {
            view! {
                <p class="sb-tpl-window" role="status">
                    {move || {
                        i18n.locale().window_closed_only_templates(&i18n.t(channel_msg(channel)))
                    }}
                </p>
            }
        })
    }
}
