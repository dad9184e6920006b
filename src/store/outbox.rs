//! Commands on the outbox: sending a prepared message, retrying, taking one back for
//! editing, deleting, and asking the server to retry a message it failed to deliver.
//!
//! The outbox is sent by one sender at a time, oldest first, each message with its own
//! client id, so retries after a network failure can never duplicate or reorder messages.

use super::{ApiError, Store};
use crate::api;
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::{OutboxState, PendingMessage};
use switchboard_protocol::{ClientMsgId, ConversationId, MessageId};

/// Pause before sending again after a failure that may pass.
const RETRY_MS: u32 = 3_000;

/// Queues a prepared message (shown at once, pending; in the place of a refused message
/// of its conversation and mode the agent took back to edit, if any) and starts the sender.
pub fn send(state: Store, pending: PendingMessage) {
    state.write(|i| i.outbox.replace_edited(pending));
    flush(state);
}

/// Takes a refused message back for editing (see `Outbox::take_back`).
pub fn take_back(state: Store, id: &ClientMsgId) -> Option<PendingMessage> {
    state.write(|i| i.outbox.take_back(id)).flatten()
}

/// Sends a refused or queued message again.
pub fn retry(state: Store, id: &ClientMsgId) {
    state.write(|i| _ = i.outbox.set_state(id, OutboxState::Sending));
    flush(state);
}

/// Deletes a message that was not delivered; the messages it held go (in order).
pub fn delete(state: Store, id: &ClientMsgId) {
    state.write(|i| _ = i.outbox.remove(id));
    flush(state);
}

/// Asks the server to deliver again a message the channel refused; the inbox takes the
/// message's new state.
pub async fn redeliver(
    state: Store,
    conversation: ConversationId,
    id: MessageId,
) -> Result<(), ApiError> {
    let m = api::retry_message(conversation, id)
        .await
        .inspect_err(|e| state.warn_error(e))?;
    // The new state re-renders the message (its key holds the status).
    state.write(|i| i.add_message(m));
    Ok(())
}

/// Sends every pending message that is not refused, oldest first, one at a time. A
/// refused message holds the later ones of its conversation until the agent resolves it
/// (`Outbox::next_to_send`). Stops at the first network failure (the rest stay queued, in
/// order) and tries again later: after the pause a `429`'s `Retry-After` asks for (the
/// sender stays parked meanwhile, so a reconnecting socket does not send early), else
/// after [`RETRY_MS`].
pub fn flush(state: Store) {
    if state.flushing.get_value() {
        return;
    }
    state.flushing.set_value(true);
    spawn_local(async move {
        let mut pause = None;
        loop {
            let next = state
                .inbox
                .with_untracked(|i| i.outbox.next_to_send().cloned());
            let Some(p) = next else { break };
            state.write(|i| _ = i.outbox.set_state(&p.client_id, OutboxState::Sending));
            match api::send_message(p.conversation_id, &p.request()).await {
                Ok(m) => {
                    crate::host::tell(crate::host::Event::MessageSent(m.conversation_id, m.id));
                    _ = state.write(|i| i.add_message(m));
                }
                Err(ApiError::Throttled { wait, .. }) => {
                    // Not an error for the agent: the message shows as sending until the
                    // server's pause is over.
                    let ms = wait.map_or(RETRY_MS, |w| w.as_millis().min(u32::MAX as u128) as u32);
                    TimeoutFuture::new(ms).await;
                    continue;
                }
                Err(e) if e.is_transient() || e == ApiError::Unauthorized => {
                    let reason = e.detail().unwrap_or_default().to_owned();
                    state.write(|i| {
                        _ = i
                            .outbox
                            .set_state(&p.client_id, OutboxState::Queued { reason })
                    });
                    pause = Some(RETRY_MS);
                    break;
                }
                Err(e) => {
                    // Every refusal carries the server's (or the decoder's) own words.
                    let reason = e.detail().unwrap_or_default().to_owned();
                    let code = e.code();
                    state.write(|i| {
                        _ = i
                            .outbox
                            .set_state(&p.client_id, OutboxState::Failed { reason, code })
                    });
                }
            }
        }
        state.flushing.set_value(false);
        if let Some(ms) = pause {
            TimeoutFuture::new(ms).await;
            flush(state);
        }
    });
}
