//! Translation and AI in the composer: the outgoing translation with its preview
//! (`Translate`), a suggested reply (`AI suggestion`), rewriting the draft with a prompt
//! (`Rewrite with AI`) with one `Undo` step, and a summary for a note (`Summarise`).
//!
//! Every call to a provider goes through [`AiState::run`]: one at a time, named in the
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
mod calls;
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

pub use ai_above::AiAbove;
pub use ai_tools::AiTools;
pub use calls::CallKind;
pub use send_translated::outgoing_translation;

use super::ctx::ComposerCtx;
use crate::api::{Abort, ApiError};
use crate::i18n::{I18n, Locale, Msg};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use switchboard_core::composer_ai::outgoing::Preview;
use switchboard_core::composer_ai::suggestions::SuggestionCycle;
use switchboard_core::composer_ai::undo::DraftUndo;
use switchboard_protocol::ConversationId;

/// A call in flight: its request, then what to do with the answer.
type Job = Pin<Box<dyn Future<Output = Box<dyn FnOnce()>>>>;

/// The panel open above the editor, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    /// Nothing.
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
    /// The call running now (its kind names it in the busy line).
    pub running: RwSignal<Option<calls::Call>>,
    /// Cancels the running call (browser objects: kept on this thread only).
    abort: StoredValue<Option<(u64, Abort)>, LocalStorage>,
    /// Numbers the calls, so a late answer of a cancelled one is recognised.
    next: StoredValue<u64>,
    /// The latest translation of a draft for the customer.
    pub preview: RwSignal<Option<Preview>>,
    /// Why the latest preview failed.
    pub preview_error: RwSignal<Option<String>>,
    /// The text and language of the preview asked for last.
    pub preview_input: StoredValue<Option<(String, String)>>,
    /// A text and language whose preview is not asked for again: it failed, or the agent
    /// cancelled it. (A preview cancelled by another call is asked for again after it.)
    pub preview_stop: StoredValue<Option<(String, String)>>,
    /// Translation was turned on and no language is chosen yet.
    pub choosing: RwSignal<bool>,
    /// The customer's language per conversation, once guessed (`None`: no guess).
    pub guesses: RwSignal<HashMap<ConversationId, Option<String>>>,
    /// The panel above the editor.
    pub panel: RwSignal<Panel>,
    /// The suggestions shown, and the conversation they are for.
    pub suggestions: RwSignal<(Option<ConversationId>, SuggestionCycle)>,
    /// Why no (other) suggestion is shown after the last ask.
    pub suggestion_note: RwSignal<Option<Msg>>,
    /// Steps back after a tool replaced a draft's text.
    pub undo: RwSignal<DraftUndo>,
}

impl AiState {
    /// Fresh state (made with the composer's handle).
    pub fn new() -> Self {
        AiState {
            running: RwSignal::new(None),
            abort: StoredValue::new_local(None),
            next: StoredValue::new(0),
            preview: RwSignal::new(None),
            preview_error: RwSignal::new(None),
            preview_input: StoredValue::new(None),
            preview_stop: StoredValue::new(None),
            choosing: RwSignal::new(false),
            guesses: RwSignal::new(HashMap::new()),
            panel: RwSignal::new(Panel::None),
            suggestions: RwSignal::new((None, SuggestionCycle::default())),
            suggestion_note: RwSignal::new(None),
            undo: RwSignal::new(DraftUndo::default()),
        }
    }

    /// Runs a provider call: cancels the one running (one at a time), shows `kind` in the
    /// busy line until it ends, and gives `done` its result, unless it was cancelled or
    /// replaced meanwhile (then the answer is dropped and the draft stays as it is).
    pub fn run<T, Fut>(
        self,
        kind: CallKind,
        call: impl FnOnce(Abort) -> Fut + 'static,
        done: impl FnOnce(Result<T, ApiError>) + 'static,
    ) where
        T: 'static,
        Fut: Future<Output = Result<T, ApiError>> + 'static,
    {
        let (id, abort) = self.begin(kind);
        // Boxed, so the bookkeeping below is compiled once, not once per kind of call
        // (the bundle is a product figure).
        self.spawn(
            id,
            Box::pin(async move {
                let result = call(abort).await;
                Box::new(move || done(result)) as Box<dyn FnOnce()>
            }),
        );
    }

    /// Starts call number `id` of `kind`, cancelling the one running.
    fn begin(self, kind: CallKind) -> (u64, Abort) {
        self.cancel();
        let id = self.next.get_value() + 1;
        self.next.set_value(id);
        let abort = Abort::new();
        self.abort.set_value(Some((id, abort.clone())));
        self.running.set(Some(calls::Call { id, kind }));
        (id, abort)
    }

    /// Awaits call `id`, then hands its result over if it is still the running call.
    fn spawn(self, id: u64, job: Job) {
        spawn_local(async move {
            let deliver = job.await;
            let current = self
                .running
                .try_with_untracked(|r| r.as_ref().is_some_and(|c| c.id == id))
                .unwrap_or(false);
            if !current {
                return;
            }
            self.running.set(None);
            self.abort.set_value(None);
            deliver();
        });
    }

    /// Cancels the running call, if any: its request is aborted and its answer dropped.
    pub fn cancel(self) {
        if let Some((_, abort)) = self.abort.try_get_value().flatten() {
            abort.abort();
        }
        self.abort.set_value(None);
        if self.running.with_untracked(Option::is_some) {
            self.running.set(None);
        }
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
        self.running
            .with(|r| r.as_ref().is_some_and(|c| c.kind == kind))
    }
}

impl Default for AiState {
    fn default() -> Self {
        Self::new()
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

/// The agent's words for a failed call: what could not be done, and the server's reason
/// (which names the provider when one is missing or failing).
pub fn failure(locale: Locale, kind: CallKind, e: &ApiError) -> String {
    let reason = e
        .detail()
        .filter(|d| !d.is_empty())
        .map_or_else(|| locale.t(e.msg()).to_owned(), str::to_owned);
    format!("{}: {reason}", locale.t(kind.failed()))
}

/// A label that follows the UI language. Every label of these views is made here, so they
/// share one closure type and its rendering code is compiled once, not once per label
/// (the bundle is a product figure).
pub fn tr(i18n: I18n, msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || i18n.t(msg)
}
