//! Who an internal note can mention (`@` in the composer): the other agents and the
//! teams, and which agents a note's text mentions when it is sent.
//!
//! The text is the truth: a mention is `@Name` in the note as sent (so deleting it from
//! the text un-mentions), found with the same rule that highlights mentions
//! ([`crate::mentions`]). A team's mention notifies its members. The agent writing is
//! never notified of their own note.

use crate::mentions::{split_mentions, MentionPart};
use switchboard_protocol::{AgentId, Session, TeamId};

/// What a mention names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TargetId {
    /// An agent.
    Agent(AgentId),
    /// A team.
    Team(TeamId),
}

/// An agent or team that can be mentioned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// Who.
    pub id: TargetId,
    /// The name written after `@`.
    pub name: String,
    /// The agents notified (the agent; a team's members but the writer).
    pub agents: Vec<AgentId>,
}

/// Everyone who can be mentioned in this session: the other agents by name, then the
/// teams by name.
pub fn targets(session: &Session) -> Vec<Target> {
    let me = session.agent.id;
    let mut agents: Vec<Target> = session
        .agents
        .iter()
        .filter(|a| a.id != me && !a.name.trim().is_empty())
        .map(|a| Target {
            id: TargetId::Agent(a.id),
            name: a.name.trim().to_owned(),
            agents: vec![a.id],
        })
        .collect();
    agents.sort_by_key(|t| t.name.to_lowercase());
    let mut teams: Vec<Target> = session
        .teams
        .iter()
        .filter(|t| !t.name.trim().is_empty())
        .map(|t| Target {
            id: TargetId::Team(t.id),
            name: t.name.trim().to_owned(),
            agents: t.members.iter().copied().filter(|&a| a != me).collect(),
        })
        .collect();
    teams.sort_by_key(|t| t.name.to_lowercase());
    agents.extend(teams);
    agents
}

/// The names that make `@name` a mention when a note is shown: every agent's full and
/// first name (the writer's too: a note may name them), and every team's name.
pub fn shown_names(session: &Session) -> Vec<String> {
    let agents = session.agents.iter().flat_map(|a| {
        let first = a.name.split_whitespace().next().map(str::to_owned);
        std::iter::once(a.name.clone()).chain(first)
    });
    agents
        .chain(session.teams.iter().map(|t| t.name.clone()))
        .collect()
}

/// The targets whose name, or a word of it, starts with `query` (any case); then those
/// whose name merely contains it.
pub fn matching<'a>(all: &'a [Target], query: &str) -> Vec<&'a Target> {
    let q = query.trim().to_lowercase();
    let mut hits: Vec<(bool, &Target)> = all
        .iter()
        .filter_map(|t| {
            let name = t.name.to_lowercase();
            let starts = name.starts_with(&q) || name.split_whitespace().any(|w| w.starts_with(&q));
            (starts || name.contains(&q)).then_some((!starts, t))
        })
        .collect();
    hits.sort_by_key(|(later, _)| *later);
    hits.into_iter().map(|(_, t)| t).collect()
}

/// The agents a note's `text` mentions, each once, in order of first mention. Full names
/// and team names count; an agent's first name alone counts when no other agent has it.
pub fn mentioned(text: &str, all: &[Target]) -> Vec<AgentId> {
    let first = |t: &Target| t.name.split_whitespace().next().map(str::to_lowercase);
    let mut names: Vec<(String, &Target)> =
        all.iter().map(|t| (t.name.to_lowercase(), t)).collect();
    for t in all.iter().filter(|t| matches!(t.id, TargetId::Agent(_))) {
        let Some(f) = first(t) else { continue };
        let shared = all
            .iter()
            .filter(|o| matches!(o.id, TargetId::Agent(_)) && first(o).as_ref() == Some(&f))
            .count()
            > 1;
        if !shared && !names.iter().any(|(n, _)| *n == f) {
            names.push((f, t));
        }
    }
    let plain: Vec<&str> = names.iter().map(|(n, _)| n.as_str()).collect();
    let mut out = Vec::new();
    for part in split_mentions(text, &plain) {
        let MentionPart::Mention(m) = part else {
            continue;
        };
        let said = m[1..].to_lowercase();
        let Some((_, t)) = names.iter().find(|(n, _)| *n == said) else {
            continue;
        };
        for a in &t.agents {
            if !out.contains(a) {
                out.push(*a);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use switchboard_protocol::{Agent, Team};

    #[test]
    fn shown_names_are_every_agent_by_full_and_first_name_and_every_team() {
        let names = shown_names(&session());
        for n in [
            "Alex Morgan",
            "Alex",
            "Marta Nowak",
            "Marta",
            "Олена",
            "Sales",
        ] {
            assert!(names.iter().any(|x| x == n), "{n} missing from {names:?}");
        }
    }

    fn session() -> Session {
        let agent = |id: i64, name: &str| Agent {
            id: AgentId(id),
            name: name.into(),
            email: format!("a{id}@example.com"),
            language: "en".into(),
            role: Default::default(),
            presence: Default::default(),
        };
        Session {
            agent: agent(1, "Alex Morgan"),
            agents: vec![
                agent(1, "Alex Morgan"),
                agent(2, "Marta Kowalska"),
                agent(3, "Marta Nowak"),
                agent(4, "Олена Коваль"),
            ],
            permissions: Default::default(),
            teams: vec![Team {
                id: TeamId(7),
                name: "Sales".into(),
                members: vec![AgentId(1), AgentId(3), AgentId(4)],
            }],
            settings: Default::default(),
            desk: None,
            expires_at: None,
            capabilities: None,
        }
    }

    #[test]
    fn targets_are_the_other_agents_then_the_teams() {
        let t = targets(&session());
        let names: Vec<&str> = t.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(
            names,
            ["Marta Kowalska", "Marta Nowak", "Олена Коваль", "Sales"]
        );
        assert_eq!(
            t[3].agents,
            [AgentId(3), AgentId(4)],
            "the writer is left out"
        );
    }

    #[test]
    fn matching_prefers_word_starts() {
        let t = targets(&session());
        let names = |q: &str| -> Vec<String> {
            matching(&t, q)
                .into_iter()
                .map(|t| t.name.clone())
                .collect()
        };
        assert_eq!(names("now"), ["Marta Nowak"]);
        assert_eq!(names("ма"), Vec::<String>::new());
        assert_eq!(names("КОВ"), ["Олена Коваль"]);
        assert_eq!(names("sal"), ["Sales"]);
        assert_eq!(
            names("a").first().map(String::as_str),
            Some("Marta Kowalska")
        );
    }

    #[test]
    fn a_note_mentions_the_agents_it_names() {
        let t = targets(&session());
        assert_eq!(
            mentioned("@Marta Nowak and @олена, please check", &t),
            [AgentId(3), AgentId(4)]
        );
        // "Marta" is two agents' first name: it names nobody.
        assert!(mentioned("@Marta can you", &t).is_empty());
        // A team names its members; nobody twice.
        assert_eq!(
            mentioned("@Sales and @Marta Nowak", &t),
            [AgentId(3), AgentId(4)]
        );
        // Not a mention inside an address, nor of oneself.
        assert!(mentioned("mail marta.nowak@x.com", &t).is_empty());
        assert!(mentioned("@Alex Morgan", &t).is_empty());
    }
}
