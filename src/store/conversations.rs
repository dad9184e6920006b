//! Commands on conversations: actions (status, assign, snooze, block, delete…), marking
//! read, and loading one conversation's record.
//!
//! Nothing is changed optimistically: a refused or failed action leaves the inbox as it
//! was and shows the agent why (the server's own words as the notice's detail).

use super::{ApiError, Store};
use crate::api;
use leptos::prelude::*;
use switchboard_protocol::{ConversationAction, ConversationId, Event};

/// What became of the conversation after a successful action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// It is still there; the inbox has the server's record of it.
    Updated,
    /// It left this agent's inbox: deleted, or its contact blocked while this agent may
    /// not see blocked contacts.
    Gone,
}

/// Sends `action` for conversation `id`. On success the inbox takes the answer; on failure
/// the agent sees a notice, nothing changes, and the error is returned (a dialog may show
/// it too).
///
/// `leave` runs when the conversation left this agent's inbox (deleted, or its contact
/// blocked and hidden), *before* the inbox forgets it: while it is open, the log would ask
/// again for a history that is gone.
pub async fn act(
    store: Store,
    id: ConversationId,
    action: ConversationAction,
    leave: impl FnOnce(),
) -> Result<Outcome, ApiError> {
    match api::act(id, &action).await {
        Ok(Some(c)) => {
            let may_see_blocked = store
                .session
                .with_untracked(|s| s.as_ref().is_some_and(|s| s.permissions.view_blocked));
            if c.contact_blocked && !may_see_blocked {
                leave();
                forget(store, id);
                return Ok(Outcome::Gone);
            }
            store.write(|i| i.upsert_conversation(c));
            Ok(Outcome::Updated)
        }
        Ok(None) => {
            leave();
            forget(store, id);
            Ok(Outcome::Gone)
        }
        Err(e) => {
            store.warn_error(&e);
            Err(e)
        }
    }
}

/// Removes a conversation this agent no longer sees, as its deletion event would (the
/// event may also come, or come redacted; applying it twice changes nothing).
fn forget(store: Store, id: ConversationId) {
    store.write(|i| {
        i.apply(&Event::ConversationDeleted {
            conversation_id: id,
        })
    });
}

/// Marks `id` read. The answer goes through the same count rules as the event that
/// announces it (`Inbox::upsert_conversation`), so whichever comes first, the unread
/// count moves once.
pub async fn mark_read(store: Store, id: ConversationId) -> Result<(), ApiError> {
    let c = api::mark_read(id).await?;
    store.write(|i| i.upsert_conversation(c));
    Ok(())
}

/// Loads the record of a conversation no loaded page lists (opened by a link), so its
/// header, panel and composer know it (the list shows it only if the view does). A
/// failure shows where its history fails to load too.
pub async fn load_record(store: Store, id: ConversationId) {
    if let Ok(d) = api::conversation(id).await {
        store.write(|i| {
            if i.conversations.get(id).is_none() {
                i.conversations.upsert(d.conversation)
            }
        });
    }
}
