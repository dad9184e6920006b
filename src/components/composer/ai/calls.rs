//! The kinds of provider call the composer makes, with the words for each: what the busy
//! line says while it runs and what a failure says it could not do.

use crate::i18n::{Locale, Msg};
use switchboard_core::composer_ai::prompts::PromptKind;

/// A call in flight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Call {
    /// Its number (a later call has a larger one).
    pub id: u64,
    /// What it does.
    pub kind: CallKind,
}

/// What a call does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallKind {
    /// The preview of the outgoing translation.
    Preview,
    /// Translating a reply the agent sent before its preview was ready.
    TranslateToSend,
    /// Guessing the customer's language from their messages.
    Detect,
    /// A suggested reply.
    Suggest,
    /// Rewriting the draft.
    Prompt(PromptKind),
    /// Summarising the conversation for a note.
    Summary,
}

impl CallKind {
    /// What the busy line says while it runs.
    pub fn busy(self, locale: Locale) -> String {
        match self {
            CallKind::Preview | CallKind::TranslateToSend => {
                locale.t(Msg::AiBusyTranslating).to_owned()
            }
            CallKind::Detect => locale.t(Msg::AiBusyDetecting).to_owned(),
            CallKind::Suggest => locale.t(Msg::AiBusySuggesting).to_owned(),
            CallKind::Prompt(k) => {
                format!("{} ({})", locale.t(Msg::AiBusyRewriting), locale.t(k.msg()))
            }
            CallKind::Summary => locale.t(Msg::AiBusySummarising).to_owned(),
        }
    }

    /// What a failure says could not be done.
    pub fn failed(self) -> Msg {
        match self {
            CallKind::Preview | CallKind::TranslateToSend => Msg::AiErrTranslate,
            CallKind::Detect => Msg::AiErrDetect,
            CallKind::Suggest => Msg::AiErrSuggest,
            CallKind::Prompt(_) => Msg::AiErrPrompt,
            CallKind::Summary => Msg::AiErrSummary,
        }
    }
}
