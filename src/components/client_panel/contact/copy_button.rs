//! A button that puts a value on the clipboard and says so: "Copied" on the button for a
//! moment, and in the polite live region for screen readers. When the browser refuses, the
//! value goes in the notice instead, to copy by hand.

use crate::components::common::announce::announce;
use crate::i18n::{use_i18n, Msg};
use crate::store::use_store;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

/// How long the button says "Copied", in milliseconds.
const COPIED_MS: u32 = 1500;

/// The accessible name of a copy button: a fixed phrase, or "Copy {field}".
#[derive(Clone)]
pub enum CopyLabel {
    /// A phrase of its own ("Copy email").
    Msg(Msg),
    /// "Copy {field}" with this field name.
    Field(String),
}

impl From<Msg> for CopyLabel {
    fn from(m: Msg) -> Self {
        CopyLabel::Msg(m)
    }
}

impl From<String> for CopyLabel {
    fn from(s: String) -> Self {
        CopyLabel::Field(s)
    }
}

/// A "Copy" button for `text`.
#[component]
pub fn CopyButton(
    /// What goes on the clipboard.
    text: String,
    /// The button's accessible name.
    #[prop(into)]
    label: CopyLabel,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_store();
    let copied = RwSignal::new(false);
    let name = move || match &label {
        CopyLabel::Msg(m) => i18n.t(*m).to_owned(),
        CopyLabel::Field(f) => i18n.locale().copy_field(&f),
    };
    let copy = move |_| {
        let text = text.clone();
        let promise = window().navigator().clipboard().write_text(&text);
        spawn_local(async move {
            match JsFuture::from(promise).await {
                Ok(_) => {
                    announce(i18n.locale().t(Msg::Copied));
                    _ = copied.try_set(true);
                    gloo_timers::future::TimeoutFuture::new(COPIED_MS).await;
                    _ = copied.try_set(false);
                }
                Err(_) => state.warn(Msg::ErrClipboard, Some(text)),
            }
        });
    };
    view! {
        <button
            type="button"
            class="sb-button sb-button--ghost sb-contact__tool"
            aria-label=name
            on:click=copy
        >
            {move || i18n.t(if copied.get() { Msg::Copied } else { Msg::CopyShort })}
        </button>
    }
}
