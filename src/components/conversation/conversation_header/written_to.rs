//! The workspace's account the customer wrote to (page, bot, number or mailbox), beside
//! the customer's own account in the header: "to Switchboard Demo Store (+380 44 …)".
//!
//! Sighted agents read the short "to …"; screen readers get the full label ("Company
//! account: …") instead, since "to" alone says little out of its visual context. A
//! disconnected account is marked here by its style only: the banner under the header
//! says it in words.

use super::act::use_header;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_core::header::business_label;

/// "to {account}", when the backend names the account.
#[component]
pub fn WrittenTo() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_header();
    let account = Memo::new(move |_| {
        ctx.summary.with(|s| {
            let a = s.as_ref()?.business_account.as_ref()?;
            Some((business_label(a)?, a.connected))
        })
    });
    move || {
        account.get().map(|(label, connected)| {
            let class = if connected {
                "sb-header__business"
            } else {
                "sb-header__business sb-header__business--disconnected"
            };
            let visible = i18n.locale().written_to(&label);
            let spoken = format!("{}: {label}", i18n.t(Msg::BusinessAccount));
            let title = spoken.clone();
            view! {
                <span class=class title=title>
                    <span class="sb-visually-hidden">{spoken}</span>
                    <span aria-hidden="true">{visible}</span>
                </span>
            }
        })
    }
}
