//! A picker opened from a tools button: a search box that drives a suggestion list (the
//! ARIA combobox pattern: the box keeps the focus and points at the active option), and
//! an optional pane beside it. The arrows move, Enter chooses, Escape closes and gives
//! the focus back to the editor; the focus leaving the picker closes it too.

use super::suggest_list::{option_count, option_id, Section, SuggestList};
use leptos::html::Input;
use leptos::prelude::*;
use switchboard_core::suggest::{key_action, KeyAction};
use wasm_bindgen::JsCast;

/// The picker.
#[component]
pub fn SearchPicker(
    /// The listbox's element id.
    list_id: &'static str,
    /// The picker's and the list's accessible name (`Templates`, `Emoji`).
    #[prop(into)]
    label: Signal<String>,
    /// The search box's accessible name.
    #[prop(into)]
    search_label: Signal<String>,
    /// What is typed in the search box.
    query: RwSignal<String>,
    /// The options for the query.
    #[prop(into)]
    sections: Signal<Vec<Section>>,
    /// The active option.
    active: RwSignal<usize>,
    /// Called with the flat index of the option chosen.
    #[prop(into)]
    on_choose: Callback<usize>,
    /// Called when the picker should close: `true` to give the focus back to the editor
    /// (Escape), `false` when the focus went elsewhere.
    #[prop(into)]
    on_close: Callback<bool>,
    /// Options per row (the emoji grid); 1 for a list.
    #[prop(default = 1)]
    columns: usize,
    /// A line about the list (loading, nothing found).
    #[prop(optional, into)]
    status: Signal<Option<String>>,
    /// Beside the list: the active option's preview.
    #[prop(optional)]
    children: Option<ChildrenFn>,
) -> impl IntoView {
    let input = NodeRef::<Input>::new();
    Effect::new(move |_| {
        if let Some(el) = input.get() {
            _ = el.focus();
        }
    });
    let len = move || sections.with(|s| option_count(s));
    let activedescendant = move || (len() > 0).then(|| option_id(list_id, active.get()));
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.is_composing() {
            return;
        }
        let key = ev.key();
        match key_action(&key, active.get_untracked(), len(), columns) {
            KeyAction::Move(n) => active.set(n),
            KeyAction::Choose => {
                if key == "Tab" {
                    return;
                }
                on_choose.run(active.get_untracked());
            }
            KeyAction::Close => on_close.run(true),
            // Enter must never submit the composer's form from here.
            KeyAction::Pass if key == "Enter" => {}
            KeyAction::Pass => return,
        }
        ev.prevent_default();
        ev.stop_propagation();
    };
    let on_focusout = move |ev: web_sys::FocusEvent| {
        let inside = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .zip(
                ev.current_target()
                    .and_then(|t| t.dyn_into::<web_sys::Node>().ok()),
            )
            .is_some_and(|(to, picker)| picker.contains(Some(&to)));
        if !inside {
            on_close.run(false);
        }
    };
    view! {
        <div
            class="sb-picker"
            class:sb-picker--grid={columns > 1}
            role="dialog"
            aria-label=move || label.get()
            on:focusout=on_focusout
            // Pressing anywhere but the search box keeps the focus there (and the picker open).
            on:mousedown=move |ev| {
                let in_box = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                    .is_some();
                if !in_box {
                    ev.prevent_default();
                }
            }
        >
            <input
                node_ref=input
                class="sb-picker__search"
                type="text"
                role="combobox"
                autocomplete="off"
                aria-autocomplete="list"
                aria-expanded="true"
                aria-controls=list_id
                aria-activedescendant=activedescendant
                aria-label=move || search_label.get()
                placeholder=move || search_label.get()
                prop:value=move || query.get()
                on:input=move |ev| {
                    query.set(event_target_value(&ev));
                    active.set(0);
                }
                on:keydown=on_keydown
            />
            <div class="sb-picker__body">
                <SuggestList id=list_id label sections active on_choose grid={columns > 1} />
                {children.map(|c| view! { <div class="sb-picker__aside">{c()}</div> })}
            </div>
            {move || status.get().map(|s| view! { <p class="sb-suggest__status" role="status">{s}</p> })}
        </div>
    }
}
