//! The sign-in form (`/sign-in`, UI-CONTRACT "Signing in"): a `form` named "Sign in" with
//! the textboxes "Email" and "Password", the button "Sign in" and, where the backend offers
//! it, "Try the demo". Each refusal gets its own words: wrong credentials, too many tries,
//! the server out of reach.

use crate::components::common::{refusal_line, ModalDialog};
use crate::i18n::{use_i18n, Msg};
use crate::store::{session, use_store, ApiError, Command, Gate};
use leptos::prelude::*;
use switchboard_core::runtime_config::AuthMode;
use switchboard_protocol::ErrorCode;

/// What the agent is told about a refused sign-in (`wrong`: what a 401 means on this form:
/// a wrong password, a wrong device code, a wrong PIN).
pub(super) fn problem(e: &ApiError, wrong: Msg) -> Msg {
    match e {
        ApiError::Unauthorized => wrong,
        ApiError::Network(_) => Msg::SignInUnreachable,
        ApiError::Refused {
            code: ErrorCode::RateLimited,
            ..
        } => Msg::ErrRateLimited,
        other => other.msg(),
    }
}

/// The form. `email` starts filled in when a session ended (the same agent signs in again).
#[component]
fn SignInForm(#[prop(into)] email: String) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let email = RwSignal::new(email);
    let password = RwSignal::new(String::new());
    let missing = RwSignal::new(false);
    let command = Command::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (e, p) = (
            email.get_untracked().trim().to_owned(),
            password.get_untracked(),
        );
        missing.set(e.is_empty() || p.is_empty());
        if !missing.get_untracked() {
            command.run(session::sign_in(store, Some((e, p))), move |()| {
                _ = password.try_set(String::new());
            });
        }
    };
    let demo = move |_| {
        missing.set(false);
        command.run(session::sign_in(store, None), |()| ());
    };
    let error = move || {
        if missing.get() {
            return Some(i18n.t(Msg::SignInMissing).to_owned());
        }
        command.refused().map(|e| {
            let headline = i18n.t(problem(&e, Msg::SignInWrong));
            // The server's words add nothing to "wrong email or password" and must not
            // hint which of the two was wrong.
            match (&e, e.detail()) {
                (ApiError::Unauthorized, _) | (_, None) => headline.to_owned(),
                (_, Some(_)) => refusal_line(headline, &e),
            }
        })
    };
    view! {
        <form class="sb-sign-in__form" aria-label=i18n.tr(Msg::SignIn) on:submit=submit novalidate>
            <label class="sb-field">
                <span>{i18n.tr(Msg::SignInEmail)}</span>
                <input
                    class="sb-input"
                    type="email"
                    name="email"
                    autocomplete="username"
                    required
                    prop:value=email
                    on:input=move |ev| email.set(event_target_value(&ev))
                />
            </label>
            <label class="sb-field">
                <span>{i18n.tr(Msg::SignInPassword)}</span>
                <input
                    class="sb-input"
                    type="password"
                    name="password"
                    autocomplete="current-password"
                    required
                    prop:value=password
                    on:input=move |ev| password.set(event_target_value(&ev))
                />
            </label>
            <p class="sb-sign-in__error" role="alert">{error}</p>
            <button
                class="sb-button sb-button--primary"
                type="submit"
                aria-disabled=move || command.pending().then_some("true")
            >
                {move || if command.pending() { i18n.t(Msg::SignInBusy) } else { i18n.t(Msg::SignIn) }}
            </button>
            <Show when=move || session::offers_demo(store)>
                <button class="sb-button" type="button" on:click=demo>
                    {i18n.tr(Msg::SignInTryDemo)}
                </button>
            </Show>
        </form>
    }
}

/// The sign-in page: shown instead of the zones while nobody is signed in. A deployment
/// embedded with `auth: "host"` waits for the host page's token instead; a kiosk desk
/// shows its own start screen.
#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let body = match crate::config::get().auth {
        Some(AuthMode::Host) => {
            let text = if crate::host::is_framed() {
                Msg::HostWaiting
            } else {
                Msg::HostAlone
            };
            view! { <p class="sb-sign-in__wait" role="status">{i18n.tr(text)}</p> }.into_any()
        }
        Some(AuthMode::Kiosk) => view! { <super::DeskStart /> }.into_any(),
        _ => view! { <SignInForm email="" /> }.into_any(),
    };
    view! {
        <main class="sb-sign-in" aria-labelledby="sb-sign-in-title">
            <h1 id="sb-sign-in-title" class="sb-sign-in__title">
                <img src="/public/favicon.svg" alt="" width="32" height="32" />
                {i18n.tr(Msg::SignInTitle)}
            </h1>
            {body}
        </main>
    }
}

/// The sign-in form in a dialog over the view, while the session has ended mid-work.
/// It cannot be dismissed: there is nothing to do without a session, and the view under it
/// (drafts, the outbox) stays as it was.
#[component]
pub fn SignInAgain() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    // Embedded with `auth: "host"`: the host page hears `auth.expired` and hands over a
    // new token; there is no form to fill in.
    let host_signs_in = crate::config::get().auth == Some(AuthMode::Host);
    // Open exactly while the session is over (the dialog is the outside world here: Escape
    // closes it, and it comes straight back).
    Effect::new(move || {
        let expired = store.gate.get() == Gate::Expired;
        if open.get() != expired {
            open.set(expired);
        }
    });
    let email = move || {
        store
            .session
            .with_untracked(|s| s.as_ref().map(|s| s.agent.email.clone()))
            .unwrap_or_default()
    };
    view! {
        <ModalDialog open labelledby="sb-sign-in-again-title">
            <h2 id="sb-sign-in-again-title">{i18n.tr(Msg::SignInTitle)}</h2>
            {if host_signs_in {
                view! { <p role="status">{i18n.tr(Msg::HostAgain)}</p> }.into_any()
            } else {
                view! {
                    <p>{i18n.tr(Msg::SignInAgain)}</p>
                    <Show when=move || open.get()>
                        <SignInForm email=email() />
                    </Show>
                }
                .into_any()
            }}
        </ModalDialog>
    }
}
