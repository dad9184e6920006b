//! The agent menu (UI-CONTRACT "Signing in"): a button named after the signed-in agent,
//! holding the alert settings (`Turn on notifications`, `Sound`) and `Sign out`. Signing
//! out with messages still unsent asks first, and says where they go: they stay on this
//! agent's shelf in the browser, sent at their next sign-in.

use super::alert_items::AlertItems;
use crate::components::common::{MenuButton, MenuItem, ModalDialog};
use crate::i18n::{use_i18n, Count, Msg};
use crate::store::{session, use_store};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The agent menu.
#[component]
pub fn AgentMenu() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let asking = RwSignal::new(false);
    let leaving = RwSignal::new(false);
    let leave = move || {
        if !leaving.get_untracked() {
            leaving.set(true);
            spawn_local(session::sign_out());
        }
    };
    let sign_out = Callback::new(move |()| {
        if session::unsent(store) > 0 {
            asking.set(true);
        } else {
            leave();
        }
    });
    let name = Signal::derive(move || {
        store
            .session
            .with(|s| s.as_ref().map(|s| s.agent.name.clone()))
            .unwrap_or_else(|| i18n.t(Msg::AgentMenu).to_owned())
    });
    view! {
        <MenuButton label=name class="sb-agent-menu">
            <AlertItems />
            <MenuItem label=Signal::derive(move || i18n.t(Msg::SignOut).to_owned()) on_select=sign_out />
        </MenuButton>
        <ModalDialog open=asking labelledby="sb-sign-out-title">
            <h2 id="sb-sign-out-title">{i18n.tr(Msg::SignOutUnsentTitle)}</h2>
            <p>{move || i18n.count(Count::SignOutUnsent, session::unsent(store) as u64)}</p>
            <div class="sb-dialog__actions">
                <button class="sb-button" type="button" on:click=move |_| asking.set(false)>
                    {i18n.tr(Msg::StaySignedIn)}
                </button>
                <button
                    class="sb-button sb-button--danger"
                    type="button"
                    on:click=move |_| leave()
                >
                    {i18n.tr(Msg::SignOutAnyway)}
                </button>
            </div>
        </ModalDialog>
    }
}
