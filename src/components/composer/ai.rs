//! Translation and AI in the composer: the outgoing translation with its preview
//! (`Translate`), a suggested reply (`AI suggestion`), rewriting the draft with a prompt
//! (`Rewrite with AI`) with one `Undo` step, and a summary for a note (`Summarise`).
//!
//! Every call to a provider goes through the store's `AiCalls`: one at a time, named in the
//! busy line with a `Cancel` that aborts the request, its answer dropped when it was
//! cancelled or replaced, and a failure said in the words of the server (which names the
//! provider that is missing or failing). The rules themselves (language guess, preview
//! freshness, prompt kinds, undo, suggestion cycle, dislike count) are in
//! `switchboard_core::composer_ai`.
//!
//! Parts: [`ai_above`] (what shows above the editor), [`ai_tools`] (the buttons), and the
//! send path's [`outgoing_translation`].

mod ai_above;
mod ai_tools;
mod busy_line;
mod feedback_buttons;
mod language_guess;
mod prompts_button;
mod prompts_panel;
mod rewrite;
mod send_translated;
mod store;
mod suggestion_button;
mod suggestion_card;
mod summary_button;
mod translate_bar;
mod translate_button;
mod undo_button;

pub use crate::store::ai::CallKind;
pub use ai_above::AiAbove;
pub use ai_tools::AiTools;
pub use send_translated::outgoing_translation;

use super::ctx::ComposerCtx;
use super::scoped::{Scoped, Visit};
use crate::components::common::refusal_line;
use crate::i18n::{I18n, Locale, Msg};
use crate::store::ai::AiCalls;
use crate::store::ApiError;
use leptos::prelude::*;
use std::collections::HashMap;
use switchboard_core::composer_ai::outgoing::Preview;
use switchboard_core::composer_ai::suggestions::SuggestionCycle;
use switchboard_core::composer_ai::undo::DraftUndo;
use switchboard_protocol::ConversationId;

/// The panel open above the editor, if any.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Panel {
    /// Nothing.
    #[default]
    None,
    /// The suggested reply.
    Suggestion,
    /// The prompts that rewrite the draft.
    Prompts,
}

/// The composer's translation and AI state (`Copy`; one per composer, in
/// [`ComposerCtx::ai`]).
#[derive(Clone, Copy)]
pub struct AiState {
    /// The provider calls, one at a time (the running one's kind names it in the busy
    /// line).
    pub calls: AiCalls,
    /// The latest translation of a draft for the customer.
    pub preview: RwSignal<Option<Preview>>,
    /// Why the latest preview failed.
    pub preview_error: RwSignal<Option<String>>,
    /// The text and language of the preview asked for last.
    pub preview_input: StoredValue<Option<(String, String)>>,
    /// A text and language whose preview is not asked for again: it failed, or the agent
    /// cancelled it. (A preview cancelled by another call is asked for again after it.)
    pub preview_stop: StoredValue<Option<(String, String)>>,
    /// Translation was turned on and no language is chosen yet (for this draft).
    pub choosing: Scoped<bool>,
    /// The customer's language per conversation, once guessed (`None`: no guess).
    pub guesses: RwSignal<HashMap<ConversationId, Option<String>>>,
    /// The panel above the editor; it belongs to the draft it was opened for.
    pub panel: Scoped<Panel>,
    /// The suggestions shown, and the conversation they are for.
    pub suggestions: RwSignal<(Option<ConversationId>, SuggestionCycle)>,
    /// Why no (other) suggestion is shown after the last ask (for this draft).
    pub suggestion_note: Scoped<Option<Msg>>,
    /// Steps back after a tool replaced a draft's text.
    pub undo: RwSignal<DraftUndo>,
}

impl AiState {
    /// Fresh state (made with the composer's handle; `visit`: the composer's visits of a
    /// conversation and mode).
    pub fn new(visit: Visit) -> Self {
        AiState {
            calls: AiCalls::new(),
            preview: RwSignal::new(None),
            preview_error: RwSignal::new(None),
            preview_input: StoredValue::new(None),
            preview_stop: StoredValue::new(None),
            choosing: Scoped::new(visit),
            guesses: RwSignal::new(HashMap::new()),
            panel: Scoped::new(visit),
            suggestions: RwSignal::new((None, SuggestionCycle::default())),
            suggestion_note: Scoped::new(visit),
            undo: RwSignal::new(DraftUndo::default()),
        }
    }

    /// Cancels the running call, if any: its request is aborted and its answer dropped.
    pub fn cancel(self) {
        self.calls.cancel();
    }

    /// The agent's `Cancel`: like [`AiState::cancel`], and a cancelled preview is not
    /// asked for again until the text or the language changes.
    pub fn stop(self) {
        if self.is_running_untracked(CallKind::Preview) {
            self.preview_stop.set_value(self.preview_input.get_value());
        }
        self.cancel();
    }

    fn is_running_untracked(self, kind: CallKind) -> bool {
        untrack(|| self.is_running(kind))
    }

    /// Whether a call of this kind is running (reactive).
    pub fn is_running(self, kind: CallKind) -> bool {
        self.calls.is_running(kind)
    }
}

/// The language the signed-in agent reads (the session's), else the UI's.
pub fn agent_language(ctx: ComposerCtx, locale: Locale) -> String {
    ctx.state
        .session
        .with_untracked(|s| s.as_ref().map(|s| s.agent.language.clone()))
        .filter(|l| !l.is_empty())
        .unwrap_or_else(|| locale.tag().to_owned())
}

/// The agent's words for a failed call: what could not be done and why, translated by
/// the error's code; the server's reason (which names the provider when one is missing or
/// failing) follows on a line of its own, never as the headline.
pub fn failure(locale: Locale, kind: CallKind, e: &ApiError) -> String {
    let headline = format!("{}. {}", locale.t(kind.failed()), locale.t(e.msg()));
    refusal_line(&headline, e)
}

/// A label that follows the UI language. Every label of these views is made here, so they
/// share one closure type and its rendering code is compiled once, not once per label
/// (the bundle is a product figure).
pub fn tr(i18n: I18n, msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || i18n.t(msg)
}
