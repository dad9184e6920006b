//! The one keydown listener of the shortcuts: describes the press and where focus is,
//! asks the keymap (`switchboard_core::keymap::Keymap::decide`) and runs the answer.
//! A key someone else already handled (`defaultPrevented`: a menu's arrows, the composer's
//! Enter) is left alone, and so is every key while a modal dialog is open.

use super::KeyboardCtx;
use crate::components::common::shortcuts::typed_into;
use leptos::ev;
use leptos::prelude::*;
use switchboard_core::keymap::{KeyEvent, Press};
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Listens on the window for as long as the calling component lives.
pub fn install(kb: KeyboardCtx) {
    let handle = window_event_listener(ev::keydown, move |e| {
        if e.default_prevented() {
            return;
        }
        let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
        let in_text_field = typed_into(target.as_ref());
        let in_composer = target.as_ref().is_some_and(|t| {
            kb.composer
                .editor
                .get_untracked()
                .is_some_and(|ed| ed.unchecked_ref::<Element>() == t)
        });
        let dialog_open = document()
            .query_selector("dialog[open]")
            .ok()
            .flatten()
            .is_some();
        let (key, code) = (e.key(), e.code());
        let press = Press {
            event: KeyEvent {
                key: &key,
                code: &code,
                ctrl: e.ctrl_key(),
                meta: e.meta_key(),
                alt: e.alt_key(),
                shift: e.shift_key(),
                composing: e.is_composing(),
            },
            in_text_field,
            in_composer,
            dialog_open,
        };
        let Some(action) = kb.keymap.with_untracked(|m| m.decide(&press)) else {
            return;
        };
        if kb.run(action) {
            e.prevent_default();
        }
    });
    on_cleanup(move || handle.remove());
}
