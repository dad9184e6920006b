//! The files last refused for the draft in front of the agent, each named with the rule it
//! broke (`upload_rules::describe`), until the agent dismisses them or attaches again.

use super::super::ctx::use_composer;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_core::upload_rules;

/// An alert named "Files not attached" (nothing when no file was refused).
#[component]
pub fn RefusalList() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let uploads = ctx.files.uploads;
    let here = Memo::new(move |_| ctx.open.get().map(|id| (id, ctx.mode.get())));
    move || {
        let list = uploads
            .refusals
            .get()
            .filter(|(t, _)| Some(*t) == here.get())?
            .1;
        let limits = uploads.limits();
        let lines = list
            .into_iter()
            .map(|r| {
                let limits = limits.clone();
                view! {
                    <li>{move || upload_rules::describe(i18n.locale(), &r, &limits)}</li>
                }
            })
            .collect_view();
        Some(view! {
            <div class="sb-file-refusals" role="alert" aria-label=i18n.tr(Msg::FilesNotAttached)>
                <ul class="sb-file-refusals__list">{lines}</ul>
                <button
                    type="button"
                    class="sb-button sb-button--small sb-button--ghost"
                    on:click=move |_| {
                        uploads.refusals.set(None);
                        ctx.focus();
                    }
                >
                    {i18n.tr(Msg::DismissFileErrors)}
                </button>
            </div>
        })
    }
}
