//! The mailbox chooser and custom views: which mailboxes the chooser offers, in which
//! groups and with which counts; what "Save view" sends; and where the list goes after a
//! view is saved or deleted.
//!
//! Invariants:
//! - The Blocked mailbox is offered exactly when the server's counts list it (the server
//!   lists it only for an agent with `view_blocked` while a blocked contact exists); the
//!   caller keeps the last answer while the next one loads, so the entry does not flicker.
//! - The mailbox the URL names is always an entry, even when nothing else lists it (a view
//!   not loaded yet, or one that is gone), so the chooser never claims another mailbox.

use crate::i18n::Msg;
use switchboard_protocol::{
    AgentId, ConversationCounts, ConversationFilter, ConversationQuery, CustomView, Mailbox,
    NewView, Team, ViewId,
};

/// The longest view name the server accepts, in characters.
pub const VIEW_NAME_MAX: usize = 80;

/// What an entry is called: a UI string, or a name from the data (a team, a view).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Label {
    /// A translated string.
    Msg(Msg),
    /// A name as the workspace spells it.
    Name(String),
}

/// One mailbox the chooser offers.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Entry {
    /// The mailbox.
    pub mailbox: Mailbox,
    /// Its name.
    pub label: Label,
    /// Conversations in it under the current filters (`None`: not counted yet).
    pub count: Option<u32>,
}

/// A group of entries, in chooser order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    /// All, Mine, Unassigned.
    Inbox,
    /// The teams' mailboxes.
    Teams,
    /// Custom views I made.
    MyViews,
    /// Custom views others share with me.
    SharedViews,
    /// Blocked contacts.
    Blocked,
}

impl Group {
    /// The group's heading (`None`: its entries stand alone).
    pub fn title(self) -> Option<Msg> {
        match self {
            Group::Inbox | Group::Blocked => None,
            Group::Teams => Some(Msg::MailboxTeams),
            Group::MyViews => Some(Msg::MailboxMyViews),
            Group::SharedViews => Some(Msg::MailboxSharedViews),
        }
    }
}

/// A non-empty group and its entries.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Section {
    /// Which group.
    pub group: Group,
    /// Its entries, in order.
    pub entries: Vec<Entry>,
}

/// What the chooser is built from.
#[derive(Clone, Copy, Debug)]
pub struct MenuInput<'a> {
    /// The workspace's teams (from the session).
    pub teams: &'a [Team],
    /// The custom views I may use.
    pub views: &'a [CustomView],
    /// The signed-in agent.
    pub me: AgentId,
    /// The server's counts for the current filters (`None`: not loaded).
    pub counts: Option<&'a ConversationCounts>,
    /// Whether to offer the Blocked mailbox (see [`offers_blocked`]).
    pub blocked: bool,
    /// Whether to offer the Mentions mailbox (the backend's `mentions` capability).
    pub mentions: bool,
    /// The mailbox the URL names.
    pub current: Mailbox,
}

/// Whether counts from the server offer the Blocked mailbox.
pub fn offers_blocked(counts: &ConversationCounts) -> bool {
    counts.mailboxes.contains_key(&Mailbox::Blocked.to_string())
}

