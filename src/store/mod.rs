//! The one store between the views and the backend.
//!
//! Views read, commands write. The data itself is the pure `switchboard_core::Inbox`;
//! views derive what they show from it through the read accessors and selectors here, and
//! never keep copies of it. Every call to the backend (`crate::api`) and every write of
//! the inbox happens in this module's files, one per resource (mirroring `api/`): a view
//! starts a command through a [`Command`] handle and reads its pending and refused state
//! instead of keeping `busy` flags of its own.
//!
//! Background work lives here too: `session` (sign-in and out), `sync` (the start-up, the
//! socket, the outbox), `list_loader`
//! (the chat list's pages and counts), `persist` (drafts and outbox in storage) and
//! `tabs` (each tab's own outbox, and adopting what closed tabs left).

pub mod ai;
mod command;
pub mod contacts;
pub mod conversations;
pub mod desk;
mod frames;
pub mod history;
pub mod list_loader;
pub mod messages;
mod optional;
pub mod outbound;
pub mod outbox;
pub mod panel;
pub mod persist;
mod selectors;
pub mod session;
pub mod settings;
pub mod sync;
mod tabs;
pub mod templates;
pub mod typing;
pub mod unread;
pub mod uploads;
pub mod viewing;
pub mod views;

pub use crate::api::{ApiError, SocketStatus};
use crate::i18n::Msg;
pub use command::Command;
use leptos::prelude::*;
pub(crate) use optional::optional;
pub use session::Gate;
use switchboard_core::typing::Typing;
use switchboard_core::viewing::Viewing;
use switchboard_core::{Drafts, Inbox};
use switchboard_protocol::{AgentId, Session, SignInMethod};

/// A message for the agent about something that went wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// The translated headline.
    pub msg: Msg,
    /// The server's or browser's own words, if any.
    pub detail: Option<String>,
}

/// The store: what every zone reads, and the handle commands are run on. `Copy`: pass it
/// around freely.
#[derive(Clone, Copy)]
pub struct Store {
    /// Conversations, histories, outbox and event bookkeeping. Written only by the
    /// store's own files; views read it through [`Store::inbox`].
    inbox: RwSignal<Inbox>,
    /// Its read-only face, made once: `RwSignal::read_only` makes a new arena entry on
    /// every call, and views read the inbox in every reactive closure (the peers harness
    /// showed per-event work doubling when each read made one).
    reader: ReadSignal<Inbox>,
    /// Who is signed in (absent until sign-in completes; kept while the sign-in form is
    /// over an expired session, whose agent it names).
    pub session: RwSignal<Option<Session>>,
    /// What the screen shows: sign-in or the zones (`session.rs`).
    pub gate: RwSignal<Gate>,
    /// How agents can sign in here (asked when the sign-in form shows).
    pub sign_in_methods: RwSignal<Vec<SignInMethod>>,
    /// Whose drafts and outbox are in memory (`persist.rs`): set by the first sign-in,
    /// never changed afterwards (another agent's sign-in reloads the app).
    pub(crate) shelf: RwSignal<Option<AgentId>>,
    /// Where this tab stores its outbox (`tabs.rs`): set once the tab's lock is held.
    pub(crate) outbox_key: RwSignal<Option<String>>,
    /// The drafts as this tab last stored them (`persist.rs` writes only its changes).
    pub(crate) saved_drafts: StoredValue<Drafts>,
    /// Wakes the start-up when the sign-in form has signed an agent in.
    pub(crate) wake: StoredValue<Option<futures::channel::oneshot::Sender<()>>, LocalStorage>,
    /// The socket's state, for the status line.
    pub socket: RwSignal<SocketStatus>,
    /// The error shown in the alert region, if any.
    pub notice: RwSignal<Option<Notice>>,
    /// Unsent text per conversation and mode.
    pub drafts: RwSignal<Drafts>,
    /// Who types where (the socket's ephemeral frames).
    pub typing: RwSignal<Typing>,
    /// Who else has which conversation open (the socket's ephemeral frames).
    pub viewing: RwSignal<Viewing>,
    /// What was newest in each conversation when this agent last opened it
    /// (`viewing.rs`), for the warning before sending over another agent's reply.
    pub(crate) opened: StoredValue<
        std::collections::HashMap<
            switchboard_protocol::ConversationId,
            switchboard_core::replied_since::Opened,
        >,
    >,
    /// Whether the outbox is being sent right now (one sender at a time keeps the order).
    pub(crate) flushing: StoredValue<bool>,
    /// Whether the list's counts are being asked for right now.
    pub(crate) counting: StoredValue<bool>,
    /// Optional parts whose endpoint answered 404 this session (see [`Store::offers`]).
    missing: RwSignal<Vec<switchboard_protocol::Capability>>,
    /// The per-conversation selectors views hold (`selectors.rs`).
    selectors: StoredValue<selectors::Selectors>,
    /// A request to open the New message dialog with this client searched for (the
    /// host page's `open.contact` for a contact without an open conversation).
    pub ask_new_message: RwSignal<Option<String>>,
}

impl Store {
    /// Creates the state and puts it in context.
    pub fn provide() -> Store {
        let inbox = RwSignal::new(Inbox::default());
        let state = Store {
            inbox,
            reader: inbox.read_only(),
            session: RwSignal::new(None),
            gate: RwSignal::new(Gate::Starting),
            sign_in_methods: RwSignal::new(Vec::new()),
            shelf: RwSignal::new(None),
            outbox_key: RwSignal::new(None),
            saved_drafts: StoredValue::new(Drafts::default()),
            wake: StoredValue::new_local(None),
            socket: RwSignal::new(SocketStatus::Connecting),
            notice: RwSignal::new(None),
            drafts: RwSignal::new(Drafts::default()),
            typing: RwSignal::new(Typing::default()),
            viewing: RwSignal::new(Viewing::default()),
            opened: StoredValue::new(Default::default()),
            flushing: StoredValue::new(false),
            counting: StoredValue::new(false),
            missing: RwSignal::new(Vec::new()),
            selectors: StoredValue::new(Default::default()),
            ask_new_message: RwSignal::new(None),
        };
        provide_context(state);
        state
    }

    /// The inbox, read-only (views derive from it; only commands write it).
    pub fn inbox(self) -> ReadSignal<Inbox> {
        self.reader
    }

    /// Shows a failed call's headline and the server's own words to the agent.
    pub fn warn_error(self, e: &ApiError) {
        self.warn(e.msg(), e.detail().map(str::to_owned));
    }

    /// The signed-in agent's id (reactive).
    pub fn me(self) -> Option<AgentId> {
        self.session.with(|s| s.as_ref().map(|s| s.agent.id))
    }

    /// Whether the backend offers an optional part (reactive): what the session declares
    /// (everything when it does not say), less what answered 404 this session.
    pub fn offers(self, c: switchboard_protocol::Capability) -> bool {
        self.session
            .with(|s| s.as_ref().is_some_and(|s| s.offers(c)))
            && !self.missing.with(|m| m.contains(&c))
    }

    /// [`Store::offers`], without tracking.
    pub fn offers_untracked(self, c: switchboard_protocol::Capability) -> bool {
        untrack(|| self.offers(c))
    }

    /// Notes that an optional part's endpoint answered 404: its feature hides quietly.
    pub(crate) fn lacks(self, c: switchboard_protocol::Capability) {
        if !self.missing.with_untracked(|m| m.contains(&c)) {
            self.missing.update(|m| m.push(c));
        }
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

/// The store from context.
pub fn use_store() -> Store {
    expect_context::<Store>()
}
