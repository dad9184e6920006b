//! The `Keyboard shortcuts` dialog (`?`): every shortcut with its current keys, grouped,
//! a button per shortcut to record new keys, and a reset to the defaults. What the last
//! change did is said under the tables: the new keys (a status), or why they were refused
//! (an alert naming the action that has them).

use super::labels::{fixed_msg, group_msg, keys_text};
use super::shortcut_row::{Said, ShortcutRow};
use super::{stored, use_keyboard};
use crate::components::common::ModalDialog;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_core::keymap::{Action, Fixed, Group, Keymap};

/// The dialog named `Keyboard shortcuts`.
#[component]
pub fn ShortcutsDialog() -> impl IntoView {
    let kb = use_keyboard();
    let i18n = use_i18n();
    let recording = RwSignal::new(None::<Action>);
    let said = RwSignal::new(None::<Said>);
    let reset = move |_| {
        recording.set(None);
        kb.keymap.set(Keymap::default());
        stored::save(kb.state, &Keymap::default());
        said.set(Some(Said::Done(i18n.t(Msg::KbReset).to_owned())));
    };
    let groups = Group::ALL
        .into_iter()
        .map(|g| {
            let rows = Action::ALL
                .into_iter()
                .filter(|a| a.group() == g)
                .map(|action| view! { <ShortcutRow action recording said /> })
                .collect_view();
            let fixed = (g == Group::Navigation).then(|| {
                Fixed::ALL
                    .into_iter()
                    .map(|f| {
                        view! {
                            <tr>
                                <th scope="row">{i18n.tr(fixed_msg(f))}</th>
                                <td>{move || keys_text(i18n.locale(), &f.keys())}</td>
                                <td class="sb-keys__fixed">{i18n.tr(Msg::KbFixed)}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            });
            view! {
                <table class="sb-keys__group">
                    <caption>{i18n.tr(group_msg(g))}</caption>
                    <tbody>{rows}{fixed}</tbody>
                </table>
            }
        })
        .collect_view();
    view! {
        <ModalDialog
            open=kb.help_open
            labelledby="sb-keys-title"
            on_closed=Callback::new(move |()| {
                recording.set(None);
                said.set(None);
            })
        >
            <div class="sb-dialog__form sb-keys">
                <h2 class="sb-dialog__title" id="sb-keys-title">{i18n.tr(Msg::KbShortcutsTitle)}</h2>
                <p class="sb-dialog__hint">{i18n.tr(Msg::KbShortcutsHint)}</p>
                {groups}
                <p class="sb-dialog__problem" role="alert">
                    {move || match said.get() {
                        Some(Said::Refused(t)) => Some(t),
                        _ => None,
                    }}
                </p>
                <p class="sb-keys__said" role="status">
                    {move || match said.get() {
                        Some(Said::Done(t)) => Some(t),
                        _ => None,
                    }}
                </p>
                <div class="sb-dialog__buttons">
                    <button type="button" class="sb-button" on:click=reset>
                        {i18n.tr(Msg::KbReset)}
                    </button>
                    <button
                        type="button"
                        class="sb-button sb-button--primary"
                        on:click=move |_| kb.help_open.set(false)
                    >
                        {i18n.tr(Msg::KbCloseDialog)}
                    </button>
                </div>
            </div>
        </ModalDialog>
    }
}
