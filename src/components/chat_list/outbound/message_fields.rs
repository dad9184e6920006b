//! What the first message is: the channel (one the client can be reached on), a template
//! (`GET /templates?channel=`, reloaded with the channel) with its parameters, the email
//! subject, and the text. Choosing a canned reply puts its text (and files) in the form to
//! edit; an approved template, or one with parameters, is sent as it is.

use super::draft::{refusal, Draft};
use crate::i18n::{use_i18n, Msg};
use crate::store::templates::templates;
use crate::store::use_store;
use leptos::prelude::*;
use switchboard_core::outbound_form::OutboundProblem;
use switchboard_core::row_label::channel_msg;
use switchboard_core::templates::{sent_as_template, upload_of};
use switchboard_protocol::{Channel, TemplateId};

/// Channel, template and parameters, subject, text.
#[component]
pub fn MessageFields(
    /// The form.
    draft: Draft,
) -> impl IntoView {
    let i18n = use_i18n();
    // The templates of the chosen channel, asked for while one is chosen.
    let store = use_store();
    let channel = Memo::new(move |_| draft.channel.get());
    let loaded = templates(
        store,
        Signal::derive(move || channel.get().unwrap_or(Channel::Other)),
        Signal::derive(move || channel.with(Option::is_some)),
    );
    let catalogue = move || match loaded.get().flatten() {
        Some(Ok(t)) => t,
        _ => Vec::new(),
    };
    // A failed catalogue is said on the form's problem line.
    let failed = Memo::new(move |_| match loaded.get().flatten() {
        Some(Err(e)) => Some(refusal(i18n, &e)),
        _ => None,
    });
    let channels = move || {
        draft
            .recipient
            .with(|r| r.as_ref().map(|r| r.channels.clone()).unwrap_or_default())
    };
    let choose_template = move |value: String| {
        draft.params.set(Default::default());
        let found = value.parse().ok().and_then(|n| {
            untrack(catalogue)
                .into_iter()
                .find(|t| t.id == TemplateId(n))
        });
        match found {
            Some(t) if sent_as_template(&t) => draft.template.set(Some(t)),
            Some(t) => {
                draft.template.set(None);
                draft.text.set(t.text.clone());
                draft
                    .files
                    .update(|f| f.extend(t.attachments.iter().map(upload_of)));
            }
            None => draft.template.set(None),
        }
    };
    let is_email = move || draft.channel.get() == Some(Channel::Email);
    let bad = move |p: fn(OutboundProblem) -> bool| {
        move || draft.problem.get().is_some_and(p).to_string()
    };
    view! {
        <label class="sb-dialog__field">
            <span>{i18n.tr(Msg::Channel)}</span>
            <select
                class="sb-select"
                aria-invalid=bad(|p| matches!(p, OutboundProblem::NoChannel | OutboundProblem::Unreachable | OutboundProblem::OpenConversation(_)))
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    draft.choose_channel(Channel::ALL.into_iter().find(|c| c.as_str() == v));
                }
            >
                <option value="" prop:selected=move || draft.channel.with(Option::is_none)>
                    {i18n.tr(Msg::ChooseChannel)}
                </option>
                {move || channels().into_iter().map(|c| view! {
                    <option value=c.as_str() prop:selected=move || draft.channel.get() == Some(c)>
                        {move || i18n.t(channel_msg(c))}
                    </option>
                }).collect_view()}
            </select>
        </label>
        <label class="sb-dialog__field">
            <span>{i18n.tr(Msg::TemplateLabel)}</span>
            <select class="sb-select" on:change=move |ev| choose_template(event_target_value(&ev))>
                <option value="" prop:selected=move || draft.template.with(Option::is_none)>
                    {i18n.tr(Msg::NoTemplate)}
                </option>
                {move || catalogue().into_iter().map(|t| {
                    let id = t.id;
                    view! {
                        <option
                            value=t.id.0.to_string()
                            prop:selected=move || draft.template.with(|c| c.as_ref().is_some_and(|c| c.id == id))
                        >
                            {t.name}
                        </option>
                    }
                }).collect_view()}
            </select>
        </label>
        {move || failed.get().map(|f| view! { <p class="sb-dialog__problem" role="alert">{f}</p> })}
        {move || draft.template.get().map(|t| view! {
            <p class="sb-outbound__preview">{t.text.clone()}</p>
            {t.params.iter().enumerate().map(|(i, name)| {
                let n = (i + 1).to_string();
                let key = n.clone();
                let missing = move || (draft.problem.get() == Some(OutboundProblem::ParamMissing(i + 1))).to_string();
                view! {
                    <label class="sb-dialog__field">
                        <span>{name.clone()}</span>
                        <input
                            class="sb-input"
                            aria-invalid=missing
                            prop:value=move || draft.params.with(|p| p.get(&n).cloned().unwrap_or_default())
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                draft.params.update(|p| _ = p.insert(key.clone(), v));
                            }
                        />
                    </label>
                }
            }).collect_view()}
        })}
        <Show when=is_email>
            <label class="sb-dialog__field">
                <span>{i18n.tr(Msg::EmailSubject)}</span>
                <input
                    class="sb-input"
                    prop:value=move || draft.subject.get()
                    on:input=move |ev| draft.subject.set(event_target_value(&ev))
                />
            </label>
        </Show>
        <Show when=move || draft.template.with(Option::is_none)>
            <label class="sb-dialog__field">
                <span>{i18n.tr(Msg::MessageText)}</span>
                <textarea
                    class="sb-input"
                    rows="4"
                    aria-invalid=bad(|p| matches!(p, OutboundProblem::NothingToSend | OutboundProblem::TooLong(_)))
                    prop:value=move || draft.text.get()
                    on:input=move |ev| draft.text.set(event_target_value(&ev))
                ></textarea>
            </label>
        </Show>
    }
}
