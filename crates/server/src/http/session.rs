//! `GET /health`, `POST /session/demo` and `GET /session`.

use crate::auth::{self, CurrentAgent};
use crate::db::rows::{self, AGENT_SELECT};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use switchboard_protocol::{Health, Session, SignInResponse};

/// Liveness: `{"ok":true}`, no auth.
pub async fn health() -> Json<Health> {
    Json(Health { ok: true })
}

/// Signs in as the demo agent with a fresh token (403 unless the server runs with `--demo`).
pub async fn demo(State(state): State<AppState>) -> AppResult<Json<SignInResponse>> {
    if !state.demo {
        return Err(AppError::forbidden(
            "demo sign-in is off (start with --demo)",
        ));
    }
    state
        .run(|conn, _| {
            let agent = auth::demo_agent(conn)?
                .ok_or_else(|| AppError::forbidden("no demo agent in this database"))?;
            auth::sign_in(conn, agent)
        })
        .await
        .map(Json)
}

/// Who I am and every agent of the workspace.
pub async fn current(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
) -> AppResult<Json<Session>> {
    let (agents, settings) = state
        .run(|conn, _| {
            let mut stmt = conn.prepare(&format!("{AGENT_SELECT} ORDER BY id"))?;
            let agents = stmt
                .query_map([], rows::agent)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok((agents, crate::db::settings::load(conn)?))
        })
        .await?;
    Ok(Json(Session {
        permissions: switchboard_protocol::Permissions::of(agent.role),
        agent,
        agents,
        teams: Vec::new(),
        settings,
        expires_at: None,
    }))
}
