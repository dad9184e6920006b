//! Carries out a row's menu item or swipe: a server action through the store
//! (`conversations::act`), or the browser's clipboard and tabs.
//!
//! A server action changes nothing locally until the server agrees; its answer is applied
//! with `upsert_conversation` (so the tab counts move exactly once: the socket event that
//! follows finds the record already up to date). A refusal shows the server's words in the
//! alert region and leaves the row as it was.

use crate::components::common::announce::announce;
use crate::i18n::{Locale, Msg};
use crate::store::conversations::{self, Outcome};
use crate::store::Store;
use chrono::Utc;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::row_actions::RowAction;
use switchboard_core::Route;
use switchboard_protocol::{ClosingNotes, ConversationId};
use wasm_bindgen_futures::JsFuture;

/// The agent's offset from UTC in minutes east (what `Date#getTimezoneOffset` negates).
pub fn local_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// The conversation's absolute address (`https://host/conversations/42`).
fn absolute_url(id: ConversationId) -> Option<String> {
    let origin = window().location().origin().ok()?;
    Some(format!("{origin}{}", Route::Conversation(id).path()))
}

/// Runs `action` on conversation `id` (whose contact is `name`, for the announcement).
pub fn run(state: Store, locale: Locale, id: ConversationId, name: String, action: RowAction) {
    let say = move |text: &str| announce(&format!("{name}: {text}"));
    match action {
        RowAction::CopyLink => {
            let Some(url) = absolute_url(id) else { return };
            let promise = window().navigator().clipboard().write_text(&url);
            spawn_local(async move {
                match JsFuture::from(promise).await {
                    Ok(_) => say(locale.t(Msg::LinkCopied)),
                    Err(e) => state.warn(Msg::ErrClipboard, e.as_string().or_else(|| js_error(&e))),
                }
            });
        }
        RowAction::OpenInNewTab => {
            if let Some(url) = absolute_url(id) {
                // `noopener`: the new tab cannot reach back into this one (and the call
                // then answers null whether or not a tab opened, so there is nothing to check).
                let _ = window().open_with_url_and_target_and_features(&url, "_blank", "noopener");
            }
        }
        RowAction::Close if closing_note_required(state) => {
            state.warn(Msg::ClosingNoteRequired, None);
        }
        _ => {
            let me = state
                .session
                .with_untracked(|s| s.as_ref().map(|s| s.agent.id));
            let Some(wire) = me.and_then(|me| action.wire(me, Utc::now(), local_offset_minutes()))
            else {
                return;
            };
            spawn_local(async move {
                // A refusal is a notice; gone meanwhile (deleted), the row goes away.
                if let Ok(Outcome::Updated) = conversations::act(state, id, wire, || {}).await {
                    let until = state
                        .inbox()
                        .with_untracked(|i| i.conversations.get(id).and_then(|c| c.snoozed_until));
                    let Some(done) = action.done() else { return };
                    let mut text = locale.t(done).to_owned();
                    if let (RowAction::Snooze(_), Some(t)) = (action, until) {
                        let when = super::row_time_label::until_time(locale, t);
                        text = format!("{text} {}", locale.until(&when));
                    }
                    say(&text);
                }
            });
        }
    }
}

/// Whether the workspace asks for a closing note, which a menu cannot collect.
fn closing_note_required(state: Store) -> bool {
    state.session.with_untracked(|s| {
        s.as_ref()
            .is_some_and(|s| s.settings.closing_notes == ClosingNotes::Mandatory)
    })
}

/// The message of a JavaScript error object.
fn js_error(e: &wasm_bindgen::JsValue) -> Option<String> {
    js_sys::Reflect::get(e, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
}
