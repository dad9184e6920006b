//! An email's HTML, shown in a sandboxed frame.
//!
//! Invariant: the frame is `sandbox=""` (no `allow-scripts`, no `allow-same-origin`,
//! nothing else) and gets the HTML through `srcdoc` behind the content policy of
//! `switchboard_core::message_parts::email_srcdoc`; the HTML never enters the app's own
//! document. The height is an estimate (see `email_frame_height`): the box can be dragged
//! taller, and the frame scrolls.

use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_core::message_parts::{email_frame_height, email_srcdoc};

/// The frame, named "Email content", with a line saying what is blocked.
#[component]
pub fn EmailFrame(
    /// The email's HTML, untrusted.
    html: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let height = email_frame_height(&html);
    view! {
        // `style:` (the CSSOM), not a `style` attribute: the page's policy refuses inline
        // style attributes.
        <div class="sb-email__frame-box" style:height=format!("{height}px")>
            <iframe
                class="sb-email__frame"
                sandbox=""
                referrerpolicy="no-referrer"
                title=i18n.tr(Msg::EmailFrame)
                srcdoc=email_srcdoc(&html)
            ></iframe>
        </div>
        <p class="sb-email__safety">{i18n.tr(Msg::EmailSafety)}</p>
    }
}
