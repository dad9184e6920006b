//! Each agent's own shelf in browser storage: drafts and the outbox belong to the agent
//! who wrote them.
//!
//! Several agents can work on one browser (a shared desk, a colleague signing in after a
//! shift). Their unsent work is kept under keys of their own, and every value also
//! carries its owner's id, so a value under the wrong key (copied by hand, or written by a
//! bug) is never shown to, sent by or deleted for another agent: [`open`] returns nothing
//! for it. Signing out leaves the shelf in place; the same agent signing in again finds
//! their drafts and unsent messages where they left them.
//!
//! Before accounts there was one shelf for everybody (the `v1` keys, written by the only
//! agent the app had); the first agent to sign in adopts it once ([`LEGACY_KEYS`]).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use switchboard_protocol::AgentId;

/// What is kept on the shelf.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// Messages written but not yet confirmed by the server.
    Outbox,
    /// Unsent text per conversation and mode.
    Drafts,
    /// The agent's own keyboard shortcuts (`keymap::Remaps`).
    Keymap,
}

impl Item {
    fn name(self) -> &'static str {
        match self {
            Item::Outbox => "outbox",
            Item::Drafts => "drafts",
            Item::Keymap => "keymap",
        }
    }
}

/// The keys of the shared shelf of earlier versions: `(item, key)`.
pub const LEGACY_KEYS: [(Item, &str); 2] = [
    (Item::Outbox, "switchboard.outbox.v1"),
    (Item::Drafts, "switchboard.drafts.v1"),
];

/// The storage key of `agent`'s `item`.
pub fn key(agent: AgentId, item: Item) -> String {
    format!("switchboard.{}.v2.agent-{}", item.name(), agent.0)
}

/// The storage key of one tab's `item` (the outbox): every tab of an agent writes only
/// its own, so two tabs never overwrite each other's unsent messages. `tab` is the tab's
/// random id (letters, digits and `-`).
pub fn tab_key(agent: AgentId, item: Item, tab: &str) -> String {
    format!("{}.tab-{tab}", key(agent, item))
}

/// The tab whose `item` of `agent`'s a storage key holds, if it is such a key.
pub fn tab_of(agent: AgentId, item: Item, stored_key: &str) -> Option<&str> {
    let tab = stored_key
        .strip_prefix(&key(agent, item))?
        .strip_prefix(".tab-")?;
    let plain = !tab.is_empty() && tab.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    plain.then_some(tab)
}

/// A stored value with its owner.
#[derive(Serialize, Deserialize)]
struct Owned<T> {
    agent: AgentId,
    value: T,
}

/// The text to store for `agent`'s `value`.
pub fn seal<T: Serialize>(agent: AgentId, value: &T) -> Option<String> {
    serde_json::to_string(&Owned { agent, value }).ok()
}

/// What `agent` may have of a stored text: its value when `agent` owns it; the default
/// when there is none, it belongs to someone else, or it is from an incompatible version.
pub fn open<T: DeserializeOwned + Default>(agent: AgentId, stored: Option<&str>) -> T {
    stored
        .and_then(|text| serde_json::from_str::<Owned<T>>(text).ok())
        .filter(|o| o.agent == agent)
        .map(|o| o.value)
        .unwrap_or_default()
}

/// What a stored text holds for the agent who opens it.
#[derive(Debug, PartialEq)]
pub enum Opened<T> {
    /// Nothing stored (or a value of another agent's, never theirs to see).
    Nothing,
    /// The agent's own value.
    Mine(T),
    /// A text that does not read as any version's value (a bug, a hand edit, a disk
    /// error): the caller sets it aside and says so, rather than overwriting it with an
    /// empty shelf (a write is one `setItem` of the whole value, so a closed or crashed tab
    /// leaves the old value or the new one, never half of one).
    Unreadable,
}

/// Opens a stored text as [`open`] does, telling an unreadable text from an empty shelf.
pub fn open_checked<T: DeserializeOwned>(agent: AgentId, stored: Option<&str>) -> Opened<T> {
    let Some(text) = stored else {
        return Opened::Nothing;
    };
    match serde_json::from_str::<Owned<T>>(text) {
        Ok(o) if o.agent == agent => Opened::Mine(o.value),
        Ok(_) => Opened::Nothing,
        Err(_) => Opened::Unreadable,
    }
}

/// Where an unreadable text of `key` is set aside.
pub fn set_aside_key(key: &str) -> String {
    format!("{key}.unreadable")
}

/// The value of a legacy (ownerless) text, adopted by whoever signs in first.
pub fn adopt<T: DeserializeOwned + Default>(stored: Option<&str>) -> T {
    stored
        .and_then(|text| serde_json::from_str(text).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Drafts;

    fn drafts(text: &str) -> Drafts {
        let mut d = Drafts::default();
        d.set(
            switchboard_protocol::ConversationId(5),
            switchboard_protocol::Visibility::Public,
            text.to_owned(),
        );
        d
    }

    #[test]
    fn each_agent_has_keys_of_their_own() {
        let (a, b) = (AgentId(1), AgentId(2));
        assert_ne!(key(a, Item::Outbox), key(b, Item::Outbox));
        assert_ne!(key(a, Item::Drafts), key(b, Item::Drafts));
        assert_ne!(key(a, Item::Outbox), key(a, Item::Drafts));
        for (_, legacy) in LEGACY_KEYS {
            assert_ne!(key(a, Item::Outbox), legacy);
            assert_ne!(key(a, Item::Drafts), legacy);
        }
    }

    #[test]
    fn the_owner_gets_their_work_back() {
        let a = AgentId(1);
        let text = seal(a, &drafts("Hello")).unwrap();
        assert_eq!(open::<Drafts>(a, Some(&text)), drafts("Hello"));
    }

    #[test]
    fn another_agent_never_gets_it_even_under_their_own_key() {
        let text = seal(AgentId(1), &drafts("Private reply")).unwrap();
        assert_eq!(open::<Drafts>(AgentId(2), Some(&text)), Drafts::default());
    }

    #[test]
    fn nothing_or_garbage_is_an_empty_shelf() {
        assert_eq!(open::<Drafts>(AgentId(1), None), Drafts::default());
        assert_eq!(
            open::<Drafts>(AgentId(1), Some("{not json")),
            Drafts::default()
        );
        assert_eq!(
            open_checked::<Drafts>(AgentId(1), Some("{\"agent\":1,\"value\":[[5")),
            Opened::Unreadable,
            "a cut-off value is unreadable, not empty"
        );
        let other = seal(AgentId(2), &drafts("Theirs")).unwrap();
        assert_eq!(
            open_checked::<Drafts>(AgentId(1), Some(&other)),
            Opened::Nothing
        );
        let mine = seal(AgentId(1), &drafts("Mine")).unwrap();
        assert_eq!(
            open_checked::<Drafts>(AgentId(1), Some(&mine)),
            Opened::Mine(drafts("Mine"))
        );
        // An ownerless (legacy) value is not opened as anyone's…
        let legacy = serde_json::to_string(&drafts("Old")).unwrap();
        assert_eq!(open::<Drafts>(AgentId(1), Some(&legacy)), Drafts::default());
        // …but can be adopted once.
        assert_eq!(adopt::<Drafts>(Some(&legacy)), drafts("Old"));
    }
}
