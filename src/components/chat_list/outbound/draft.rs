//! The dialog's state, shared by its parts as one `Copy` handle: who to, on which
//! channel, with which tags, what to send, and what went wrong.

use leptos::prelude::*;
use switchboard_core::outbound_form::{OutboundDraft, OutboundProblem, Recipient};
use switchboard_protocol::{Channel, Template, Upload};

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
    /// The server's refusal, or a failed upload or search, in words.
    pub refused: RwSignal<Option<String>>,
    /// A send is on its way.
    pub busy: RwSignal<bool>,
    /// Counts the openings, for the parts with state of their own to start afresh.
    pub opened: RwSignal<u32>,
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
            busy: RwSignal::new(false),
            opened: RwSignal::new(0),
        }
    }

    /// Empties the form (each time the dialog opens).
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
        self.opened.update(|n| *n += 1);
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

/// A refusal as one line: the headline, then the server's own words when it gave any.
pub fn refusal(i18n: crate::i18n::I18n, e: &crate::api::ApiError) -> String {
    let headline = i18n.t(e.msg());
    match e.detail() {
        Some(d) => format!("{headline} {d}"),
        None => headline.to_owned(),
    }
}
