//! A file on its way to the server: name, size and a progress bar with Cancel; or, when
//! the upload failed, the server's reason with Retry and Remove.

use super::super::ctx::use_composer;
use crate::i18n::{use_i18n, Locale, Msg};
use crate::store::ApiError;
use leptos::prelude::*;
use switchboard_core::byte_size::format_size;

/// One chip of an upload, by its key among the uploads.
#[component]
pub fn UploadingChip(
    /// The upload's key.
    key: u64,
) -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let uploads = ctx.files.uploads;
    let item = uploads
        .items
        .with_untracked(|v| v.iter().find(|a| a.key == key).cloned())?;
    let sent = move || {
        uploads
            .items
            .with(|v| v.iter().find(|a| a.key == key).map_or(0, |a| a.sent))
    };
    let failed = Memo::new(move |_| {
        uploads.items.with(|v| {
            v.iter()
                .find(|a| a.key == key)
                .and_then(|a| a.failed.clone())
        })
    });
    let name = switchboard_core::file_name::display_name(&item.name);
    let shown = name.clone();
    // Each control's name says which file (the typed message of each).
    let label = move |of: fn(Locale, &dyn std::fmt::Display) -> String| {
        let name = name.clone();
        move || of(i18n.locale(), &name)
    };
    let size = item.size;
    let thumb = item
        .thumb
        .map(|url| view! { <img class="sb-file-chip__thumb" alt="" src=url /> });
    let state = move || {
        match failed.get() {
            None => view! {
                <progress
                    class="sb-file-chip__progress"
                    max=size.max(1).to_string()
                    value=move || sent().to_string()
                    aria-label=label(Locale::uploading_file)
                ></progress>
                <button
                    type="button"
                    class="sb-icon-button sb-file-chip__remove"
                    aria-label=label(Locale::cancel_upload)
                    title=label(Locale::cancel_upload)
                    on:click=move |_| {
                        uploads.cancel(key);
                        ctx.focus();
                    }
                >
                    "×"
                </button>
            }
            .into_any(),
            Some(e) => {
                // The server's own words when it refused; otherwise what went wrong.
                let why = match &e {
                    ApiError::Refused { message, .. } => message.clone(),
                    other => i18n.t(other.msg()).to_owned(),
                };
                view! {
                    <span class="sb-file-chip__error" role="alert">
                        {i18n.tr(Msg::UploadFailed)} " " {why}
                    </span>
                    <button
                        type="button"
                        class="sb-button sb-button--small"
                        aria-label=label(Locale::retry_upload)
                        on:click=move |_| uploads.retry(key)
                    >
                        {i18n.tr(Msg::Retry)}
                    </button>
                    <button
                        type="button"
                        class="sb-icon-button sb-file-chip__remove"
                        aria-label=label(Locale::remove_file)
                        title=label(Locale::remove_file)
                        on:click=move |_| {
                            uploads.cancel(key);
                            ctx.focus();
                        }
                    >
                        "×"
                    </button>
                }
                .into_any()
            }
        }
    };
    Some(view! {
        <li
            class="sb-file-chip sb-file-chip--moving"
            class:sb-file-chip--failed=move || failed.with(Option::is_some)
        >
            {thumb}
            <bdi class="sb-file-chip__name">{shown}</bdi>
            <span class="sb-file-chip__size">{move || format_size(i18n.locale(), size)}</span>
            {state}
        </li>
    })
}
