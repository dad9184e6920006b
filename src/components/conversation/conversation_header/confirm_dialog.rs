//! A confirmation that says what an action does before it is done (block, unblock,
//! delete). Cancel and Escape do nothing; the confirm button runs the action.

use crate::components::common::ModalDialog;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;

/// A modal question with Cancel and a confirm button named after the action.
#[component]
pub fn ConfirmDialog(
    /// Whether it is open.
    open: RwSignal<bool>,
    /// The question (the dialog's name).
    #[prop(into)]
    title: Signal<String>,
    /// What the action does.
    #[prop(into)]
    body: Signal<String>,
    /// The confirm button's text (the action's name).
    #[prop(into)]
    confirm: Signal<String>,
    /// Whether the action destroys something (styled as dangerous).
    #[prop(into)]
    danger: Signal<bool>,
    /// Runs when the agent confirms (the dialog closes first).
    on_confirm: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ModalDialog open labelledby="sb-confirm-title">
            <div class="sb-dialog__form" aria-describedby="sb-confirm-body">
                <h2 class="sb-dialog__title" id="sb-confirm-title">{move || title.get()}</h2>
                <p class="sb-dialog__body" id="sb-confirm-body">{move || body.get()}</p>
                <div class="sb-dialog__buttons">
                    <button type="button" class="sb-button" on:click=move |_| open.set(false)>
                        {i18n.tr(Msg::Cancel)}
                    </button>
                    <button
                        type="button"
                        class="sb-button sb-button--primary"
                        class:sb-button--danger=move || danger.get()
                        on:click=move |_| {
                            open.set(false);
                            on_confirm.run(());
                        }
                    >
                        {move || confirm.get()}
                    </button>
                </div>
            </div>
        </ModalDialog>
    }
}
