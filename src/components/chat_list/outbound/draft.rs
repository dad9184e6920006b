//! The dialog's state, shared by its parts as one `Copy` handle: who to, on which
//! channel, with which tags, what to send, and what went wrong.
//!
//! It belongs to one opening of the dialog: the button that opens it empties it first
//! ([`Draft::reset`]), so no part keeps an Effect to start afresh.

use crate::store::Command;
use leptos::prelude::*;
use switchboard_core::outbound_form::{OutboundDraft, OutboundProblem, Recipient};
use switchboard_protocol::{Channel, ContactMatch, Template, Upload};

/// The client search's state.
#[derive(Clone, Copy)]
pub struct Search {
    /// What the agent typed.
    pub query: RwSignal<String>,
    /// The server's matches for it (`None`: nothing asked).
    pub matches: RwSignal<Option<Vec<ContactMatch>>>,
    /// Counts the questions, so a late answer to an older one is dropped.
    pub asked: StoredValue<u64>,
    /// The phone number or email of a client to create.
    pub new_client: RwSignal<String>,
    /// Why that client cannot be created.
    pub problem: RwSignal<Option<String>>,
    /// Creating the client.
    pub creating: Command,
    /// A search to run as the dialog opens (the host page's `open.contact`).
    pub prefill: RwSignal<Option<String>>,
}

/// The New message form's signals.
#[derive(Clone, Copy)]
pub struct Draft {
    /// The chosen client.
    pub recipient: RwSignal<Option<Recipient>>,
    /// The chosen channel.
    pub channel: RwSignal<Option<Channel>>,
    /// The chosen tags.
    pub tags: RwSignal<Vec<String>>,
    /// The text.
    pub text: RwSignal<String>,
    /// The email subject.
    pub subject: RwSignal<String>,
    /// Stored files.
    pub files: RwSignal<Vec<Upload>>,
    /// Files still uploading.
    pub uploading: RwSignal<usize>,
    /// The chosen template (sent as a template: approved or with parameters).
    pub template: RwSignal<Option<Template>>,
    /// Values of its numbered parameters.
    pub params: RwSignal<std::collections::BTreeMap<String, String>>,
    /// The form's problem, if sending was refused by the core.
    pub problem: RwSignal<Option<OutboundProblem>>,
    /// The server's refusal of the send, or a failed upload or search, in words.
    pub refused: RwSignal<Option<String>>,
    /// Sending (a send is on its way).
    pub sending: Command,
    /// The client search.
    pub search: Search,
}

impl Draft {
    /// An empty form.
    pub fn new() -> Draft {
        Draft {
            recipient: RwSignal::new(None),
            channel: RwSignal::new(None),
            tags: RwSignal::new(Vec::new()),
            text: RwSignal::new(String::new()),
            subject: RwSignal::new(String::new()),
            files: RwSignal::new(Vec::new()),
            uploading: RwSignal::new(0),
            template: RwSignal::new(None),
            params: RwSignal::new(Default::default()),
            problem: RwSignal::new(None),
            refused: RwSignal::new(None),
            sending: Command::new(),
            search: Search {
                query: RwSignal::new(String::new()),
                matches: RwSignal::new(None),
                asked: StoredValue::new(0),
                new_client: RwSignal::new(String::new()),
                problem: RwSignal::new(None),
                creating: Command::new(),
                prefill: RwSignal::new(None),
            },
        }
    }

    /// Empties the form (the dialog is about to open).
    pub fn reset(self) {
        self.recipient.set(None);
        self.channel.set(None);
        self.tags.set(Vec::new());
        self.text.set(String::new());
        self.subject.set(String::new());
        self.files.set(Vec::new());
        self.template.set(None);
        self.params.set(Default::default());
        self.problem.set(None);
        self.refused.set(None);
        let search = self.search;
        // An answer to a search of the last opening is dropped.
        search.asked.update_value(|n| *n += 1);
        search.query.set(String::new());
        search.matches.set(None);
        search.new_client.set(String::new());
        search.problem.set(None);
    }

    /// Chooses the channel; a template chosen for another channel is let go.
    pub fn choose_channel(self, channel: Option<Channel>) {
        if channel.is_some() && self.channel.get_untracked() != channel {
            self.template.set(None);
        }
        self.channel.set(channel);
    }

    /// The form as the core checks it.
    pub fn snapshot(self) -> OutboundDraft {
        OutboundDraft {
            recipient: self.recipient.get_untracked(),
            channel: self.channel.get_untracked(),
            tags: self.tags.get_untracked(),
            text: self.text.get_untracked(),
            files: self
                .files
                .with_untracked(|f| f.iter().map(|u| u.id).collect()),
            subject: self.subject.get_untracked(),
            params: self.params.get_untracked(),
        }
    }
}

/// A refusal as one line (shared by every zone).
pub use crate::components::common::refusal;
