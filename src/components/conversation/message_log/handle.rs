//! How the log brings a message into view (message links, search hits, reply quotes):
//! load the stretch around it if needed, render it, centre it and flash it.

use crate::hooks::after_next_frame;
use crate::i18n::Msg;
use crate::store::history::{self, Around};
use crate::store::Store;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::log_window::LogWindow;
use switchboard_core::timeline::LogRow;
use switchboard_protocol::{ConversationId, MessageId};
use wasm_bindgen::JsCast;

/// What the log shares with the search bar: how to bring a message into view.
#[derive(Clone, Copy)]
pub struct LogHandle {
    pub(super) conversation: ConversationId,
    pub(super) rows: Memo<Vec<LogRow>>,
    pub(super) window: RwSignal<LogWindow>,
    pub(super) stick: StoredValue<bool>,
    pub(super) anchor: StoredValue<Option<(String, i32)>>,
}

impl LogHandle {
    /// The conversation of the log.
    pub fn conversation(self) -> ConversationId {
        self.conversation
    }

    /// Loads (if needed), renders and scrolls to a message, then flashes it.
    pub fn reveal(self, state: Store, mid: MessageId) {
        let id = self.conversation;
        spawn_local(async move {
            match history::load_around(state, id, mid).await {
                Ok(Around::Loaded) => {}
                // After a resync the page is refused; the reloaded history reveals the
                // message again (the log's generation effect).
                Ok(Around::Stale) => return,
                Ok(Around::Gone) => return state.warn(Msg::ErrMessageGone, None),
                Err(e) => return state.warn_error(&e),
            }
            let Some(index) = self
                .rows
                .try_with_untracked(|r| r.iter().position(|row| row.message_id() == Some(mid)))
                .flatten()
            else {
                return;
            };
            // The log may have closed while the page loaded.
            self.stick.try_set_value(false);
            self.anchor.try_set_value(None);
            let Some(len) = self.rows.try_with_untracked(Vec::len) else {
                return;
            };
            self.window.try_update(|w| w.center_on(index, len));
            // After the frame in which the log settles its scroll position.
            after_next_frame(move || flash(mid));
        });
    }
}

/// Scrolls a rendered message to the middle of the log and flashes it.
fn flash(mid: MessageId) {
    let Ok(Some(el)) = document().query_selector(&format!("[data-message-id=\"{mid}\"]")) else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    let classes = el.class_list();
    // Restart the animation when the same message is flashed twice.
    let _ = classes.remove_1("sb-message--highlight");
    if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = h.offset_width(); // forces a style flush between remove and add
    }
    let _ = classes.add_1("sb-message--highlight");
}
