//! Keeps keyboard focus in a panel section across an action: a control that acted may be
//! gone once the answer is in (a removed operator's "Remove", a stopped automation's
//! "Stop", "Leave chat"). Focus left on nothing goes to the section's heading, so the
//! agent goes on from where they were instead of from the top of the page.

use super::super::form_kit::run_action;
use crate::store::{Command, Store};
use leptos::html::H2;
use leptos::prelude::*;
use switchboard_protocol::{ConversationAction, ConversationId};

/// Runs `action` as the panel does (`run_action`, one run of `command`), then puts focus
/// on `heading` if the focused control went away meanwhile.
pub async fn run_keeping_focus(
    state: Store,
    id: ConversationId,
    action: ConversationAction,
    command: Command,
    heading: NodeRef<H2>,
) {
    run_action(state, id, action, command).await;
    // After the answer's re-render: the next frame.
    request_animation_frame(move || {
        let lost = document()
            .active_element()
            .is_none_or(|el| el.tag_name().eq_ignore_ascii_case("body") || !el.is_connected());
        if lost {
            if let Some(h) = heading.try_get_untracked().flatten() {
                let _ = h.focus();
            }
        }
    });
}
