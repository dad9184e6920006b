//! One option of the command palette: its name, what kind of thing it is, its keys.

use super::palette::option_id;
use super::palette_entries::Entry;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// An `option` of the palette's listbox.
#[component]
pub fn PaletteOption(
    /// Its place in the list.
    index: usize,
    /// What it offers.
    entry: Entry,
    /// Whether it is the active option.
    active: Signal<bool>,
    /// Chooses it.
    on_pick: Callback<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let Entry {
        label, kind, keys, ..
    } = entry;
    let name = label.clone();
    let description = {
        let keys = keys.clone();
        move || match &keys {
            Some(k) => format!("{}, {k}", i18n.t(kind)),
            None => i18n.t(kind).to_owned(),
        }
    };
    view! {
        <li
            role="option"
            id=option_id(index)
            class="sb-palette__option"
            class:sb-palette__option--active=move || active.get()
            aria-selected=move || active.get().to_string()
            aria-label=name
            aria-description=description
            // Focus stays in the box.
            on:mousedown=|ev| ev.prevent_default()
            on:click=move |_| on_pick.run(index)
        >
            <span class="sb-palette__label">{label}</span>
            <span class="sb-palette__kind" aria-hidden="true">{move || i18n.t(kind)}</span>
            {keys.map(|k| view! { <kbd class="sb-palette__keys" aria-hidden="true">{k}</kbd> })}
        </li>
    }
}
