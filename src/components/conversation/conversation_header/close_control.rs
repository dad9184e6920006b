//! "Close conversation": at once when closing notes are off, else through a dialog asking
//! for the note (category and text), optional or mandatory per the workspace setting.
//!
//! The form is checked by the core first; when the server still refuses (say the setting
//! changed meanwhile), its message is shown in the dialog, which stays open with the note.

use super::act::{use_header, CloseNote, HeaderCtx};
use crate::components::common::{refusal_line, ModalDialog};
use crate::i18n::{use_i18n, Msg};
use crate::store::{use_store, Store};
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::closing::{asks_for_note, closing_note, NoteProblem};
use switchboard_protocol::{ClosingNotes, ConversationAction, ConversationStatus as St};

/// The workspace's closing-note policy and categories.
fn policy(state: Store) -> (ClosingNotes, Vec<String>) {
    state.session.with(|s| {
        s.as_ref().map_or((ClosingNotes::Off, Vec::new()), |s| {
            (
                s.settings.closing_notes,
                s.settings.closing_categories.clone(),
            )
        })
    })
}

/// Starts closing: asks for the note when the setting wants one, else closes at once.
pub fn request_close(state: Store, ctx: HeaderCtx) {
    if asks_for_note(untrack(|| policy(state)).0) {
        // A fresh form each time the dialog opens.
        ctx.note.reset();
        ctx.close_open.set(true);
    } else {
        spawn_local(async move {
            ctx.run(state, ConversationAction::Close { note: None })
                .await;
        });
    }
}

/// The "Close conversation" button and its closing-note dialog.
#[component]
pub fn CloseControl() -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let ctx = use_header();
    let closed = move || {
        ctx.summary
            .with(|s| s.as_ref().is_some_and(|c| c.status == St::Closed))
    };
    let CloseNote {
        category,
        text,
        problem,
        refused,
    } = ctx.note;
    let mandatory = move || policy(state).0 == ClosingNotes::Mandatory;
    let submit = move || {
        let (policy, categories) = untrack(|| policy(state));
        let note = match closing_note(
            policy,
            &categories,
            &category.get_untracked(),
            &text.get_untracked(),
        ) {
            Ok(note) => note,
            Err(p) => {
                problem.set(Some(p));
                return;
            }
        };
        problem.set(None);
        spawn_local(async move {
            match ctx.run(state, ConversationAction::Close { note }).await {
                Some(Ok(_)) => ctx.close_open.set(false),
                Some(Err(e)) => refused.set(Some(refusal_line(i18n.t(e.msg()), &e))),
                None => {}
            }
        });
    };
    let message = move || {
        let p = problem.get().map(|p| {
            i18n.t(match p {
                NoteProblem::CategoryNeeded => Msg::ErrCategoryNeeded,
                NoteProblem::TextNeeded => Msg::ErrClosingTextNeeded,
                NoteProblem::UnknownCategory => Msg::ErrUnknownCategory,
            })
            .to_owned()
        });
        p.or_else(|| refused.get())
    };
    let bad_category = move || {
        matches!(
            problem.get(),
            Some(NoteProblem::CategoryNeeded | NoteProblem::UnknownCategory)
        )
    };

    view! {
        <button
            type="button"
            class="sb-button sb-header__close"
            disabled=closed
            on:click=move |_| request_close(state, ctx)
        >
            {i18n.tr(Msg::CloseConversation)}
        </button>
        <ModalDialog open=ctx.close_open labelledby="sb-close-title">
            <form
                class="sb-dialog__form"
                novalidate
                on:submit=move |ev| {
                    ev.prevent_default();
                    submit();
                }
            >
                <h2 class="sb-dialog__title" id="sb-close-title">{i18n.tr(Msg::CloseConversation)}</h2>
                <p class="sb-dialog__hint">
                    {move || i18n.t(if mandatory() { Msg::ClosingMandatory } else { Msg::ClosingOptional })}
                </p>
                <label class="sb-dialog__field">
                    <span>{i18n.tr(Msg::ClosingCategory)}</span>
                    <select
                        class="sb-select"
                        prop:value=move || category.get()
                        aria-required=move || mandatory().to_string()
                        aria-invalid=move || bad_category().to_string()
                        aria-describedby="sb-close-problem"
                        on:change=move |ev| category.set(event_target_value(&ev))
                    >
                        <option value="">{i18n.tr(Msg::NoCategory)}</option>
                        {move || {
                            policy(state)
                                .1
                                .into_iter()
                                .map(|c| view! { <option value=c.clone()>{c.clone()}</option> })
                                .collect_view()
                        }}
                    </select>
                </label>
                <label class="sb-dialog__field">
                    <span>{i18n.tr(Msg::ClosingText)}</span>
                    <textarea
                        class="sb-input"
                        rows="3"
                        prop:value=move || text.get()
                        aria-required=move || mandatory().to_string()
                        aria-invalid=move || (problem.get() == Some(NoteProblem::TextNeeded)).to_string()
                        aria-describedby="sb-close-problem"
                        on:input=move |ev| text.set(event_target_value(&ev))
                    ></textarea>
                </label>
                <super::close_summary::CloseSummary text />
                <p class="sb-dialog__problem" id="sb-close-problem" role="alert">{message}</p>
                <div class="sb-dialog__buttons">
                    <button type="button" class="sb-button" on:click=move |_| ctx.close_open.set(false)>
                        {i18n.tr(Msg::Cancel)}
                    </button>
                    <button type="submit" class="sb-button sb-button--primary" disabled=move || ctx.acting.pending()>
                        {i18n.tr(Msg::CloseConversation)}
                    </button>
                </div>
            </form>
        </ModalDialog>
    }
}
