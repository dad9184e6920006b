//! Translation and AI calls: suggestions, prompts (rewrite), summary, translate, detect
//! language, feedback.
//!
//! The provider calls of one composer run through one [`AiCalls`] handle: one at a time
//! (a new call cancels the one running), each named by its [`CallKind`] while it runs,
//! cancellable (the request is aborted), and an answer that comes after its call was
//! cancelled or replaced is dropped. Views hand it what to do with an answer and never see
//! the browser's `AbortController`.

use super::ApiError;
use crate::api::{self, Abort};
use crate::i18n::{Locale, Msg};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;
use std::pin::Pin;
use switchboard_core::composer_ai::prompts::PromptKind;
use switchboard_protocol::{
    ConversationId, DetectedLanguage, Feedback, PromptRequest, PromptResult, Suggestions, Summary,
    TranslateRequest, Translation,
};

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

/// A call in flight: its request, then what to do with the answer.
type Job = Pin<Box<dyn Future<Output = Box<dyn FnOnce()>>>>;

/// The provider calls of one composer, one at a time (`Copy`).
#[derive(Clone, Copy)]
pub struct AiCalls {
    /// The call running now.
    running: RwSignal<Option<Call>>,
    /// Cancels the running call (browser objects: kept on this thread only).
    abort: StoredValue<Option<(u64, Abort)>, LocalStorage>,
    /// Numbers the calls, so a late answer of a cancelled one is recognised.
    next: StoredValue<u64>,
}

impl Default for AiCalls {
    fn default() -> Self {
        AiCalls::new()
    }
}

impl AiCalls {
    /// No call has run.
    pub fn new() -> AiCalls {
        AiCalls {
            running: RwSignal::new(None),
            abort: StoredValue::new_local(None),
            next: StoredValue::new(0),
        }
    }

    /// The call running now, if any (reactive).
    pub fn running(self) -> Option<Call> {
        self.running.get()
    }

    /// Whether any call is running (reactive).
    pub fn pending(self) -> bool {
        self.running.with(Option::is_some)
    }

    /// Whether any call is running, without tracking; `None` once the composer is gone.
    pub fn try_pending_untracked(self) -> Option<bool> {
        self.running.try_with_untracked(Option::is_some)
    }

    /// Whether a call of this kind is running (reactive).
    pub fn is_running(self, kind: CallKind) -> bool {
        self.running
            .with(|r| r.as_ref().is_some_and(|c| c.kind == kind))
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

    /// `POST /conversations/{id}/ai/suggestions`.
    pub fn suggestions(
        self,
        id: ConversationId,
        done: impl FnOnce(Result<Suggestions, ApiError>) + 'static,
    ) {
        self.run(
            CallKind::Suggest,
            move |abort| async move { api::ai_suggestions(id, &abort).await },
            done,
        );
    }

    /// `POST /conversations/{id}/ai/summary`.
    pub fn summary(
        self,
        id: ConversationId,
        done: impl FnOnce(Result<Summary, ApiError>) + 'static,
    ) {
        self.run(
            CallKind::Summary,
            move |abort| async move { api::ai_summary(id, &abort).await },
            done,
        );
    }

    /// `POST /ai/prompt`: the draft rewritten with `kind`.
    pub fn prompt(
        self,
        kind: PromptKind,
        request: PromptRequest,
        done: impl FnOnce(Result<PromptResult, ApiError>) + 'static,
    ) {
        self.run(
            CallKind::Prompt(kind),
            move |abort| async move { api::ai_prompt(&request, &abort).await },
            done,
        );
    }

    /// `POST /translate`, as `kind` ([`CallKind::Preview`] or
    /// [`CallKind::TranslateToSend`]).
    pub fn translate(
        self,
        kind: CallKind,
        request: TranslateRequest,
        done: impl FnOnce(Result<Translation, ApiError>) + 'static,
    ) {
        self.run(
            kind,
            move |abort| async move { api::translate(&request, &abort).await },
            done,
        );
    }

    /// `POST /detect-language`.
    pub fn detect(
        self,
        text: String,
        done: impl FnOnce(Result<DetectedLanguage, ApiError>) + 'static,
    ) {
        self.run(
            CallKind::Detect,
            move |abort| async move { api::detect_language(&text, &abort).await },
            done,
        );
    }

    /// Runs a provider call: cancels the one running (one at a time), shows `kind` while
    /// it runs, and gives `done` its result, unless it was cancelled or replaced meanwhile
    /// (then the answer is dropped).
    fn run<T, Fut>(
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
        self.running.set(Some(Call { id, kind }));
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
}

/// `POST /ai/feedback`: the agent's verdict on a suggestion (not one of the calls above:
/// it runs beside them and cancels nothing).
pub async fn feedback(body: &Feedback) -> Result<(), ApiError> {
    api::ai_feedback(body).await
}
