//! What the agent has written and not sent, per conversation and per mode: the text and
//! everything that goes with it (the message answered, the channel and subject chosen,
//! the files already uploaded, the template and its values, the customer's language).

use crate::outbox::PendingMessage;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use switchboard_protocol::{
    Channel, ConversationId, ReplyRef, Template, TemplateUse, Upload, Visibility,
};

/// One unsent message as the composer holds it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "DraftRepr")]
pub struct Draft {
    /// The text in the editor (the agent's own words, before any translation).
    pub text: String,
    /// The message answered (shown as a quote above the editor).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<ReplyRef>,
    /// The channel chosen to answer on (`None`: the conversation's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// An email subject the agent edited (`None`: the thread's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Files uploaded for this message, in the order attached.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<Upload>,
    /// A template chosen, with its parameter values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<TemplateUse>,
    /// The record of the template chosen (its name, text, parameters, files and whether
    /// it is approved): what its card shows and what the checks before sending need.
    /// `None` with a `template` only when a refused message came back (`Edit`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_info: Option<Template>,
    /// The customer's language to translate into before sending (`None`: send as written).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translate_to: Option<String>,
}

/// How a draft is stored: a bare string (the first stored form) or the whole draft.
#[derive(Deserialize)]
#[serde(untagged)]
enum DraftRepr {
    Text(String),
    Full {
        #[serde(default)]
        text: String,
        #[serde(default)]
        reply_to: Option<ReplyRef>,
        #[serde(default)]
        channel: Option<Channel>,
        #[serde(default)]
        subject: Option<String>,
        #[serde(default)]
        files: Vec<Upload>,
        #[serde(default)]
        template: Option<TemplateUse>,
        // Boxed: the stored form is read once, and the variants stay of a size.
        #[serde(default)]
        template_info: Option<Box<Template>>,
        #[serde(default)]
        translate_to: Option<String>,
    },
}

impl From<DraftRepr> for Draft {
    fn from(r: DraftRepr) -> Self {
        match r {
            DraftRepr::Text(text) => Draft {
                text,
                ..Draft::default()
            },
            DraftRepr::Full {
                text,
                reply_to,
                channel,
                subject,
                files,
                template,
                template_info,
                translate_to,
            } => Draft {
                text,
                reply_to,
                channel,
                subject,
                files,
                template,
                template_info: template_info.map(|t| *t),
                translate_to,
            },
        }
    }
}

impl Draft {
    /// A draft with only text.
    pub fn text(text: impl Into<String>) -> Self {
        Draft {
            text: text.into(),
            ..Draft::default()
        }
    }

    /// How many files the message will carry: those attached, and those a chosen
    /// channel template brings (the network attaches them, but the per-message cap
    /// counts them all, on the server as here).
    pub fn file_count(&self) -> usize {
        let template = match (&self.template, &self.template_info) {
            (Some(_), Some(t)) => t.attachments.len(),
            _ => 0,
        };
        self.files.len() + template
    }

    /// Whether there is nothing worth keeping: no text and nothing attached, quoted or
    /// chosen (a channel, subject or language chosen before typing is kept too; sending
    /// takes the whole draft, and the composer carries a translation's language over to
    /// the conversation's next reply).
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
            && self.reply_to.is_none()
            && self.files.is_empty()
            && self.template.is_none()
            && self.channel.is_none()
            && self.subject.is_none()
            && self.translate_to.is_none()
    }

    /// The draft a refused message goes back to when the agent chooses `Edit`: its words
    /// (the agent's, not the translation), quote, channel, subject, files and template.
    /// A template's text is the template's, not the agent's: it does not come back as
    /// text (the template does).
    pub fn from_pending(p: &PendingMessage) -> Self {
        let words = p
            .original
            .as_ref()
            .map_or_else(|| p.text.clone(), |o| o.text.clone());
        Draft {
            text: if p.template.is_some() {
                String::new()
            } else {
                words
            },
            reply_to: p.reply_to.clone(),
            channel: p.channel,
            subject: p.subject.clone(),
            files: p.files.clone(),
            template: p.template.clone(),
            template_info: None,
            translate_to: p.original.as_ref().map(|o| o.sent_language.clone()),
        }
    }
}

/// Unsent drafts by conversation and mode (a reply and a note are separate drafts).
/// Stored as a list of `(conversation, mode, draft)` (JSON maps need string keys).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Vec<(ConversationId, Visibility, Draft)>")]
#[serde(into = "Vec<(ConversationId, Visibility, Draft)>")]
pub struct Drafts {
    by_key: HashMap<(ConversationId, Visibility), Draft>,
}

