//! The `Attach files` button (UI-CONTRACT.md): opens the system file picker (a hidden
//! `<input type=file multiple>`) and hands what the agent chose to the uploads.

use super::super::ctx::use_composer;
use crate::i18n::{use_i18n, Msg};
use leptos::html::Input;
use leptos::prelude::*;
use switchboard_core::upload_rules;

/// The files of a `FileList` (a picker's choice, a drop, a paste).
pub(super) fn file_list(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map(|l| (0..l.length()).filter_map(|i| l.item(i)).collect())
        .unwrap_or_default()
}

/// A button named "Attach files" and its hidden picker.
#[component]
pub fn AttachButton() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let input = NodeRef::<Input>::new();
    let accept = move || {
        ctx.state.session.with(|s| {
            upload_rules::accept_attribute(
                &s.as_ref()
                    .map(|s| s.settings.file_limits.clone())
                    .unwrap_or_default(),
            )
        })
    };
    let chosen = move |_| {
        let Some(el) = input.get_untracked() else {
            return;
        };
        let files = file_list(el.files());
        // Cleared so that choosing the same file again is a change too.
        el.set_value("");
        if let (Some(id), false) = (ctx.open.get_untracked(), files.is_empty()) {
            ctx.files
                .uploads
                .attach((id, ctx.mode.get_untracked()), files);
        }
    };
    view! {
        <button
            type="button"
            class="sb-icon-button sb-files__attach"
            aria-label=i18n.tr(Msg::AttachFiles)
            title=i18n.tr(Msg::AttachFiles)
            disabled=move || ctx.open.get().is_none()
            on:click=move |_| {
                if let Some(el) = input.get_untracked() {
                    el.click();
                }
            }
        >
            // A paper clip.
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
                <path
                    fill="none"
                    stroke="currentColor"
                    stroke-width="2"
                    stroke-linecap="round"
                    d="M21 11.5l-8.6 8.6a5 5 0 0 1-7.1-7.1l8.6-8.6a3.3 3.3 0 0 1 4.7 4.7l-8.6 8.6a1.7 1.7 0 0 1-2.4-2.4l7.9-7.9"
                />
            </svg>
        </button>
        <input
            node_ref=input
            type="file"
            multiple
            hidden
            tabindex="-1"
            accept=accept
            on:change=chosen
        />
    }
}
