//! The start page of a deployment whose `config.json` is wrong: what is wrong, naming the
//! key, instead of a blank screen or a half-working app against the wrong backend.

use crate::i18n::Msg;
use leptos::prelude::*;
use switchboard_core::runtime_config::ConfigError;

/// The page. It has no i18n context (the app never started): the browser's language.
#[component]
pub fn ConfigErrorPage(error: ConfigError) -> impl IntoView {
    let l = crate::i18n::browser_locale();
    view! {
        <main class="sb-sign-in" aria-labelledby="sb-config-error-title">
            <h1 id="sb-config-error-title" class="sb-sign-in__title">{l.t(Msg::ConfigErrorTitle)}</h1>
            <div class="sb-sign-in__form" role="alert">
                <p>{l.t(Msg::ConfigErrorBody)}</p>
                <p>
                    {l.t(Msg::ConfigErrorKey)} ": " <code>{error.key}</code>
                </p>
                <p>{error.problem}</p>
            </div>
        </main>
    }
}
