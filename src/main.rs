//! Switchboard: the agent inbox, a client-side Leptos app.
//!
//! Layers: `api` (the only code that talks HTTP or WebSocket), `state` (the reactive
//! handles around the pure `switchboard_core` state), `sync` (signs in, keeps the inbox in
//! step with the server, flushes the outbox), and `components` (one per file, views over
//! derived data).

mod api;
mod app;
mod components;
mod format;
mod hooks;
mod i18n;
mod list_query;
mod perf;
mod store;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
