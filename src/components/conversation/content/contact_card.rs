//! A shared contact card: a person's name, phone and email.

use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;

/// A contact card; the phone and email are `tel:` and `mailto:` links.
#[component]
pub fn ContactCard(
    /// The person's name.
    name: String,
    /// Their phone.
    phone: Option<String>,
    /// Their email.
    email: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let tel = |p: &str| {
        let digits: String = p
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        format!("tel:{digits}")
    };
    view! {
        <section class="sb-card sb-card--contact">
            <p class="sb-card__kind">{i18n.tr(Msg::ContactCardLabel)}</p>
            <p class="sb-card__title">{name}</p>
            <dl class="sb-card__fields">
                {phone.map(|p| {
                    view! {
                        <dt>{i18n.tr(Msg::Phone)}</dt>
                        <dd><a href=tel(&p)>{p.clone()}</a></dd>
                    }
                })}
                {email.map(|e| {
                    view! {
                        <dt>{i18n.tr(Msg::Email)}</dt>
                        <dd><a href=format!("mailto:{e}")>{e.clone()}</a></dd>
                    }
                })}
            </dl>
        </section>
    }
}
