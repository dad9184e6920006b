//! The workspace's settings as this app follows them: they arrive with the session and
//! change with `settings_updated` (a supervisor changed them, here or elsewhere), which
//! replaces them whole. A supervisor's own change is applied from the answer too, so the
//! menu does not wait for the socket.

use super::{ApiError, Store};
use crate::api;
use leptos::prelude::*;
use switchboard_protocol::{ClosingNotes, Settings};

/// Puts `settings` in the session (the whole record: applying it twice does nothing).
pub fn apply(store: Store, settings: Settings) {
    store.session.update(|s| {
        if let Some(s) = s.as_mut() {
            s.settings = settings;
        }
    });
}

/// Whether the signed-in agent may change the settings (reactive).
pub fn may_manage(store: Store) -> bool {
    store
        .session
        .with(|s| s.as_ref().is_some_and(|s| s.permissions.manage_settings))
}

/// The closing-notes policy in force (reactive; `Off` before the session is in).
pub fn closing_notes(store: Store) -> ClosingNotes {
    store
        .session
        .with(|s| s.as_ref().map(|s| s.settings.closing_notes))
        .unwrap_or_default()
}

/// Sets the closing-notes policy for the whole workspace.
pub async fn set_closing_notes(store: Store, policy: ClosingNotes) -> Result<(), ApiError> {
    let settings = api::set_closing_notes(policy).await?;
    apply(store, settings);
    Ok(())
}
