//! The files of the draft in front of the agent, above the editor: stored ones first (in
//! the order attached), then those still uploading or failed. Each is a chip.

use super::super::ctx::use_composer;
use super::stored_chip::StoredChip;
use super::uploading_chip::UploadingChip;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;

/// A list named "Attached files" (hidden when the draft has none).
#[component]
pub fn FileChips() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let uploads = ctx.files.uploads;
    let stored = Memo::new(move |_| ctx.with_draft(|d| d.files.clone()));
    let target = Memo::new(move |_| ctx.open.get().map(|id| (id, ctx.mode.get())));
    let moving = Memo::new(move |_| {
        let t = target.get();
        uploads.items.with(|v| {
            v.iter()
                .filter(|a| Some(a.target) == t)
                .map(|a| a.key)
                .collect::<Vec<_>>()
        })
    });
    let empty = Memo::new(move |_| stored.with(Vec::is_empty) && moving.with(Vec::is_empty));
    view! {
        <ul
            class="sb-file-chips"
            aria-label=i18n.tr(Msg::AttachedFiles)
            hidden=move || empty.get()
        >
            <For each=move || stored.get() key=|f| f.id let:file>
                <StoredChip file />
            </For>
            <For each=move || moving.get() key=|k| *k let:key>
                <UploadingChip key />
            </For>
        </ul>
    }
}
