//! The email and phone rows of the card, with Copy, and Call for the phone (`tel:`).
//!
//! A masked number (`phone_masked`: the workspace hides numbers from this agent) is shown
//! as the server sent it, digits hidden, with neither Copy nor Call: copying would give
//! nothing useful and calling is off, as the seeds say.

use super::copy_button::CopyButton;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_protocol::Contact;

/// The `tel:` address of a number: `+` and digits only.
fn tel_href(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

/// The email and phone rows (inside the card's `dl`).
#[component]
pub fn ReachRows(
    /// The contact.
    contact: Contact,
) -> impl IntoView {
    let i18n = use_i18n();
    let masked = contact.phone_masked;
    let phone = contact.phone.filter(|p| !p.trim().is_empty()).map(|phone| {
        let tools = if masked {
            view! {
                <span class="sb-contact__hint">{move || i18n.t(Msg::PhoneHiddenNoCall)}</span>
            }
            .into_any()
        } else {
            let href = tel_href(&phone);
            view! {
                <CopyButton text=phone.clone() label=Msg::CopyPhone />
                <a class="sb-button sb-button--ghost sb-contact__call" href=href>
                    {move || i18n.t(Msg::CallContact)}
                </a>
            }
            .into_any()
        };
        view! {
            <div class="sb-fields__row">
                <dt>{move || i18n.t(Msg::Phone)}</dt>
                <dd class="sb-contact__reach">
                    <span class="sb-contact__value">{phone.clone()}</span>
                    {tools}
                </dd>
            </div>
        }
    });
    let email = contact.email.filter(|e| !e.trim().is_empty()).map(|email| {
        view! {
            <div class="sb-fields__row">
                <dt>{move || i18n.t(Msg::Email)}</dt>
                <dd class="sb-contact__reach">
                    <span class="sb-contact__value">{email.clone()}</span>
                    <CopyButton text=email label=Msg::CopyEmail />
                </dd>
            </div>
        }
    });
    view! {
        {phone}
        {email}
    }
}
