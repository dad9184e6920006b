//! The banners under the header: the AI agent handles the conversation (`Take over`), the
//! contact is blocked, no connected channel (the business account is disconnected: no
//! replies until it is reconnected, notes still work), the messaging window has closed
//! (templates only), snoozed until a time (`Unsnooze`). Derived from the conversation's record by the core
//! (`switchboard_core::header::banners`), against a clock that ticks each
//! [`CLOCK_MS`] so a window that closes while the agent reads shows up.

use crate::format::full;
use crate::hooks::use_go;
use crate::i18n::{use_i18n, Msg};
use crate::store::conversations::act;
use crate::store::use_store;
use chrono::Utc;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;
use switchboard_core::header::{banners, business_label, Banner};
use switchboard_protocol::{ConversationAction, ConversationId};

/// How often the banners look at the time again (a window's end to the half-minute).
const CLOCK_MS: u64 = 30_000;

/// The banners of one conversation, in a labelled region that announces changes politely.
#[component]
pub fn Banners(
    /// The open conversation.
    id: ConversationId,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let go = use_go();
    let now = RwSignal::new(Utc::now());
    if let Ok(handle) =
        set_interval_with_handle(move || now.set(Utc::now()), Duration::from_millis(CLOCK_MS))
    {
        on_cleanup(move || handle.clear());
    }
    let shown = Memo::new(move |_| {
        state.inbox().with(|i| {
            i.conversations
                .get(id)
                .map(|c| banners(c, now.get()))
                .unwrap_or_default()
        })
    });
    let go = StoredValue::new_local(go);
    let run = move |action: ConversationAction| {
        spawn_local(async move {
            let go = go.get_value();
            let _ = act(state, id, action, move || go("/")).await;
        })
    };
    let banner = move |b: Banner| {
        let (class, text, button) = match b {
            Banner::Ai => (
                "ai",
                i18n.t(Msg::BannerAi).to_owned(),
                Some((Msg::TakeOver, ConversationAction::TakeOver)),
            ),
            Banner::Blocked => ("blocked", i18n.t(Msg::BannerBlocked).to_owned(), None),
            Banner::NoChannel(account) => (
                "channel",
                i18n.locale()
                    .banner_no_channel(&business_label(&account).unwrap_or_default()),
                None,
            ),
            Banner::WindowClosed(at) => (
                "window",
                i18n.locale().banner_window_closed(&full(i18n.locale(), at)),
                None,
            ),
            Banner::Snoozed(until) => (
                "snoozed",
                i18n.locale().banner_snoozed(&full(i18n.locale(), until)),
                Some((Msg::Unsnooze, ConversationAction::Unsnooze)),
            ),
        };
        view! {
            <div class=format!("sb-banner sb-banner--{class}")>
                <p class="sb-banner__text">{text}</p>
                {button.map(|(label, action)| view! {
                    <button
                        type="button"
                        class="sb-button sb-button--small"
                        on:click=move |_| run(action.clone())
                    >
                        {move || i18n.t(label)}
                    </button>
                })}
            </div>
        }
    };
    view! {
        <section
            class="sb-banners"
            role="status"
            aria-label=i18n.tr(Msg::ConversationState)
        >
            {move || shown.get().into_iter().map(banner).collect_view()}
        </section>
    }
}
