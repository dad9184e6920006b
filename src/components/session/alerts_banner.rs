//! The one-time offer of notifications, at the top of the chat list: `Turn on
//! notifications` (the browser asks) or `Not now`. Either answer hides it for this agent
//! for good; it never shows where the browser has already answered. Part of the page's
//! flow, not floating over it, so it covers nothing.

use crate::alerts::use_alerts;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;

/// The banner (nothing when there is nothing to offer).
#[component]
pub fn AlertsBanner() -> impl IntoView {
    let alerts = use_alerts();
    let i18n = use_i18n();
    view! {
        <Show when=move || alerts.offer()>
            <div class="sb-alerts-banner" role="group" aria-label=i18n.tr(Msg::AlertsBanner)>
                <p class="sb-alerts-banner__text">{i18n.tr(Msg::AlertsBannerText)}</p>
                <div class="sb-alerts-banner__actions">
                    <button
                        type="button"
                        class="sb-button sb-button--primary"
                        on:click=move |_| alerts.turn_on()
                    >
                        {i18n.tr(Msg::AlertsTurnOn)}
                    </button>
                    <button
                        type="button"
                        class="sb-button sb-button--ghost"
                        on:click=move |_| alerts.dismiss()
                    >
                        {i18n.tr(Msg::AlertsNotNow)}
                    </button>
                </div>
            </div>
        </Show>
    }
}
