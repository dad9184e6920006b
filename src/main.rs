//! Switchboard: the agent inbox, a client-side Leptos app.
//!
//! Layers: `config` (the deployment's `config.json`), `api` (the only code that talks HTTP
//! or WebSocket), `store` (the one store between the views and the backend: the reactive
//! handles around the pure `switchboard_core` state, sign-in, sync and the commands), and
//! `components` (one per file, views over derived data); `theme` sets the colour theme the
//! style sheets read.

mod alerts;
mod api;
mod app;
mod components;
mod config;
mod format;
mod heap;
mod hooks;
mod host;
mod i18n;
mod kiosk;
mod list_query;
mod perf;
mod store;
mod theme;

fn main() {
    console_error_panic_hook::set_once();
    // `config.json` first: it says which backend to talk to. A wrong file gets a page
    // naming the bad key instead of the app.
    // (wasm-bindgen-futures directly: the reactive executor starts with the mount.)
    wasm_bindgen_futures::spawn_local(async {
        match config::load().await {
            Ok(()) => {
                kiosk::reload_after_panic();
                theme::apply_configured();
                leptos::mount::mount_to_body(app::App)
            }
            Err(error) => leptos::mount::mount_to_body(move || {
                leptos::view! { <components::session::ConfigErrorPage error /> }
            }),
        }
    });
}