/// The chooser's sections, in order: All, Mine, Unassigned, Mentions; teams; my views; views shared
/// with me; Blocked contacts. Empty groups are left out.
pub fn menu(input: MenuInput<'_>) -> Vec<Section> {
    let count = |m: Mailbox| {
        input
            .counts
            .and_then(|c| c.mailboxes.get(&m.to_string()).copied())
    };
    let entry = |mailbox: Mailbox, label: Label| Entry {
        mailbox,
        label,
        count: count(mailbox),
    };
    let views = |mine: bool| -> Vec<Entry> {
        input
            .views
            .iter()
            .filter(|v| {
                if mine {
                    v.owner == input.me
                } else {
                    v.owner != input.me && v.shared
                }
            })
            .map(|v| entry(Mailbox::View(v.id), Label::Name(v.name.clone())))
            .collect()
    };
    let mut sections = vec![
        Section {
            group: Group::Inbox,
            entries: vec![
                entry(Mailbox::All, Label::Msg(Msg::MailboxAll)),
                entry(Mailbox::Mine, Label::Msg(Msg::MailboxMine)),
                entry(Mailbox::Unassigned, Label::Msg(Msg::MailboxUnassigned)),
            ]
            .into_iter()
            .chain(
                input
                    .mentions
                    .then(|| entry(Mailbox::Mentions, Label::Msg(Msg::MailboxMentions))),
            )
            .collect(),
        },
        Section {
            group: Group::Teams,
            entries: input
                .teams
                .iter()
                .map(|t| entry(Mailbox::Team(t.id), Label::Name(t.name.clone())))
                .collect(),
        },
        Section {
            group: Group::MyViews,
            entries: views(true),
        },
        Section {
            group: Group::SharedViews,
            entries: views(false),
        },
        Section {
            group: Group::Blocked,
            entries: if input.blocked {
                vec![entry(Mailbox::Blocked, Label::Msg(Msg::MailboxBlocked))]
            } else {
                Vec::new()
            },
        },
    ];
    let listed = sections
        .iter()
        .flat_map(|s| &s.entries)
        .any(|e| e.mailbox == input.current);
    if !listed {
        let (group, label) = match input.current {
            Mailbox::Team(_) => (Group::Teams, Label::Msg(Msg::MailboxGone)),
            Mailbox::View(_) => (Group::MyViews, Label::Msg(Msg::MailboxGone)),
            Mailbox::Blocked => (Group::Blocked, Label::Msg(Msg::MailboxBlocked)),
            Mailbox::Mentions => (Group::Inbox, Label::Msg(Msg::MailboxMentions)),
            // All, Mine and Unassigned are always listed.
            _ => (Group::Inbox, Label::Msg(Msg::MailboxGone)),
        };
        if let Some(s) = sections.iter_mut().find(|s| s.group == group) {
            s.entries.push(entry(input.current, label));
        }
    }
    sections.retain(|s| !s.entries.is_empty());
    sections
}

/// Why a view name cannot be saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameProblem {
    /// Nothing but spaces.
    Empty,
    /// Longer than [`VIEW_NAME_MAX`] characters (after trimming) by `over`.
    TooLong {
        /// How many characters too many.
        over: usize,
    },
    /// One of my views already has this name (case aside).
    Taken,
}

impl NameProblem {
    /// The headline that says so.
    pub fn msg(self) -> Msg {
        match self {
            NameProblem::Empty => Msg::ErrViewNameEmpty,
            NameProblem::TooLong { .. } => Msg::ErrViewNameTooLong,
            NameProblem::Taken => Msg::ErrViewNameTaken,
        }
    }
}

/// The body of `POST /views` that saves the list's current filters as a view named `name`
/// (trimmed), or why that name will not do. `views` are the views I may use (my own names
/// must differ).
///
/// A view is a filter, not a mailbox: the Mine mailbox is kept as "operator: me", which
/// is the same rule (assignee or operator); other mailboxes are not part of a view.
pub fn new_view(
    name: &str,
    shared: bool,
    q: &ConversationQuery,
    me: AgentId,
    views: &[CustomView],
) -> Result<NewView, NameProblem> {
    let name = name.trim();
    let chars = name.chars().count();
    if chars == 0 {
        return Err(NameProblem::Empty);
    }
    if chars > VIEW_NAME_MAX {
        return Err(NameProblem::TooLong {
            over: chars - VIEW_NAME_MAX,
        });
    }
    let folded = name.to_lowercase();
    if views
        .iter()
        .any(|v| v.owner == me && v.name.trim().to_lowercase() == folded)
    {
        return Err(NameProblem::Taken);
    }
    let mut filter = q.filter.clone();
    if q.mailbox == Mailbox::Mine && filter.operators.is_empty() {
        filter.operators.push(me);
    }
    Ok(NewView {
        name: name.to_owned(),
        shared,
        filter,
    })
}

/// The list showing view `id`: its filter replaces the URL's (the same rows as before
/// saving), the sort stays.
pub fn showing_view(q: &ConversationQuery, id: ViewId) -> ConversationQuery {
    ConversationQuery {
        mailbox: Mailbox::View(id),
        filter: ConversationFilter::default(),
        sort: q.sort,
        limit: None,
        cursor: None,
    }
}

/// The list after view `id` is deleted: the All mailbox if it was showing that view (the
/// filters stay), else unchanged (`None`).
pub fn without_view(q: &ConversationQuery, id: ViewId) -> Option<ConversationQuery> {
    (q.mailbox == Mailbox::View(id)).then(|| ConversationQuery {
        mailbox: Mailbox::All,
        ..q.clone()
    })
}

/// My view the list shows, if it shows one of mine (the one I may delete).
pub fn my_current_view<'a>(
    q: &ConversationQuery,
    me: AgentId,
    views: &'a [CustomView],
) -> Option<&'a CustomView> {
    match q.mailbox {
        Mailbox::View(id) => views.iter().find(|v| v.id == id && v.owner == me),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
