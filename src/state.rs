//! The reactive handles of the app, shared through context.
//!
//! The data itself is the pure `switchboard_core::Inbox`; components derive what they show
//! from it with closures and memos and never keep copies of it.

use crate::api::SocketStatus;
use crate::i18n::Msg;
use leptos::prelude::*;
use switchboard_core::typing::Typing;
use switchboard_core::{Drafts, Inbox};
use switchboard_protocol::{AgentId, Session};

/// A message for the agent about something that went wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// The translated headline.
    pub msg: Msg,
    /// The server's or browser's own words, if any.
    pub detail: Option<String>,
}

/// Everything the components share. `Copy`: pass it around freely.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Conversations, histories, outbox and event bookkeeping.
    pub inbox: RwSignal<Inbox>,
    /// Who is signed in (absent until sign-in completes).
    pub session: RwSignal<Option<Session>>,
    /// The socket's state, for the status line.
    pub socket: RwSignal<SocketStatus>,
    /// The error shown in the alert region, if any.
    pub notice: RwSignal<Option<Notice>>,
    /// Unsent text per conversation and mode.
    pub drafts: RwSignal<Drafts>,
    /// Who types where (the socket's ephemeral frames).
    pub typing: RwSignal<Typing>,
    /// Whether the outbox is being sent right now (one sender at a time keeps the order).
    pub(crate) flushing: StoredValue<bool>,
    /// Whether the list's counts are being asked for right now.
    pub(crate) counting: StoredValue<bool>,
}

impl AppState {
    /// Creates the state and puts it in context.
    pub fn provide() -> AppState {
        let state = AppState {
            inbox: RwSignal::new(Inbox::default()),
            session: RwSignal::new(None),
            socket: RwSignal::new(SocketStatus::Connecting),
            notice: RwSignal::new(None),
            drafts: RwSignal::new(Drafts::default()),
            typing: RwSignal::new(Typing::default()),
            flushing: StoredValue::new(false),
            counting: StoredValue::new(false),
        };
        provide_context(state);
        state
    }

    /// The signed-in agent's id (reactive).
    pub fn me(self) -> Option<AgentId> {
        self.session.with(|s| s.as_ref().map(|s| s.agent.id))
    }

    /// Whether sign-in has completed (reactive). Zones fetch nothing before it: a call
    /// without a token would be refused, and a refusal clears the token mid sign-in.
    pub fn signed_in(self) -> bool {
        self.session.with(Option::is_some)
    }

    /// Shows an error to the agent.
    pub fn warn(self, msg: Msg, detail: Option<String>) {
        self.notice.set(Some(Notice { msg, detail }));
    }
}

/// The app state from context.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
