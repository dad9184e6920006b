//! The agent menu (UI-CONTRACT "Signing in"): a button named after the signed-in agent,
//! holding the alert settings (`Turn on notifications`, `Sound`) and `Sign out`. Signing
//! out with messages still unsent asks first, and says where they go: they stay on this
//! agent's shelf in the browser, sent at their next sign-in.
//!
//! For a supervisor or admin (`Permissions::manage_settings`) it also holds the
//! workspace's closing-notes policy as three radio items (`Closing notes: Off`, `…:
//! Optional`, `…: Mandatory`); choosing one sets it for everyone (`store::settings`), and
//! the other agents' apps follow through `settings_updated`.

use super::alert_items::AlertItems;
use crate::components::common::announce::announce;
use crate::components::common::{MenuButton, MenuItem, ModalDialog};
use crate::i18n::{use_i18n, Count, I18n, Msg};
use crate::store::{session, settings, use_store, Command, Store};
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_protocol::ClosingNotes;

/// The policies, in the order the menu lists them.
const POLICIES: [(ClosingNotes, Msg); 3] = [
    (ClosingNotes::Off, Msg::ClosingNotesOff),
    (ClosingNotes::Optional, Msg::ClosingNotesOptional),
    (ClosingNotes::Mandatory, Msg::ClosingNotesMandatory),
];

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
    let setting = Command::new();
    let policies = move || {
        settings::may_manage(store).then(|| {
            POLICIES
                .into_iter()
                .map(|(policy, word)| policy_item(store, i18n, setting, policy, word))
                .collect_view()
        })
    };
    view! {
        <MenuButton label=name class="sb-agent-menu">
            <AlertItems />
            {policies}
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

/// One closing-notes policy as a radio item: checked while in force; choosing it sets it
/// (a refusal shows in the notice bar, a success is announced).
fn policy_item(
    store: Store,
    i18n: I18n,
    setting: Command,
    policy: ClosingNotes,
    word: Msg,
) -> impl IntoView {
    let choose = Callback::new(move |()| {
        if settings::closing_notes(store) == policy {
            return;
        }
        spawn_local(async move {
            match setting
                .call(settings::set_closing_notes(store, policy))
                .await
            {
                Some(Ok(())) => announce(i18n.t(Msg::ClosingNotesSaved)),
                Some(Err(e)) => store.warn_error(&e),
                None => {}
            }
        });
    });
    view! {
        <MenuItem
            label=Signal::derive(move || i18n.locale().closing_notes_choice(&i18n.t(word)))
            checked=Signal::derive(move || settings::closing_notes(store) == policy)
            on_select=choose
        />
    }
}
