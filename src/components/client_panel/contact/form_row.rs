//! One labelled input of the contact form, with its hint and its problem message tied to
//! it (`aria-describedby`, `aria-invalid`), so a screen reader reads why a value was
//! refused when the input gets focus.

use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_core::contact_rules::Problem;

/// What kind of text input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    /// Plain text.
    Text,
    /// An email address (the phone's keyboard shows `@`).
    Email,
    /// A phone number (the phone's number pad).
    Tel,
    /// A web address.
    Url,
    /// A decimal number: a text input with the decimal keyboard, so a bad value can be
    /// typed and explained rather than silently dropped by a number input.
    Decimal,
    /// A calendar date (the browser's date picker).
    Date,
}

/// The ids an input is described by: its hint and its problem, when there are any.
pub fn described_by(id: &str, hint: bool, problem: bool) -> Option<String> {
    let ids: Vec<String> = [(hint, "hint"), (problem, "error")]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, part)| format!("{id}-{part}"))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The hint and problem lines under an input.
#[component]
pub fn RowNotes(
    /// The input's id.
    id: String,
    /// A hint, if any.
    hint: Option<Signal<String>>,
    /// The input's problem, if any.
    problem: Signal<Option<Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    view! {
        {hint.map(|h| view! { <p class="sb-form__hint" id=hint_id>{h}</p> })}
        {move || problem.get().map(|p| {
            view! { <p class="sb-form__error" id=error_id.clone()>{move || i18n.t(p.msg())}</p> }
        })}
    }
}

/// A labelled text input.
#[component]
pub fn TextRow(
    /// The input's id.
    #[prop(into)]
    id: String,
    /// The label.
    #[prop(into)]
    label: Signal<String>,
    /// What kind of input.
    kind: InputKind,
    /// The text.
    value: Signal<String>,
    /// Takes the agent's input.
    set: Callback<String>,
    /// A hint under the input.
    #[prop(optional_no_strip)]
    hint: Option<Msg>,
    /// Shown while the input is empty.
    #[prop(optional_no_strip)]
    placeholder: Option<String>,
    /// The value's problem, if any.
    problem: Signal<Option<Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (ty, mode) = match kind {
        InputKind::Text => ("text", None),
        InputKind::Email => ("email", None),
        InputKind::Tel => ("tel", None),
        InputKind::Url => ("url", None),
        InputKind::Decimal => ("text", Some("decimal")),
        InputKind::Date => ("date", None),
    };
    let hint = hint.map(|m| Signal::derive(move || i18n.t(m).to_owned()));
    let has_hint = hint.is_some();
    let described = {
        let id = id.clone();
        move || described_by(&id, has_hint, problem.with(Option::is_some))
    };
    view! {
        <div class="sb-form__row">
            <label class="sb-form__label" for=id.clone()>{label}</label>
            <input
                class="sb-input"
                id=id.clone()
                type=ty
                inputmode=mode
                placeholder=placeholder
                prop:value=value
                aria-invalid=move || problem.with(Option::is_some).then_some("true")
                aria-describedby=described
                on:input=move |ev| set.run(event_target_value(&ev))
            />
            <RowNotes id hint problem />
        </div>
    }
}
