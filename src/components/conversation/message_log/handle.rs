//! How the log brings a message into view (message links, search hits, reply quotes):
//! load the stretch around it if needed, render it, centre it and flash it.

use crate::api;
use crate::i18n::Msg;
use crate::store::Store;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::log_window::LogWindow;
use switchboard_core::timeline::LogRow;
use switchboard_protocol::{ConversationId, MessageId, MessageQuery};
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
            let loaded = state
                .inbox
                .with_untracked(|i| i.logs.get(&id).is_some_and(|l| l.get(mid).is_some()));
            if !loaded {
                let q = MessageQuery {
                    around: Some(mid),
                    ..MessageQuery::default()
                };
                let token = state
                    .inbox
                    .try_update(|i| i.begin_load(id))
                    .unwrap_or_default();
                match api::message_page(id, &q).await {
                    Ok(page) if page.items.iter().any(|m| m.id == mid) => {
                        // After a resync the page is refused; the reloaded history reveals
                        // the message again (the generation effect below).
                        let taken = state
                            .inbox
                            .try_update(|i| i.load_around_since(id, page, token))
                            .unwrap_or(false);
                        if !taken {
                            return;
                        }
                    }
                    Ok(_) => return state.warn(Msg::ErrMessageGone, None),
                    Err(e) => return state.warn(e.msg(), e.detail().map(str::to_owned)),
                }
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

/// Runs `f` in the frame after the next one.
pub(super) fn after_next_frame(f: impl FnOnce() + 'static) {
    request_animation_frame(move || request_animation_frame(f));
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
