//! Running one action on a conversation, the same way for every control of the header and
//! the banners: the server decides, and the inbox takes the server's answer.
//!
//! Nothing is changed optimistically: a refused or failed action leaves the inbox as it
//! was and shows the agent why (the server's own words as the notice's detail).

use crate::api::{self, ApiError};
use crate::state::AppState;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use std::rc::Rc;
use switchboard_protocol::{ConversationAction, ConversationId, ConversationSummary, Event};

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
    state: AppState,
    id: ConversationId,
    action: ConversationAction,
    leave: impl FnOnce(),
) -> Result<Outcome, ApiError> {
    match api::act(id, &action).await {
        Ok(Some(c)) => {
            let may_see_blocked = state
                .session
                .with_untracked(|s| s.as_ref().is_some_and(|s| s.permissions.view_blocked));
            if c.contact_blocked && !may_see_blocked {
                leave();
                forget(state, id);
                return Ok(Outcome::Gone);
            }
            state.inbox.update(|i| i.upsert_conversation(c));
            Ok(Outcome::Updated)
        }
        Ok(None) => {
            leave();
            forget(state, id);
            Ok(Outcome::Gone)
        }
        Err(e) => {
            state.warn(e.msg(), e.detail().map(str::to_owned));
            Err(e)
        }
    }
}

/// Removes a conversation this agent no longer sees, as its deletion event would (the
/// event may also come, or come redacted; applying it twice changes nothing).
fn forget(state: AppState, id: ConversationId) {
    state.inbox.update(|i| {
        i.apply(&Event::ConversationDeleted {
            conversation_id: id,
        })
    });
}

/// Navigates to a path of the app, keeping the list's view (its query string). Usable
/// after the component that made it is gone (it holds no reactive handle of its own).
pub type Go = Rc<dyn Fn(&str)>;

/// A [`Go`] for the current router.
pub fn use_go() -> Go {
    let navigate = use_navigate();
    let list = crate::list_query::use_list_query();
    Rc::new(move |path: &str| {
        let q = list
            .query
            .try_with_untracked(|q| q.to_query())
            .unwrap_or_default();
        let url = if q.is_empty() {
            path.to_owned()
        } else {
            format!("{path}?{q}")
        };
        navigate(&url, NavigateOptions::default());
    })
}

/// What the header's controls share: the conversation, its record, and the dialogs and
/// menus one control opens for another (the status control opens the snooze menu or the
/// close dialog).
#[derive(Clone, Copy)]
pub struct HeaderCtx {
    /// The open conversation.
    pub id: ConversationId,
    /// Its record (absent until the list or the detail brings it).
    pub summary: Memo<Option<ConversationSummary>>,
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
    pub fn provide(state: AppState, id: ConversationId) -> HeaderCtx {
        let ctx = HeaderCtx {
            id,
            summary: Memo::new(move |_| state.inbox.with(|i| i.conversations.get(id).cloned())),
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
        state: AppState,
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
