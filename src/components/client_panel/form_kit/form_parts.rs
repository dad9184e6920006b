//! The parts of a panel form: a labelled input, the problem line and the buttons, all
//! reading the form's [`FormSubmit`].

use super::{is_bad, Explain, FormSubmit};
use crate::i18n::Msg;
use crate::store::Command;
use leptos::prelude::*;
use switchboard_core::plan_forms::{Field, FormError};

/// One labelled input of a panel form, bound to `value`, marked invalid while the form's
/// problem is about `field`, and described by the form's problem line (`problem_id`).
#[component]
pub fn FormInput(
    /// Its label.
    label: Msg,
    /// The input's `type` (`text`, `date`, `time`).
    #[prop(default = "text")]
    kind: &'static str,
    /// What it holds.
    value: RwSignal<String>,
    /// Which field it is, for the form's problem.
    field: Field,
    /// The form (its problem).
    form: FormSubmit<FormError>,
    /// The id of the form's problem line.
    problem_id: &'static str,
    /// The input's id (for focus), if any.
    #[prop(optional)]
    id: Option<&'static str>,
    /// Whether it takes the spare width of a pair.
    #[prop(optional)]
    grow: bool,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    view! {
        <label class="sb-panel-form__field" class:sb-panel-form__field--grow=grow>
            <span>{i18n.tr(label)}</span>
            <input
                id=id
                type=kind
                class="sb-input"
                prop:value=move || value.get()
                aria-invalid=move || is_bad(form.problem(), field).to_string()
                aria-describedby=problem_id
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </label>
    }
}

/// A panel form's problem line: the core's words for the form's problem, else the
/// server's refusal.
#[component]
pub fn FormProblem<P: Explain>(
    /// Its id (what the inputs' `aria-describedby` names).
    id: &'static str,
    /// The form.
    form: FormSubmit<P>,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    view! {
        <p class="sb-panel-form__problem" id=id role="alert">
            {move || form.message(i18n)}
        </p>
    }
}

/// A panel form's buttons: Cancel (runs `on_cancel`) and the submit button, disabled
/// while the form's `command` is under way.
#[component]
pub fn FormButtons(
    /// The submit button's words.
    submit: Msg,
    /// Runs on Cancel.
    on_cancel: Callback<()>,
    /// The form's send (a save is under way while it is pending).
    command: Command,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    view! {
        <div class="sb-panel-form__buttons">
            <button type="button" class="sb-button sb-button--small" on:click=move |_| on_cancel.run(())>
                {i18n.tr(Msg::Cancel)}
            </button>
            <button type="submit" class="sb-button sb-button--small sb-button--primary" disabled=move || command.pending()>
                {i18n.tr(submit)}
            </button>
        </div>
    }
}
