//! `GET /health`, `POST /session/demo`, `GET /session` and `PUT /session/presence`.

use super::extract::JsonBody;
use crate::auth::{self, CurrentAgent};
use crate::db::rows::{self, AGENT_SELECT};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use std::sync::Arc;
use switchboard_protocol::{Health, PresenceUpdate, ServerFrame, Session, SignInResponse};

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
    headers: HeaderMap,
) -> AppResult<Json<Session>> {
    let token = auth::bearer(&headers).unwrap_or_default();
    let (agents, settings, teams, expires) = state
        .run(move |conn, _| {
            let mut stmt = conn.prepare(&format!("{AGENT_SELECT} ORDER BY id"))?;
            let agents = stmt
                .query_map([], rows::agent)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let settings = crate::db::settings::load(conn)?;
            let teams = crate::db::teams::list(conn)?;
            Ok((agents, settings, teams, auth::expires_at(conn, &token)?))
        })
        .await?;
    Ok(Json(Session {
        permissions: switchboard_protocol::Permissions::of(agent.role),
        agent,
        agents,
        teams,
        settings,
        expires_at: expires.map(rows::time),
        capabilities: Some(switchboard_protocol::Capability::ALL.to_vec()),
    }))
}

/// Sets my presence and tells the other sockets (an ephemeral `presence` frame); 204.
pub async fn presence(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    JsonBody(update): JsonBody<PresenceUpdate>,
) -> AppResult<StatusCode> {
    let wire = serde_json::to_value(update.presence)?;
    let Some(name) = wire.as_str().filter(|s| *s != "other").map(str::to_owned) else {
        return Err(AppError::invalid("unknown presence"));
    };
    state
        .run(move |conn, _| {
            conn.execute(
                "UPDATE agents SET presence = ?2 WHERE id = ?1",
                rusqlite::params![agent.id.0, name],
            )?;
            Ok(())
        })
        .await?;
    let frame = ServerFrame::Presence {
        agent_id: agent.id,
        presence: update.presence,
    };
    let _ = state.ephemeral.send(Arc::new(crate::events::Ephemeral {
        from: None,
        frame,
        restricted: false,
    }));
    Ok(StatusCode::NO_CONTENT)
}
