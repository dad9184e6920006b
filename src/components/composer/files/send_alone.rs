//! A recorded voice message goes out as a message of its own once uploaded, beside
//! whatever the agent is writing (the draft is left as it is).

use super::attaching::Target;
use crate::store::outbox;
use crate::store::Store;
use chrono::Utc;
use leptos::prelude::*;
use switchboard_core::compose;
use switchboard_core::drafts::Draft;
use switchboard_protocol::{Channel, ClientMsgId, Upload};

/// Puts a message carrying only `upload` into the outbox (a voice message), on the
/// channel the draft there chose; the draft itself is left as it is.
pub fn send_alone(state: Store, (id, mode): Target, upload: Upload) {
    let conversation_channel = state.inbox().with_untracked(|i| {
        i.conversations
            .get(id)
            .map_or(Channel::Other, |c| c.channel)
    });
    let channel = state.drafts.with_untracked(|d| d.draft(id, mode).channel);
    let draft = Draft {
        files: vec![upload.clone()],
        channel,
        ..Draft::default()
    };
    let client_id = ClientMsgId(uuid::Uuid::now_v7().to_string());
    let cx = super::super::templates::send_context(state, id);
    match compose::prepare(
        &draft,
        id,
        conversation_channel,
        mode,
        client_id,
        Utc::now(),
        &cx,
    ) {
        Ok(pending) => {
            outbox::send(state, pending);
        }
        // It cannot go out now (a closed messaging window, say): it joins the draft as
        // an attached file, where Send gives the reason, rather than being lost.
        Err(_) => state
            .drafts
            .update(|d| d.update(id, mode, |d| d.files.push(upload))),
    }
}
