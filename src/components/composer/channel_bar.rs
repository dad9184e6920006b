//! Above the editor in reply mode: the channel to answer on (the conversation's, or any
//! other network the contact can be reached on) and, for email, the subject line, the
//! thread's as `Re: …` by default and editable (the same subject keeps the thread).
//!
//! Both are part of the draft (`Draft::channel`, `Draft::subject`); a subject the agent
//! did not edit is not sent, so the server applies the thread's.

use super::ctx::use_composer;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_core::reply_channel::{choices, last_subject, reply_subject};
use switchboard_core::row_label::channel_msg;
use switchboard_protocol::{Channel, Visibility};

/// The channel chooser and the email subject, when they apply.
#[component]
pub fn ChannelBar() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let state = ctx.state;
    let public = move || ctx.mode.get() == Visibility::Public;
    let offered = Memo::new(move |_| {
        let id = ctx.open.get()?;
        let conversation = ctx.conversation_channel();
        state.inbox().with(|i| {
            let contact = i
                .conversations
                .get(id)
                .and_then(|c| i.details.contacts.get(&c.contact.id));
            Some(choices(conversation, contact))
        })
    });
    let chosen = move || ctx.channel();
    let default_subject = Memo::new(move |_| {
        let id = ctx.open.get()?;
        state
            .inbox()
            .with(|i| last_subject(i.logs.get(&id)).map(reply_subject))
    });
    let subject = move || {
        ctx.with_draft(|d| d.subject.clone())
            .or_else(|| default_subject.get())
            .unwrap_or_default()
    };
    let choose = move |ev| {
        let value = event_target_value(&ev);
        let picked = Channel::parse(&value);
        let conversation = untrack(|| ctx.conversation_channel());
        ctx.update_draft(|d| {
            d.channel = (picked != conversation).then_some(picked);
            if picked != Channel::Email {
                d.subject = None;
            }
        });
    };
    let many = move || offered.with(|o| o.as_ref().is_some_and(|o| o.len() > 1));
    view! {
        <Show when=move || public() && (many() || chosen() == Channel::Email)>
            <div class="sb-composer__channel">
                <Show when=many>
                    <label class="sb-composer__field">
                        <span>{i18n.tr(Msg::ReplyOn)}</span>
                        <select on:change=choose prop:value=move || chosen().as_str()>
                            {move || {
                                offered
                                    .get()
                                    .unwrap_or_default()
                                    .into_iter()
                                    .map(|c| view! {
                                        <option value=c.as_str() selected=move || chosen() == c>
                                            {move || i18n.t(channel_msg(c))}
                                        </option>
                                    })
                                    .collect_view()
                            }}
                        </select>
                    </label>
                </Show>
                <Show when=move || chosen() == Channel::Email>
                    <label class="sb-composer__field sb-composer__field--grow">
                        <span>{i18n.tr(Msg::EmailSubject)}</span>
                        <input
                            type="text"
                            maxlength="255"
                            prop:value=subject
                            title=i18n.tr(Msg::SubjectHint)
                            on:input=move |ev| {
                                let text = event_target_value(&ev);
                                let same = default_subject.get_untracked().as_deref() == Some(text.as_str());
                                ctx.update_draft(|d| d.subject = (!same).then_some(text));
                            }
                        />
                    </label>
                </Show>
            </div>
        </Show>
    }
}
