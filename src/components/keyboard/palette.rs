//! The `Command palette` (Ctrl+Shift+K / Cmd+Shift+K): a dialog with a combobox (the
//! WAI-ARIA combobox with a listbox popup). Typing lists what answers the text; the arrows
//! move the active option (`aria-activedescendant`, focus stays in the box); Enter or a
//! click runs it; Escape closes the dialog. The choice runs once the dialog has closed and
//! focus is back where it was, so what it focuses (the composer, a menu) keeps focus.

use super::palette_entries::{choose, entries, Choice};
use super::palette_option::PaletteOption;
use super::use_keyboard;
use crate::components::common::ModalDialog;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;

/// The id of option `i`.
pub fn option_id(i: usize) -> String {
    format!("sb-palette-option-{i}")
}

/// The dialog named `Command palette`.
#[component]
pub fn CommandPalette() -> impl IntoView {
    let kb = use_keyboard();
    let i18n = use_i18n();
    let text = RwSignal::new(String::new());
    let active = RwSignal::new(0_usize);
    let chosen = StoredValue::new(None::<Choice>);
    let found = Memo::new(move |_| {
        // Worked out only while the palette is open.
        if kb.palette_open.get() {
            text.with(|t| entries(kb, i18n, t))
        } else {
            Vec::new()
        }
    });
    let pick = move |i: usize| {
        if let Some(e) = found.with_untracked(|v| v.get(i).cloned()) {
            chosen.set_value(Some(e.choice));
            kb.palette_open.set(false);
        }
    };
    let on_closed = Callback::new(move |()| {
        text.set(String::new());
        active.set(0);
        if let Some(c) = chosen.try_update_value(Option::take).flatten() {
            choose(kb, c);
        }
    });
    let reveal = move |i: usize| {
        if let Some(el) = document().get_element_by_id(&option_id(i)) {
            el.scroll_into_view_with_bool(false);
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let n = found.with_untracked(Vec::len);
        let key = ev.key();
        match key.as_str() {
            "ArrowDown" | "ArrowUp" if n > 0 => {
                ev.prevent_default();
                let at = active.get_untracked().min(n - 1);
                let to = if key == "ArrowDown" {
                    (at + 1) % n
                } else {
                    (at + n - 1) % n
                };
                active.set(to);
                reveal(to);
            }
            "Enter" if !ev.is_composing() => {
                ev.prevent_default();
                pick(active.get_untracked());
            }
            _ => {}
        }
    };
    view! {
        <ModalDialog open=kb.palette_open labelledby="sb-palette-title" on_closed>
            <div class="sb-dialog__form sb-palette">
                <h2 class="sb-dialog__title sb-visually-hidden" id="sb-palette-title">
                    {i18n.tr(Msg::KbPaletteTitle)}
                </h2>
                <input
                    type="text"
                    role="combobox"
                    class="sb-input sb-palette__input"
                    autocomplete="off"
                    spellcheck="false"
                    aria-label=i18n.tr(Msg::KbPaletteInput)
                    placeholder=i18n.tr(Msg::KbPaletteInput)
                    aria-expanded="true"
                    aria-autocomplete="list"
                    aria-controls="sb-palette-list"
                    aria-activedescendant=move || {
                        let n = found.with(Vec::len);
                        (n > 0).then(|| option_id(active.get().min(n - 1)))
                    }
                    prop:value=move || text.get()
                    on:input=move |ev| {
                        text.set(event_target_value(&ev));
                        active.set(0);
                    }
                    on:keydown=on_key
                />
                <ul
                    class="sb-palette__list"
                    id="sb-palette-list"
                    role="listbox"
                    aria-label=i18n.tr(Msg::KbPaletteResults)
                >
                    {move || {
                        found
                            .get()
                            .into_iter()
                            .enumerate()
                            .map(|(i, entry)| {
                                view! {
                                    <PaletteOption
                                        index=i
                                        entry
                                        active=Signal::derive(move || active.get() == i)
                                        on_pick=Callback::new(pick)
                                    />
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                <p class="sb-palette__empty" role="status">
                    {move || found.with(Vec::is_empty).then(|| i18n.t(Msg::KbNoResults))}
                </p>
            </div>
        </ModalDialog>
    }
}
