//! Who has which conversation open, per socket (the `viewing` frames).
//!
//! Invariant: an agent stops viewing a conversation (`active: false` goes out) only when
//! none of their sockets has it open any more, so closing one of two tabs clears nothing.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use switchboard_protocol::{AgentId, ConversationId};

/// One socket's open conversation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Viewer {
    /// The conversation.
    pub conversation: ConversationId,
    /// The agent.
    pub agent: AgentId,
    /// Their name.
    pub name: String,
}

/// The registry, shared by every socket of the server.
#[derive(Debug, Default)]
pub struct Viewers {
    next: AtomicU64,
    open: Mutex<HashMap<u64, Viewer>>,
}

/// What a change of view asks the socket to send.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Change {
    /// The conversation the agent no longer views on any socket (announce `active: false`).
    pub left: Option<ConversationId>,
    /// The other agents already viewing the new conversation (tell this socket).
    pub there: Vec<Viewer>,
}

impl Viewers {
    /// A fresh socket id.
    pub fn socket(&self) -> u64 {
        self.next.fetch_add(1, Ordering::Relaxed)
    }

    /// Socket `socket` of `agent` now has `conversation` open (`None`: nothing).
    pub fn view(
        &self,
        socket: u64,
        agent: AgentId,
        name: &str,
        conversation: Option<ConversationId>,
    ) -> Change {
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let before = match conversation {
            Some(c) => open.insert(
                socket,
                Viewer {
                    conversation: c,
                    agent,
                    name: name.to_owned(),
                },
            ),
            None => open.remove(&socket),
        };
        let left = before
            .map(|v| v.conversation)
            .filter(|c| Some(*c) != conversation && !views(&open, agent, *c));
        let mut there: Vec<Viewer> = conversation.map_or_else(Vec::new, |c| {
            open.values()
                .filter(|v| v.conversation == c && v.agent != agent)
                .cloned()
                .collect()
        });
        there.sort_by_key(|v| v.agent);
        there.dedup_by_key(|v| v.agent);
        Change { left, there }
    }

    /// The socket closed: the conversation its agent no longer views anywhere.
    pub fn close(&self, socket: u64, agent: AgentId) -> Option<ConversationId> {
        self.view(socket, agent, "", None).left
    }
}

fn views(open: &HashMap<u64, Viewer>, agent: AgentId, c: ConversationId) -> bool {
    open.values()
        .any(|v| v.agent == agent && v.conversation == c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_agent_leaves_when_their_last_socket_does() {
        let r = Viewers::default();
        let (a1, a2, b) = (r.socket(), r.socket(), r.socket());
        let c = ConversationId(7);
        assert_eq!(r.view(a1, AgentId(1), "Alex", Some(c)), Change::default());
        r.view(a2, AgentId(1), "Alex", Some(c));
        let change = r.view(b, AgentId(2), "Marta", Some(c));
        assert_eq!(change.there.len(), 1, "Alex once, for two tabs");
        assert_eq!(change.there[0].name, "Alex");
        assert_eq!(
            r.close(a1, AgentId(1)),
            None,
            "the other tab still views it"
        );
        assert_eq!(r.view(a2, AgentId(1), "Alex", None).left, Some(c));
        assert_eq!(r.close(b, AgentId(2)), Some(c));
    }
}
