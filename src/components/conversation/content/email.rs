//! An email: subject, addresses, body (its HTML in a sandboxed frame, or its plain
//! text), and the quoted earlier thread folded behind a toggle.

use super::email_frame::EmailFrame;
use super::rich_text::RichText;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;

/// The parts of an email message, as the protocol's `Content::Email` holds them.
pub struct EmailParts {
    /// Subject line.
    pub subject: String,
    /// Sender address.
    pub from: String,
    /// Recipients.
    pub to: Vec<String>,
    /// Copy recipients.
    pub cc: Vec<String>,
    /// The new part of the body, as plain text.
    pub text: String,
    /// The HTML body (untrusted).
    pub html: Option<String>,
    /// The quoted earlier thread.
    pub quoted: Option<String>,
}

/// An email. The HTML is shown when there is some, with a button for the plain text.
#[component]
pub fn EmailMessage(
    /// What the email holds.
    email: EmailParts,
) -> impl IntoView {
    let i18n = use_i18n();
    let EmailParts {
        subject,
        from,
        to,
        cc,
        text,
        html,
        quoted,
    } = email;
    let has_html = html.is_some();
    let plain = RwSignal::new(!has_html);
    let address_row = move |label: Msg, list: Vec<String>| {
        (!list.is_empty()).then(|| {
            view! {
                <dt>{move || i18n.t(label)}</dt>
                <dd>{list.join(", ")}</dd>
            }
        })
    };
    view! {
        <section class="sb-email">
            <h3 class="sb-email__subject">{subject}</h3>
            <dl class="sb-email__headers">
                {address_row(Msg::EmailFrom, vec![from])}
                {address_row(Msg::EmailTo, to)}
                {address_row(Msg::EmailCc, cc)}
            </dl>
            {move || match (plain.get(), html.clone()) {
                (false, Some(html)) => view! { <EmailFrame html /> }.into_any(),
                _ => view! { <RichText text=text.clone() /> }.into_any(),
            }}
            <div class="sb-email__tools">
                {has_html.then(|| {
                    view! {
                        <button type="button" class="sb-button sb-button--small sb-button--ghost" on:click=move |_| plain.update(|p| *p = !*p)>
                            {move || i18n.t(if plain.get() { Msg::EmailShowFormatted } else { Msg::EmailShowPlain })}
                        </button>
                    }
                })}
            </div>
            {quoted.map(|q| view! { <QuotedThread text=q /> })}
        </section>
    }
}

/// The earlier thread, folded until the agent opens it.
#[component]
fn QuotedThread(
    /// The quoted text.
    text: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let id = format!("sb-quoted-{}", uuid::Uuid::now_v7().simple());
    view! {
        <button
            type="button"
            class="sb-button sb-button--small sb-button--ghost sb-email__quoted-toggle"
            aria-expanded=move || open.get().to_string()
            aria-controls=id.clone()
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {move || i18n.t(if open.get() { Msg::EmailHideQuoted } else { Msg::EmailShowQuoted })}
        </button>
        <blockquote class="sb-email__quoted" id=id hidden=move || !open.get()>
            {text}
        </blockquote>
    }
}
