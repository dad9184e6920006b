//! The new thread's tags: the workspace's tags as checkboxes, marked required when the
//! workspace asks for at least one on outbound threads.

use super::draft::Draft;
use crate::i18n::{use_i18n, Msg};
use crate::store::use_store;
use leptos::prelude::*;
use switchboard_core::outbound_form::OutboundProblem;

/// The tag checkboxes.
#[component]
pub fn TagPicker(
    /// The form.
    draft: Draft,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let settings = move || {
        state.session.with(|s| {
            s.as_ref().map_or((Vec::new(), false), |s| {
                (
                    s.settings.tags.clone(),
                    s.settings.tags_required_on_outbound,
                )
            })
        })
    };
    let required = move || settings().1;
    let bad = move || draft.problem.get() == Some(OutboundProblem::TagsRequired);
    view! {
        <fieldset
            class="sb-outbound__tags"
            aria-required=move || required().to_string()
            aria-invalid=move || bad().to_string()
        >
            <legend>
                {i18n.tr(Msg::Tags)}
                {move || required().then(|| view! { " (" {i18n.tr(Msg::Required)} ")" })}
            </legend>
            {move || settings().0.into_iter().map(|tag| {
                let t = tag.clone();
                let on = move || draft.tags.with(|v| v.contains(&t));
                let t = tag.clone();
                view! {
                    <label class="sb-outbound__tag">
                        <input
                            type="checkbox"
                            prop:checked=on
                            on:change=move |ev| {
                                let checked = event_target_checked(&ev);
                                draft.tags.update(|v| {
                                    v.retain(|x| *x != t);
                                    if checked {
                                        v.push(t.clone());
                                    }
                                });
                                if checked && draft.problem.get_untracked() == Some(OutboundProblem::TagsRequired) {
                                    draft.problem.set(None);
                                }
                            }
                        />
                        {tag}
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}
