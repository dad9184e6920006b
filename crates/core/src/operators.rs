//! Who works on a chat: its assignee and further operators, who could be added, and what
//! the signed-in agent may do about it. The server's rules
//! (`crates/server/src/db/plan.rs`): assigning someone drops them from the operators;
//! adding the assignee or an operator again changes nothing; leaving works only for the
//! assignee or an operator.

use switchboard_protocol::{Agent, AgentId, Automation, ConversationSummary};

/// One person on the chat.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OnChat {
    /// Who.
    pub agent: AgentId,
    /// Their name (the id as text for an agent the session does not list).
    pub name: String,
    /// They are the assignee (else a further operator).
    pub assignee: bool,
    /// It is the signed-in agent.
    pub me: bool,
}

/// The chat's people: the assignee first, then the operators in the order they joined.
pub fn on_chat(c: &ConversationSummary, agents: &[Agent], me: Option<AgentId>) -> Vec<OnChat> {
    let name = |id: AgentId| {
        agents
            .iter()
            .find(|a| a.id == id)
            .map_or_else(|| format!("#{}", id.0), |a| a.name.clone())
    };
    c.assignee
        .map(|a| (a, true))
        .into_iter()
        .chain(
            c.operators
                .iter()
                .filter(|o| Some(**o) != c.assignee)
                .map(|o| (*o, false)),
        )
        .map(|(agent, assignee)| OnChat {
            agent,
            name: name(agent),
            assignee,
            me: Some(agent) == me,
        })
        .collect()
}

/// Agents who could be added as operators: everyone not on the chat yet.
pub fn addable<'a>(c: &ConversationSummary, agents: &'a [Agent]) -> Vec<&'a Agent> {
    agents
        .iter()
        .filter(|a| c.assignee != Some(a.id) && !c.operators.contains(&a.id))
        .collect()
}

/// Whether `me` can leave the chat (only someone on it can).
pub fn can_leave(c: &ConversationSummary, me: Option<AgentId>) -> bool {
    me.is_some_and(|me| c.assignee == Some(me) || c.operators.contains(&me))
}

/// The shortcut automations that can be started on the chat: those of `catalogue` not
/// running on it already (the server would change nothing for those).
pub fn startable<'a>(c: &ConversationSummary, catalogue: &'a [Automation]) -> Vec<&'a Automation> {
    catalogue
        .iter()
        .filter(|a| !c.automations.iter().any(|r| r.id == a.id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;
    use switchboard_protocol::{
        Channel, ContactBrief, ContactId, ConversationId, ConversationStatus, Presence, Role,
    };

    fn agent(id: i64, name: &str) -> Agent {
        Agent {
            id: AgentId(id),
            name: name.into(),
            email: format!("{name}@example.com"),
            language: "en".into(),
            role: Role::Agent,
            presence: Presence::Online,
        }
    }

    fn summary(id: i64) -> ConversationSummary {
        ConversationSummary {
            id: ConversationId(id),
            contact: ContactBrief {
                id: ContactId(1),
                name: "Anna".into(),
                avatar_url: None,
            },
            channel: Channel::Whatsapp,
            status: ConversationStatus::Open,
            assignee: None,
            tags: vec![],
            unread_count: 0,
            unanswered: false,
            last_message: None,
            last_activity_at: Utc::now(),
            snoozed_until: None,
            deal: None,
            team: None,
            operators: vec![],
            status_since: None,
            archived: false,
            contact_blocked: false,
            ai_active: false,
            bot_enabled: false,
            automations: vec![],
            crm_link: None,
            window_closes_at: None,
            business_account: None,
            mentioned: Vec::new(),
            matched: None,
        }
    }

    fn agents() -> Vec<Agent> {
        vec![
            agent(1, "Ann"),
            agent(2, "Bo"),
            agent(3, "Cy"),
            agent(4, "Di"),
        ]
    }

    #[test]
    fn the_assignee_comes_first_then_the_operators() {
        let mut c = summary(1);
        c.assignee = Some(AgentId(2));
        c.operators = vec![AgentId(4), AgentId(1)];
        let people = on_chat(&c, &agents(), Some(AgentId(1)));
        let names: Vec<(&str, bool, bool)> = people
            .iter()
            .map(|p| (p.name.as_str(), p.assignee, p.me))
            .collect();
        assert_eq!(
            names,
            [
                ("Bo", true, false),
                ("Di", false, false),
                ("Ann", false, true)
            ]
        );
    }

    #[test]
    fn an_unknown_agent_is_named_by_id() {
        let mut c = summary(1);
        c.operators = vec![AgentId(99)];
        assert_eq!(on_chat(&c, &agents(), None)[0].name, "#99");
    }

    #[test]
    fn only_people_not_on_the_chat_can_be_added() {
        let mut c = summary(1);
        c.assignee = Some(AgentId(2));
        c.operators = vec![AgentId(3)];
        let all = agents();
        let ids: Vec<i64> = addable(&c, &all).iter().map(|a| a.id.0).collect();
        assert_eq!(ids, [1, 4]);
    }

    #[test]
    fn only_someone_on_the_chat_can_leave_it() {
        let mut c = summary(1);
        assert!(!can_leave(&c, Some(AgentId(1))));
        assert!(!can_leave(&c, None));
        c.assignee = Some(AgentId(1));
        assert!(can_leave(&c, Some(AgentId(1))));
        c.assignee = Some(AgentId(2));
        c.operators = vec![AgentId(1)];
        assert!(can_leave(&c, Some(AgentId(1))));
        assert!(!can_leave(&c, Some(AgentId(3))));
    }

    #[test]
    fn a_running_automation_is_not_offered_again() {
        let catalogue: Vec<Automation> = [
            ("price-list", "Send price list"),
            ("feedback", "Ask for feedback"),
        ]
        .map(|(id, name)| Automation {
            id: id.into(),
            name: name.into(),
        })
        .to_vec();
        let mut c = summary(1);
        assert_eq!(startable(&c, &catalogue).len(), 2);
        c.automations = vec![switchboard_protocol::RunningAutomation {
            id: "price-list".into(),
            name: "Send price list".into(),
            started_at: Utc::now(),
        }];
        let ids: Vec<&str> = startable(&c, &catalogue)
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        assert_eq!(ids, ["feedback"]);
    }
}
