//! What the writing aids and the send path know about the open conversation: the
//! values of its variables, whether its messaging window has closed, who can be
//! mentioned.

use crate::components::composer::ComposerCtx;
use crate::store::Store;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use switchboard_core::compose::SendContext;
use switchboard_core::mention_targets::targets;
use switchboard_core::templates::conversation_window_closed;
use switchboard_core::variables::Values;
use switchboard_protocol::{Channel, ConversationId, Visibility};

/// The values of the variables in conversation `id` (tracks the inbox and the session).
fn values_of(state: Store, id: ConversationId) -> Values {
    let (agent, company) = state.session.with(|s| {
        s.as_ref()
            .map(|s| (Some(s.agent.name.clone()), s.settings.company_name.clone()))
            .unwrap_or_default()
    });
    state.inbox().with(|i| {
        i.conversations
            .get(id)
            .map(|c| Values::of(c, agent.as_deref(), company.as_deref()))
            .unwrap_or_default()
    })
}

/// The values of the variables in the open conversation, kept current.
pub fn use_values(ctx: ComposerCtx) -> Memo<Values> {
    Memo::new(move |_| {
        ctx.open
            .get()
            .map(|id| values_of(ctx.state, id))
            .unwrap_or_default()
    })
}

/// The values of the variables in the open conversation, now (not tracked).
pub fn values_now(ctx: ComposerCtx) -> Values {
    untrack(|| {
        ctx.open
            .get()
            .map(|id| values_of(ctx.state, id))
            .unwrap_or_default()
    })
}

/// The channel whose messaging window has closed for the reply being written at `now`,
/// if it has (reactive; never in a note).
pub fn closed_window(ctx: ComposerCtx, now: DateTime<Utc>) -> Option<Channel> {
    if ctx.mode.get() != Visibility::Public {
        return None;
    }
    let id = ctx.open.get()?;
    let channel = ctx.channel();
    ctx.state
        .inbox()
        .with(|i| {
            i.conversations
                .get(id)
                .map(|c| conversation_window_closed(c, channel, now))
        })
        .unwrap_or(false)
        .then_some(channel)
}

/// What `compose::prepare` needs to know about conversation `id` beyond the draft (read
/// once, when the agent presses Send).
pub fn send_context(state: Store, id: ConversationId) -> SendContext {
    untrack(|| SendContext {
        window_closes_at: state
            .inbox()
            .with(|i| i.conversations.get(id).and_then(|c| c.window_closes_at)),
        values: values_of(state, id),
        mention_targets: state
            .session
            .with(|s| s.as_ref().map(targets).unwrap_or_default()),
    })
}
