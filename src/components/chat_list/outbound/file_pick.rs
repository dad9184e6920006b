//! Files for the first message: chosen with a file picker, each checked against the
//! workspace's limits (the server's own `FileLimits::check` and the per-message cap, via
//! `upload_rules`) and uploaded at once (`POST /uploads`); stored files are listed with
//! Remove. Sending waits until every upload has finished.

use super::draft::{refusal, Draft};
use crate::i18n::{use_i18n, Msg};
use crate::store::uploads::Transfers;
use crate::store::use_store;
use leptos::prelude::*;
use switchboard_core::upload_rules::{check_batch, describe, Refusal};
use wasm_bindgen::JsCast;

/// The picker and the list of stored files.
#[component]
pub fn FilePick(
    /// The form.
    draft: Draft,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    // The uploads under way (cancelled if the dialog goes away), by a key per file.
    let transfers = Transfers::new();
    let next_key = StoredValue::new(0_u64);
    let limits = move || {
        state
            .session
            .with_untracked(|s| s.as_ref().map(|s| s.settings.file_limits.clone()))
            .unwrap_or_default()
    };
    let pick = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let files: Vec<web_sys::File> = input
            .files()
            .map(|list| (0..list.length()).filter_map(|i| list.item(i)).collect())
            .unwrap_or_default();
        input.set_value("");
        let limits = limits();
        let taken = draft.files.with_untracked(Vec::len) + draft.uploading.get_untracked();
        let named: Vec<(String, u64)> = files.iter().map(|f| (f.name(), f.size() as u64)).collect();
        let verdicts = check_batch(named.iter().map(|(n, s)| (n.as_str(), *s)), taken, &limits);
        let mut refused = Vec::new();
        for (file, verdict) in files.into_iter().zip(verdicts) {
            if let Err(problem) = verdict {
                refused.push(describe(
                    i18n.locale(),
                    &Refusal {
                        name: file.name(),
                        problem,
                    },
                    &limits,
                ));
                continue;
            }
            let key = next_key.get_value();
            next_key.set_value(key + 1);
            transfers.keep(key, (*file).clone());
            draft.uploading.update(|n| *n += 1);
            transfers.send(
                key,
                &file.name(),
                |_| {},
                move |answer| {
                    match answer {
                        Ok(upload) => _ = draft.files.try_update(|f| f.push(upload)),
                        Err(e) => _ = draft.refused.try_set(Some(refusal(i18n, &e))),
                    }
                    _ = draft.uploading.try_update(|n| *n = n.saturating_sub(1));
                },
            );
        }
        draft
            .refused
            .set((!refused.is_empty()).then(|| refused.join(" ")));
    };
    view! {
        <div class="sb-outbound__files">
            <label class="sb-button sb-button--small sb-outbound__attach">
                {i18n.tr(Msg::AttachFiles)}
                <input type="file" multiple class="sb-visually-hidden" on:change=pick />
            </label>
            <Show when=move || { draft.uploading.get() > 0 }>
                <span role="status">{i18n.tr(Msg::UploadingFiles)}</span>
            </Show>
            <ul class="sb-outbound__file-list" aria-label=i18n.tr(Msg::AttachedFiles)>
                {move || draft.files.get().into_iter().map(|f| {
                    let id = f.id;
                    let name = f.name.clone();
                    view! {
                        <li class="sb-outbound__file">
                            <span>{f.name.clone()}</span>
                            <button
                                type="button"
                                class="sb-button sb-button--small sb-button--ghost"
                                aria-label=move || i18n.locale().remove_file(&name)
                                on:click=move |_| draft.files.update(|v| v.retain(|u| u.id != id))
                            >
                                "×"
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}
