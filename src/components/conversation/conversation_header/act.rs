//! The header's shared handles, and running one action on the open conversation the same
//! way for every control of the header and the banners (`store::conversations::act`: the
//! server decides, and the inbox takes the server's answer).

pub use crate::hooks::{use_go, Go};
pub use crate::store::conversations::{act, Outcome};
use crate::store::{ApiError, Store};
use leptos::prelude::*;
use switchboard_protocol::{ConversationAction, ConversationId, ConversationSummary};

/// What the header's controls share: the conversation, its record, and the dialogs and
/// menus one control opens for another (the status control opens the snooze menu or the
/// close dialog).
#[derive(Clone, Copy)]
pub struct HeaderCtx {
    /// The open conversation.
    pub id: ConversationId,
    /// Its record (absent until the list or the detail brings it): the store's keyed
    /// selector, so other conversations' events leave the header alone.
    pub summary: Signal<Option<ConversationSummary>>,
    /// The snooze menu is open.
    pub snooze_open: RwSignal<bool>,
    /// The close dialog is open.
    pub close_open: RwSignal<bool>,
    /// An action is on its way: further ones wait for its answer (no double clicks).
    pub busy: RwSignal<bool>,
    /// Navigation, for leaving the conversation.
    go: StoredValue<Go, LocalStorage>,
}

impl HeaderCtx {
    /// Creates the handles for conversation `id` and puts them in context.
    pub fn provide(state: Store, id: ConversationId) -> HeaderCtx {
        let ctx = HeaderCtx {
            id,
            summary: state.conversation(id),
            snooze_open: RwSignal::new(false),
            close_open: RwSignal::new(false),
            busy: RwSignal::new(false),
            go: StoredValue::new_local(use_go()),
        };
        provide_context(ctx);
        ctx
    }

    /// Runs `action` unless another is on its way (`None`: it did not run).
    ///
    /// Marking unread leaves the conversation first: the server announces the unread
    /// conversation on the socket before it answers, and an open conversation with unread
    /// messages is marked read at once. If the server refuses, the agent is taken back.
    pub async fn run(
        self,
        state: Store,
        action: ConversationAction,
    ) -> Option<Result<Outcome, ApiError>> {
        if self.busy.get_untracked() {
            return None;
        }
        self.busy.set(true);
        // Cloned now: the header (and its handles) is gone once the agent left.
        let go = self.go.get_value();
        let out = if action == ConversationAction::MarkUnread {
            go("/");
            let out = act(state, self.id, action, || {}).await;
            if out.is_err() {
                go(&format!("/conversations/{}", self.id));
            }
            out
        } else {
            let home = go.clone();
            act(state, self.id, action, move || home("/")).await
        };
        // Gone with the header if the agent left it (then this does nothing).
        self.busy.try_set(false);
        Some(out)
    }
}

/// The header's shared handles from context.
pub fn use_header() -> HeaderCtx {
    expect_context::<HeaderCtx>()
}
