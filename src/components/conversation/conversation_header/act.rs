//! The header's shared handles, and running one action on the open conversation the same
//! way for every control of the header and the banners (`store::conversations::act`: the
//! server decides, and the inbox takes the server's answer).

pub use crate::hooks::{use_go, Go};
pub use crate::store::conversations::{act, Outcome};
use crate::store::{ApiError, Command, Store};
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
    /// The Assign menu is open (a shortcut opens it too).
    pub assign_open: RwSignal<bool>,
    /// The header's actions: one at a time, further ones wait for its answer (no double
    /// clicks).
    pub acting: Command,
    /// The close dialog's note (emptied each time the dialog opens).
    pub note: CloseNote,
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
            assign_open: RwSignal::new(false),
            acting: Command::new(),
            note: CloseNote::new(),
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
        if self.acting.pending_untracked() {
            return None;
        }
        // Cloned now: the header (and its handles) is gone once the agent left.
        let go = self.go.get_value();
        let id = self.id;
        if action == ConversationAction::MarkUnread {
            go("/");
            let out = self.acting.call(act(state, id, action, || {})).await;
            if matches!(out, Some(Err(_))) {
                go(&format!("/conversations/{id}"));
            }
            out
        } else {
            let home = go.clone();
            self.acting
                .call(act(state, id, action, move || home("/")))
                .await
        }
    }
}

/// The header's shared handles from context.
pub fn use_header() -> HeaderCtx {
    expect_context::<HeaderCtx>()
}

/// The close dialog's form: a category, a text, and why it cannot be sent yet.
#[derive(Clone, Copy)]
pub struct CloseNote {
    /// The chosen category (empty: none).
    pub category: RwSignal<String>,
    /// The note's text.
    pub text: RwSignal<String>,
    /// What the core says is missing.
    pub problem: RwSignal<Option<switchboard_core::closing::NoteProblem>>,
    /// The server's refusal, in words.
    pub refused: RwSignal<Option<String>>,
}

impl CloseNote {
    fn new() -> CloseNote {
        CloseNote {
            category: RwSignal::new(String::new()),
            text: RwSignal::new(String::new()),
            problem: RwSignal::new(None),
            refused: RwSignal::new(None),
        }
    }

    /// Empties the form (the dialog is about to open).
    pub fn reset(self) {
        self.category.set(String::new());
        self.text.set(String::new());
        self.problem.set(None);
        self.refused.set(None);
    }
}
