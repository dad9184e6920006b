//! What the command palette offers for a typed text: the actions there is something to do
//! with, the mailboxes and views (as the mailbox chooser lists them), the status tabs and
//! the Unanswered switch, and the loaded conversations by contact name, ranked by
//! `switchboard_core::palette`; then, for any text, a search of the list (the server's
//! search, as the list's search box does it), for conversations not loaded yet.

use super::labels::{action_msg, keys_text};
use super::KeyboardCtx;
use crate::i18n::{I18n, Msg};
use switchboard_core::keymap::Action;
use switchboard_core::mailbox_menu::{menu, Label, MenuInput};
use switchboard_core::palette::rank;
use switchboard_core::Route;
use switchboard_protocol::{
    AgentId, Capability, ConversationId, ConversationStatus as St, Mailbox,
};

use leptos::prelude::*;

/// At most this many entries are listed (the best ones).
const LIMIT: usize = 30;

/// What choosing an entry does.
#[derive(Clone, Debug, PartialEq)]
pub enum Choice {
    /// Runs a shortcut's action.
    Action(Action),
    /// Shows a mailbox or custom view.
    Mailbox(Mailbox),
    /// Shows one status (`None`: every status).
    Status(Option<St>),
    /// Turns the Unanswered switch on or off.
    Unanswered,
    /// Opens a conversation.
    Conversation(ConversationId),
    /// Searches the list for the text.
    Search(String),
}

/// One entry of the palette.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// What it does.
    pub choice: Choice,
    /// Its name (what the text is matched against).
    pub label: String,
    /// What kind of thing it is (`Action`, `View`, `Conversation`).
    pub kind: Msg,
    /// Its keys (an action), or its number (a conversation).
    pub keys: Option<String>,
}

/// The entries for `text`, best first (reactive).
pub fn entries(kb: KeyboardCtx, i18n: I18n, text: &str) -> Vec<Entry> {
    let locale = i18n.locale();
    let mut all: Vec<Entry> = Vec::new();
    for a in Action::ALL {
        if a == Action::CommandPalette || !kb.available(a) {
            continue;
        }
        all.push(Entry {
            choice: Choice::Action(a),
            label: locale.t(action_msg(a)).to_owned(),
            kind: Msg::KbKindAction,
            keys: Some(kb.keymap.with(|m| keys_text(locale, &m.bindings(a)))),
        });
    }
    let view = |choice: Choice, label: String| Entry {
        choice,
        label,
        kind: Msg::KbKindView,
        keys: None,
    };
    let current = kb.list.query.with(|q| q.mailbox);
    let sections = kb.state.session.with(|s| {
        let teams = s.as_ref().map_or(&[][..], |s| s.teams.as_slice());
        let me = s.as_ref().map_or(AgentId(0), |s| s.agent.id);
        let mentions = s.as_ref().is_some_and(|s| s.offers(Capability::Mentions));
        kb.state.inbox().with(|i| {
            menu(MenuInput {
                teams,
                views: &i.list.views,
                me,
                counts: i.list.counts(),
                blocked: false,
                mentions,
                current,
            })
        })
    });
    for e in sections.into_iter().flat_map(|s| s.entries) {
        let label = match e.label {
            Label::Msg(m) => locale.t(m).to_owned(),
            Label::Name(n) => n,
        };
        all.push(view(Choice::Mailbox(e.mailbox), label));
    }
    for (status, msg) in [
        (St::Open, Msg::StatusOpen),
        (St::InProgress, Msg::StatusInProgress),
        (St::Closed, Msg::StatusClosed),
        (St::Snoozed, Msg::StatusSnoozed),
    ] {
        all.push(view(
            Choice::Status(Some(status)),
            locale.kb_status_view(&locale.t(msg)),
        ));
    }
    all.push(view(
        Choice::Status(None),
        locale.t(Msg::KbAllStatuses).to_owned(),
    ));
    all.push(view(
        Choice::Unanswered,
        locale.t(Msg::KbToggleUnanswered).to_owned(),
    ));
    let typed = text.trim();
    if !typed.is_empty() {
        kb.state.inbox().with(|i| {
            for c in i.conversations.iter() {
                all.push(Entry {
                    choice: Choice::Conversation(c.id),
                    label: c.contact.name.clone(),
                    kind: Msg::KbKindConversation,
                    keys: Some(format!("#{}", c.id)),
                });
            }
        });
    }
    let order = rank(all.iter().map(|e| e.label.as_str()), typed, LIMIT);
    let mut out: Vec<Entry> = order.into_iter().map(|i| all[i].clone()).collect();
    if !typed.is_empty() {
        out.push(view(
            Choice::Search(typed.to_owned()),
            locale.kb_search_for(&typed),
        ));
    }
    out
}

/// Does what an entry says.
pub fn choose(kb: KeyboardCtx, choice: Choice) {
    match choice {
        Choice::Action(a) => {
            kb.run(a);
        }
        Choice::Mailbox(m) => kb.list.update(|q| q.mailbox = m),
        Choice::Status(s) => kb
            .list
            .update(|q| q.filter.status = s.into_iter().collect()),
        Choice::Unanswered => kb
            .list
            .update(|q| q.filter.unanswered = !q.filter.unanswered),
        Choice::Conversation(id) => kb.go.with_value(|go| go(&Route::Conversation(id).path())),
        Choice::Search(text) => kb.list.update(|q| q.filter.q = text),
    }
}
