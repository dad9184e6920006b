//! The top of the chat list: product name, New message, the agent menu, connection state
//! and language.

use crate::i18n::{use_i18n, Locale, Msg};
use crate::store::use_store;
use crate::store::SocketStatus;
use leptos::prelude::*;

/// Brand, a connection line that speaks up only when something is wrong, and the
/// language menu.
#[component]
pub fn ListHeader() -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let status = move || match state.socket.get() {
        SocketStatus::Live => None,
        SocketStatus::Connecting => Some(i18n.t(Msg::Connecting)),
        SocketStatus::Down => Some(i18n.t(Msg::Reconnecting)),
    };
    view! {
        <header class="sb-list__header">
            <span class="sb-brand">
                <img src="/public/favicon.svg" alt="" width="24" height="24" />
                "Switchboard"
            </span>
            // Starting a conversation is an optional part of the protocol.
            <Show when=move || state.offers(switchboard_protocol::Capability::Outbound)>
                <super::outbound::NewMessageButton />
            </Show>
            <crate::components::session::AgentMenu />
            <select
                class="sb-select sb-select--small"
                aria-label=i18n.tr(Msg::Language)
                on:change=move |ev| {
                    if let Some(l) = Locale::from_tag(&event_target_value(&ev)) {
                        i18n.set_locale(l);
                    }
                }
            >
                {Locale::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.tag() selected=move || i18n.locale() == l>
                                {l.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </header>
        <p
            class="sb-connection"
            role="status"
            class:sb-connection--down=move || state.socket.get() == SocketStatus::Down
        >
            {status}
        </p>
        <crate::components::session::AlertsBanner />
    }
}