impl From<Vec<(ConversationId, Visibility, Draft)>> for Drafts {
    fn from(v: Vec<(ConversationId, Visibility, Draft)>) -> Self {
        Drafts {
            by_key: v.into_iter().map(|(c, m, d)| ((c, m), d)).collect(),
        }
    }
}

impl From<Drafts> for Vec<(ConversationId, Visibility, Draft)> {
    fn from(d: Drafts) -> Self {
        let mut v: Vec<_> = d.by_key.into_iter().map(|((c, m), t)| (c, m, t)).collect();
        v.sort_by_key(|(c, m, _)| (*c, *m == Visibility::Internal));
        v
    }
}

static BLANK: Draft = Draft {
    text: String::new(),
    reply_to: None,
    channel: None,
    subject: None,
    files: Vec::new(),
    template: None,
    template_info: None,
    translate_to: None,
};

impl Drafts {
    /// The draft's text, or an empty string.
    pub fn get(&self, c: ConversationId, mode: Visibility) -> &str {
        &self.draft(c, mode).text
    }

    /// The whole draft (blank when there is none).
    pub fn draft(&self, c: ConversationId, mode: Visibility) -> &Draft {
        self.by_key.get(&(c, mode)).unwrap_or(&BLANK)
    }

    /// Sets the draft's text, keeping what goes with it.
    pub fn set(&mut self, c: ConversationId, mode: Visibility, text: String) {
        self.update(c, mode, |d| d.text = text);
    }

    /// Changes a draft in place; a draft left blank is removed.
    pub fn update(&mut self, c: ConversationId, mode: Visibility, f: impl FnOnce(&mut Draft)) {
        let d = self.by_key.entry((c, mode)).or_default();
        f(d);
        if d.is_blank() {
            self.by_key.remove(&(c, mode));
        }
    }

    /// Replaces a draft (a blank one removes it).
    pub fn put(&mut self, c: ConversationId, mode: Visibility, draft: Draft) {
        self.update(c, mode, |d| *d = draft);
    }

    /// Gives a refused message back to the editor (`Edit`) without losing the draft that
    /// is already there: the refused text comes first, then the draft's; files of both are
    /// kept; the draft's own choices win where both have one.
    pub fn restore(&mut self, c: ConversationId, mode: Visibility, restored: Draft) {
        self.update(c, mode, |d| {
            if d.is_blank() {
                let keep_channel = d.channel.or(restored.channel);
                *d = restored;
                d.channel = keep_channel;
                return;
            }
            d.text = match (restored.text.is_empty(), d.text.is_empty()) {
                (true, _) => std::mem::take(&mut d.text),
                (false, true) => restored.text,
                (false, false) => format!("{}\n{}", restored.text, d.text),
            };
            let mut files = restored.files;
            files.append(&mut d.files);
            d.files = files;
            d.reply_to = d.reply_to.take().or(restored.reply_to);
            d.channel = d.channel.or(restored.channel);
            d.subject = d.subject.take().or(restored.subject);
            if d.template.is_none() {
                d.template = restored.template;
                d.template_info = restored.template_info;
            }
            d.translate_to = d.translate_to.take().or(restored.translate_to);
        });
    }

    /// Removes and returns a draft (blank when there was none).
    pub fn take(&mut self, c: ConversationId, mode: Visibility) -> Draft {
        self.by_key.remove(&(c, mode)).unwrap_or_default()
    }

    /// Every file that some draft holds (what the composer may still show a thumbnail of).
    pub fn uploads(&self) -> impl Iterator<Item = &Upload> + '_ {
        self.by_key.values().flat_map(|d| d.files.iter())
    }

    /// The drafts to store when another tab of the agent may have stored its own since
    /// this tab last did: `stored` (what is in storage now) with this tab's changes since
    /// `saved` (what this tab stored last) written over it, and nothing else of it
    /// touched. One tab's typing thus never erases another tab's draft of another
    /// conversation (a whole-value write would); where both changed the same draft, the
    /// later writer's wins.
    pub fn merged_onto(&self, saved: &Drafts, mut stored: Drafts) -> Drafts {
        for (key, draft) in &self.by_key {
            if saved.by_key.get(key) != Some(draft) {
                stored.by_key.insert(*key, draft.clone());
            }
        }
        for key in saved.by_key.keys() {
            if !self.by_key.contains_key(key) {
                stored.by_key.remove(key);
            }
        }
        stored
    }
}

#[cfg(test)]
mod tests;
