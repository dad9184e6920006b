//! Who is signed in, and the ways in and out (the flow: `docs/protocol/sessions.md`).
//!
//! The [`Gate`] says what the screen shows: the four zones while a session is open, the
//! sign-in page when nobody is signed in, and the sign-in form over the current view when
//! the session ended mid-work (a 401: expired, revoked, or the agent disabled). Nothing
//! is dropped when a session ends: the outbox waits, drafts stay, and signing in again
//! as the same agent goes on where the work was. Signing in as another agent reloads the
//! app, so nothing of the previous agent stays in memory; their drafts and outbox stay on
//! their own shelf in storage (`switchboard_core::agent_shelf`).

use super::{ApiError, Store};
use crate::api;
use futures::channel::oneshot;
use leptos::prelude::*;
use switchboard_core::runtime_config::AuthMode;
use switchboard_protocol::{ErrorCode, Session, SignInMethod};

/// What the screen shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gate {
    /// Starting: the refresh cookie is being tried, or the demo sign-in runs.
    Starting,
    /// Nobody is signed in: the sign-in page.
    SignedOut,
    /// The session ended mid-work: the sign-in form over the current view.
    Expired,
    /// Signed in.
    Open,
}

/// Signs in without asking: first through the backend's refresh cookie (a reload, or a
/// new tab, of a signed-in browser), else as the demo agent when this deployment wants
/// that: `auth: "demo"`, or no `auth` at all (the server decides by offering it) unless
/// the agent signed out on purpose or opened `/sign-in`. True when signed in.
pub(super) async fn sign_in_by_itself() -> Result<bool, ApiError> {
    if api::renew().await? {
        return Ok(true);
    }
    let wanted = match crate::config::get().auth {
        Some(AuthMode::Demo) => true,
        None => !api::signed_out_on_purpose() && !on_sign_in_page(),
        Some(_) => false,
    };
    if !wanted {
        return Ok(false);
    }
    match api::sign_in_demo().await {
        Ok(_) => Ok(true),
        // No demo here: the sign-in page it is.
        Err(ApiError::Refused {
            code: ErrorCode::Forbidden | ErrorCode::NotFound,
            ..
        }) => Ok(false),
        Err(e) => Err(e),
    }
}

fn on_sign_in_page() -> bool {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .is_some_and(|p| p.trim_end_matches('/') == "/sign-in")
}

/// Shows the sign-in form (the page, or over the view when a session was open) and
/// resolves once an agent has signed in through it.
pub(super) async fn wait_for_sign_in(store: Store) {
    let (tx, rx) = oneshot::channel();
    store.wake.set_value(Some(tx));
    store.gate.update(|g| {
        *g = if *g == Gate::Starting || *g == Gate::SignedOut {
            Gate::SignedOut
        } else {
            Gate::Expired
        }
    });
    load_methods(store);
    let _ = rx.await;
}

/// Asks the backend how agents sign in here (for the demo button).
fn load_methods(store: Store) {
    leptos::task::spawn_local(async move {
        let mut methods = api::sign_in_methods()
            .await
            .unwrap_or_else(|_| vec![SignInMethod::Password]);
        if crate::config::get().auth == Some(AuthMode::Demo)
            && !methods.contains(&SignInMethod::Demo)
        {
            methods.push(SignInMethod::Demo);
        }
        store.sign_in_methods.set(methods);
    });
}

/// Whether the demo sign-in is on offer (reactive).
pub fn offers_demo(store: Store) -> bool {
    store
        .sign_in_methods
        .with(|m| m.contains(&SignInMethod::Demo))
}

/// Signs in with email and password (or as the demo agent when `email` is `None`), then
/// lets the start-up go on. A refusal is returned for the form to show.
pub async fn sign_in(store: Store, credentials: Option<(String, String)>) -> Result<(), ApiError> {
    match credentials {
        Some((email, password)) => api::sign_in(email, password).await?,
        None => api::sign_in_demo().await?,
    };
    go_on(store).await
}

/// Signs in with a token the host page handed over (`auth.token`): checked with the
/// backend first, so a refused token leaves the current session as it was. With a
/// session open it replaces the token (the host refreshes it before it expires); another
/// agent's token reloads the app for that agent.
pub async fn sign_in_with_token(store: Store, token: String) -> Result<(), ApiError> {
    let session = api::session_with(&token).await?;
    let same_agent = store
        .session
        .with_untracked(|s| s.as_ref().map(|s| s.agent.id))
        == Some(session.agent.id);
    api::adopt_token(token);
    if store.gate.get_untracked() == Gate::Open {
        if !same_agent {
            admit(store, session);
        }
        return Ok(());
    }
    go_on(store).await
}

/// Lets the start-up go on after a sign-in.
pub(super) async fn go_on(store: Store) -> Result<(), ApiError> {
    match store.wake.try_update_value(Option::take).flatten() {
        Some(tx) => {
            let _ = tx.send(());
        }
        // The start-up is still on the old socket (a call's 401 showed the form before
        // the socket heard): open the session here; the socket follows when it closes.
        None => {
            admit(store, api::session().await?);
        }
    }
    Ok(())
}

/// Shows the sign-in form over the view as soon as any call is refused with 401.
pub fn watch(store: Store) {
    api::on_token_refused(move || {
        if store.gate.get_untracked() == Gate::Open {
            store.gate.set(Gate::Expired);
            load_methods(store);
            crate::host::tell(crate::host::Event::AuthExpired);
        }
    });
}

/// Takes the session the server answered. False when it is another agent's than the one
/// whose work is in memory: the app then reloads for the new agent.
pub(super) fn admit(store: Store, session: Session) -> bool {
    let agent = session.agent.id;
    match store.shelf.get_untracked() {
        Some(owner) if owner != agent => {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
            return false;
        }
        Some(_) => {}
        None => super::persist::open_shelf(store, agent),
    }
    store.session.set(Some(session));
    store.gate.set(Gate::Open);
    true
}

/// Messages written but not yet confirmed by the server (reactive).
pub fn unsent(store: Store) -> usize {
    store.inbox().with(|i| i.outbox.len())
}

/// Signs out: the server ends the session (its sockets close), and the app restarts on
/// the sign-in page with nothing of this agent in memory. Drafts and unsent messages stay
/// on the agent's shelf, for their next sign-in here.
pub async fn sign_out() {
    // Refused or unreachable, the token is forgotten here all the same; the server's copy
    // then dies at its expiry.
    let _ = api::sign_out().await;
    crate::host::tell(crate::host::Event::SignedOut);
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace("/sign-in");
    }
}
