//! The HTTP surface: the REST API under `/api/v1`, the socket, and the built app with an
//! SPA fallback (any GET that is not a file and not under `/api` gets `index.html`).
//!
//! Invariant: every answer under `/api` is JSON; unknown API paths are a 404 `ApiError`.

pub mod ai;
pub mod contacts;
pub mod conversations;
pub mod deals;
pub mod desk;
pub mod extract;
pub mod messages;
pub mod outbound;
pub mod paths;
pub mod session;
pub mod templates;
pub mod tokens;
pub mod uploads;
pub mod views;

use crate::error::AppError;
use crate::state::AppState;
use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue, Method};
use axum::middleware::from_fn_with_state;
use axum::routing::{any, delete, get, patch, post, put};
use axum::Router;
use std::path::Path;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::services::{ServeDir, ServeFile};

async fn api_not_found() -> AppError {
    AppError::not_found("no such endpoint")
}

async fn method_not_allowed() -> AppError {
    AppError::method_not_allowed()
}

/// The whole application: API, socket, static files, CORS; every answer with the security
/// `headers` (the Content-Security-Policy on HTML answers, see [`crate::headers`]).
///
/// CORS (`--cors-origin`): an app served from one of the listed origins may call every
/// endpoint with `Authorization` and `Content-Type` (preflight answered, `Retry-After`
/// exposed); downloads work the same way or by their signed URL; the socket has no
/// `Origin` check (it authenticates by its first frame), so any origin may open it.
pub fn router(
    state: AppState,
    static_dir: &Path,
    cors_origins: &[String],
    headers: crate::headers::Headers,
) -> Router {
    let api = Router::new()
        .route("/health", get(session::health))
        .route("/openapi.json", get(crate::openapi::serve))
        .route("/session/methods", get(session::methods))
        .route("/session/demo", post(session::demo))
        .route("/session/refresh", post(tokens::refresh_session))
        .route(
            "/session",
            get(session::current)
                .post(session::sign_in)
                .delete(tokens::sign_out),
        )
        // Kiosk desks (device token on `/desk`, none on the claim).
        .route("/devices/claim", post(desk::claim))
        .route("/desk", get(desk::roster))
        .route("/desk/session", post(desk::sign_in))
        .route("/conversations", get(conversations::list))
        .route("/conversations/{id}", get(conversations::detail))
        // Messages, files, templates and outbound threads.
        .route(
            "/conversations/{id}/messages",
            get(messages::list).post(messages::send),
        )
        .route("/conversations/{id}/messages/search", get(messages::search))
        .route(
            "/conversations/{id}/messages/{mid}/retry",
            post(messages::retry),
        )
        .route(
            "/uploads",
            post(uploads::create).layer(DefaultBodyLimit::max(uploads::BODY_LIMIT)),
        )
        .route("/uploads/{id}", get(uploads::download))
        .route("/templates", get(templates::list))
        .route("/variables", get(templates::variables))
        .route("/contacts", get(outbound::search).post(outbound::create))
        .route("/outbound", post(outbound::start))
        .route("/conversations/{id}/read", post(conversations::read))
        // Conversations: queries, counts, views, actions, presence (issue 7).
        .route("/conversations/counts", get(conversations::counts))
        .route("/conversations/{id}/actions", post(conversations::action))
        .route("/automations", get(conversations::automations))
        .route("/views", get(views::list).post(views::create))
        .route("/views/{id}", delete(views::delete))
        .route("/session/presence", put(session::presence))
        .route("/settings/closing-notes", put(session::closing_notes))
        .route("/inbound", post(messages::inbound))
        .route("/ws", get(crate::ws::handler))
        .route("/translate", post(ai::translate))
        .route("/detect-language", post(ai::detect_language))
        .route("/conversations/{id}/ai/suggestions", post(ai::suggestions))
        .route("/conversations/{id}/ai/summary", post(ai::summary))
        .route("/ai/prompt", post(ai::prompt))
        .route("/ai/feedback", post(ai::feedback))
        .route("/_faults", get(ai::faults).put(ai::set_faults))
        // Contacts, CRM, deals, tasks, reminders and calendar events.
        .route("/contacts/{id}", get(contacts::get).patch(contacts::patch))
        .route("/custom-fields", get(contacts::custom_fields))
        .route(
            "/contacts/{id}/crm/{system}/{key}",
            put(contacts::crm_property),
        )
        .route(
            "/contacts/{id}/notes",
            get(contacts::notes).post(contacts::add_note),
        )
        .route(
            "/contacts/{id}/tasks",
            get(deals::tasks).post(deals::add_task),
        )
        .route("/tasks/{id}", patch(deals::update_task))
        .route("/pipelines", get(deals::pipelines))
        .route(
            "/conversations/{id}/deal",
            get(deals::deal).put(deals::put_deal),
        )
        .route(
            "/conversations/{id}/reminders",
            get(deals::reminders).post(deals::add_reminder),
        )
        .route(
            "/conversations/{id}/calendar-events",
            get(deals::calendar).post(deals::add_calendar_event),
        )
        .fallback(api_not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(from_fn_with_state(state.clone(), crate::faults::middleware));
    let mut app = Router::new()
        .nest(switchboard_protocol::API_PREFIX, api)
        .route("/api", any(api_not_found))
        .route("/api/{*rest}", any(api_not_found));
    let index = static_dir.join("index.html");
    if index.is_file() {
        crate::bundle::precompress_in_background(static_dir.to_path_buf());
        let files = ServeDir::new(static_dir)
            .precompressed_br()
            .precompressed_gzip()
            .fallback(ServeFile::new(index));
        app = app.fallback_service(files);
    } else {
        eprintln!(
            "no built app at {} (no index.html): serving the API only",
            static_dir.display()
        );
        app = app.fallback(|| async { AppError::not_found("no app is served here") });
    }
    let app = app
        .with_state(state)
        .layer(axum::middleware::from_fn_with_state(
            std::sync::Arc::new(headers),
            crate::headers::middleware,
        ));
    let origins: Vec<HeaderValue> = cors_origins
        .iter()
        .map(|o| o.trim())
        .filter(|o| !o.is_empty())
        .filter_map(|o| HeaderValue::from_str(o).ok())
        .collect();
    if origins.is_empty() {
        return app;
    }
    app.layer(
        CorsLayer::new()
            .allow_origin(AllowOrigin::list(origins))
            .allow_methods([
                Method::GET,
                Method::POST,
                Method::PUT,
                Method::PATCH,
                Method::DELETE,
            ])
            .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE])
            // The refresh cookie (`crate::refresh`) crosses origins of one site only for
            // the listed origins: with credentials, never with a wildcard.
            .allow_credentials(true)
            // The app reads how long to wait after a 429, and a download's file name.
            .expose_headers([header::RETRY_AFTER, header::CONTENT_DISPOSITION])
            .max_age(std::time::Duration::from_secs(600)),
    )
}
