//! Each agent's remaps, on their own shelf in `localStorage`
//! (`switchboard_core::agent_shelf`, item `keymap`): loaded when the agent is known,
//! saved when they change a shortcut.

use super::KeyboardCtx;
use crate::store::Store;
use leptos::prelude::*;
use switchboard_core::agent_shelf::{self, Item};
use switchboard_core::keymap::{Keymap, Remaps};

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Puts the signed-in agent's shortcuts in force (the defaults for anyone else).
pub fn load(kb: KeyboardCtx) {
    Effect::new(move || {
        let Some(agent) = kb.state.me() else {
            return;
        };
        let text = storage().and_then(|s| {
            s.get_item(&agent_shelf::key(agent, Item::Keymap))
                .ok()
                .flatten()
        });
        let remaps: Remaps = agent_shelf::open(agent, text.as_deref());
        kb.keymap.set(Keymap::from_remaps(&remaps));
    });
}

/// Keeps `map` for the signed-in agent; false when the browser refused.
pub fn save(state: Store, map: &Keymap) -> bool {
    let Some(agent) = state
        .session
        .with_untracked(|s| s.as_ref().map(|s| s.agent.id))
    else {
        return false;
    };
    let Some(text) = agent_shelf::seal(agent, &map.remaps()) else {
        return false;
    };
    storage().is_some_and(|s| {
        s.set_item(&agent_shelf::key(agent, Item::Keymap), &text)
            .is_ok()
    })
}
