//! Teams and their members.

use rusqlite::Connection;
use switchboard_protocol::{AgentId, Team, TeamId};

/// Every team with its members, by id.
pub fn list(conn: &Connection) -> rusqlite::Result<Vec<Team>> {
    let mut stmt = conn.prepare(
        "SELECT t.id, t.name, m.agent_id FROM teams t \
         LEFT JOIN team_members m ON m.team_id = t.id ORDER BY t.id, m.agent_id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<i64>>(2)?,
        ))
    })?;
    let mut teams: Vec<Team> = Vec::new();
    for row in rows {
        let (id, name, member) = row?;
        if teams.last().is_none_or(|t| t.id.0 != id) {
            teams.push(Team {
                id: TeamId(id),
                name,
                members: Vec::new(),
            });
        }
        if let (Some(team), Some(m)) = (teams.last_mut(), member) {
            team.members.push(AgentId(m));
        }
    }
    Ok(teams)
}
