//! What the AI tools remember per agent in `localStorage`: the dislike count (every third
//! dislike asks for a comment) and the recent custom instructions. Keys carry the agent's
//! id, so two agents sharing a browser keep their own.

use crate::store::Store;
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;
use switchboard_core::composer_ai::{feedback, prompts};
use switchboard_protocol::AgentId;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn load<T: DeserializeOwned + Default>(key: &str) -> T {
    storage()
        .and_then(|s| s.get_item(key).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

fn save<T: Serialize>(key: &str, value: &T) {
    // Losing a count or a recent instruction is harmless: no warning for these.
    if let (Some(s), Ok(json)) = (storage(), serde_json::to_string(value)) {
        let _ = s.set_item(key, &json);
    }
}

fn me(state: Store) -> Option<AgentId> {
    state
        .session
        .with_untracked(|s| s.as_ref().map(|s| s.agent.id))
}

/// Counts a verdict for the signed-in agent; true when it asks for a comment.
pub fn record_verdict(state: Store, verdict: switchboard_protocol::Verdict) -> bool {
    let Some(agent) = me(state) else {
        return false;
    };
    let key = feedback::storage_key(agent);
    let mut counter: feedback::DislikeCounter = load(&key);
    let ask = counter.record(verdict);
    save(&key, &counter);
    ask
}

/// The signed-in agent's recent custom instructions.
pub fn recent_prompts(state: Store) -> prompts::RecentPrompts {
    me(state).map_or_else(Default::default, |a| load(&prompts::storage_key(a)))
}

/// Remembers a custom instruction for the signed-in agent; returns the new list.
pub fn remember_prompt(state: Store, instruction: &str) -> prompts::RecentPrompts {
    let mut recent = recent_prompts(state);
    recent.used(instruction);
    if let Some(a) = me(state) {
        save(&prompts::storage_key(a), &recent);
    }
    recent
}
