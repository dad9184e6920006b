//! The agent's recent emoji, kept in `localStorage` (per browser, like a keyboard's).

use switchboard_core::emoji_pick::Recent;

const KEY: &str = "switchboard.emoji.recent.v1";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The stored recent emoji (none when storage is off or holds something else).
pub fn load() -> Recent {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// Notes that `glyph` was just used. A browser that will not store it only forgets.
pub fn used(glyph: &str) {
    let mut recent = load();
    recent.used(glyph);
    if let (Some(s), Ok(json)) = (storage(), serde_json::to_string(&recent)) {
        _ = s.set_item(KEY, &json);
    }
}
