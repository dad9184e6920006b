//! The `Reply` / `Note` radios (UI-CONTRACT.md), with arrow keys between them.

use super::ctx::use_composer;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_protocol::Visibility;

/// The two mode radios.
#[component]
pub fn ModeSwitch() -> impl IntoView {
    view! {
        <div class="sb-composer__modes" role="radiogroup">
            <ModeButton value=Visibility::Public label=Msg::Reply />
            <ModeButton value=Visibility::Internal label=Msg::Note />
        </div>
    }
}

/// One of the two mode radios.
#[component]
fn ModeButton(
    /// The mode this radio selects.
    value: Visibility,
    /// Its name.
    label: Msg,
) -> impl IntoView {
    let i18n = use_i18n();
    let mode = use_composer().mode;
    let checked = move || mode.get() == value;
    view! {
        <button
            type="button"
            role="radio"
            class="sb-composer__mode"
            class:sb-composer__mode--note=value == Visibility::Internal
            aria-checked=move || checked().to_string()
            tabindex=move || if checked() { "0" } else { "-1" }
            on:click=move |_| mode.set(value)
            on:keydown=move |ev| {
                if matches!(ev.key().as_str(), "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown") {
                    ev.prevent_default();
                    mode.update(|m| {
                        *m = match m {
                            Visibility::Public => Visibility::Internal,
                            Visibility::Internal => Visibility::Public,
                        }
                    });
                }
            }
        >
            {move || i18n.t(label)}
        </button>
    }
}
