//! One shortcut of the dialog: its name, its keys, and the button that records new ones.
//!
//! Recording: the button is pressed (`aria-pressed`), the next key with its modifiers
//! (a modifier alone is waited past) becomes the shortcut unless the keymap refuses it;
//! Escape keeps the old keys, Tab gives up and moves on as usual.

use super::labels::{action_msg, keys_text, taken_msg};
use super::{stored, use_keyboard};
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_core::keymap::{Action, Chord, KeyEvent, RemapError};

/// What the last change did, in words.
#[derive(Clone, Debug, PartialEq)]
pub enum Said {
    /// It was made.
    Done(String),
    /// It was refused.
    Refused(String),
}

/// A row of the shortcuts table.
#[component]
pub fn ShortcutRow(
    /// The action.
    action: Action,
    /// The action whose keys are being recorded (one at a time).
    recording: RwSignal<Option<Action>>,
    /// The dialog's word on the last change.
    said: RwSignal<Option<Said>>,
) -> impl IntoView {
    let kb = use_keyboard();
    let i18n = use_i18n();
    let name = move || i18n.t(action_msg(action));
    let keys = move || {
        kb.keymap
            .with(|m| keys_text(i18n.locale(), &m.bindings(action)))
    };
    let is_recording = move || recording.get() == Some(action);
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if recording.get_untracked() != Some(action) {
            return;
        }
        let (key, code) = (ev.key(), ev.code());
        if key == "Tab" {
            recording.set(None);
            return;
        }
        ev.prevent_default();
        ev.stop_propagation();
        if key == "Escape" {
            recording.set(None);
            return;
        }
        let Some(chord) = Chord::from_event(&KeyEvent {
            key: &key,
            code: &code,
            ctrl: ev.ctrl_key(),
            meta: ev.meta_key(),
            alt: ev.alt_key(),
            shift: ev.shift_key(),
            composing: ev.is_composing(),
        }) else {
            // A modifier alone: the key comes next.
            return;
        };
        recording.set(None);
        let locale = untrack(|| i18n.locale());
        let mut map = kb.keymap.get_untracked();
        let shown = chord.to_string();
        said.set(Some(match map.remap(action, chord) {
            Ok(()) => {
                stored::save(kb.state, &map);
                kb.keymap.set(map);
                let what = locale.t(action_msg(action));
                Said::Done(locale.kb_saved(&what, &shown))
            }
            Err(RemapError::Conflict(taken)) => {
                Said::Refused(locale.kb_conflict(&locale.t(taken_msg(taken)), &shown))
            }
            Err(RemapError::Unusable) => Said::Refused(locale.kb_unusable(&shown)),
        }));
    };
    view! {
        <tr class:sb-keys__row--recording=is_recording>
            <th scope="row">{name}</th>
            <td class="sb-keys__keys">{keys}</td>
            <td>
                <button
                    type="button"
                    class="sb-button sb-button--small"
                    aria-label=move || i18n.locale().kb_change_for(&name())
                    aria-pressed=move || is_recording().to_string()
                    aria-description=move || {
                        is_recording().then(|| i18n.locale().kb_recording_hint(&name()))
                    }
                    on:click=move |_| {
                        said.set(None);
                        recording.set(if is_recording() { None } else { Some(action) });
                    }
                    on:keydown=on_key
                >
                    {move || i18n.t(if is_recording() { Msg::KbRecording } else { Msg::KbChange })}
                </button>
            </td>
        </tr>
    }
}
