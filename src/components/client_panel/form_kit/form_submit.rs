//! The one submit flow of the panel's forms (task, reminder, event, note, deal): check
//! the input with the core's rules, then send it as one run of a [`Command`] (the store
//! puts the answer into the inbox), then close or empty the form. The core's problem and
//! the server's refusal are kept here for the form's problem line ([`super::FormProblem`]).

use super::refusal;
use crate::i18n::I18n;
use crate::store::{ApiError, Command};
use leptos::prelude::*;
use std::future::Future;
use switchboard_core::plan_forms::FormError;

/// A form problem the core found, in the agent's words.
pub trait Explain: Copy + Send + Sync + 'static {
    /// The agent's words for it.
    fn text(self, i18n: I18n) -> String;
}

impl Explain for FormError {
    fn text(self, i18n: I18n) -> String {
        super::problem_text(i18n, self)
    }
}

/// A form's submit state: the problem the core found in the last submit (`P`), and the
/// command that sends it (pending, and the server's refusal). `Copy`.
pub struct FormSubmit<P: 'static> {
    problem: RwSignal<Option<P>>,
    command: Command,
}

impl<P> Clone for FormSubmit<P> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<P> Copy for FormSubmit<P> {}

impl<P: Explain> Default for FormSubmit<P> {
    fn default() -> Self {
        FormSubmit::new()
    }
}

impl<P: Explain> FormSubmit<P> {
    /// A form not submitted yet.
    pub fn new() -> Self {
        FormSubmit {
            problem: RwSignal::new(None),
            command: Command::new(),
        }
    }

    /// The problem the core found in the last submit (reactive).
    pub fn problem(self) -> Option<P> {
        self.problem.get()
    }

    /// The command that sends the form (for its pending state).
    pub fn command(self) -> Command {
        self.command
    }

    /// The form's problem line: the core's words for its problem, else the server's
    /// refusal of the last send (reactive).
    pub fn message(self, i18n: I18n) -> Option<String> {
        self.problem()
            .map(|p| p.text(i18n))
            .or_else(|| self.command.refused().map(|e| refusal(i18n, &e)))
    }

    /// Submits the form, unless a send is under way: `check` turns the input into a
    /// request body (or the problem, which is then shown and nothing is sent); `send`
    /// makes the store call; `done` takes its answer.
    pub fn submit<B, T: 'static, F>(
        self,
        check: impl FnOnce() -> Result<B, P>,
        send: impl FnOnce(B) -> F,
        done: impl FnOnce(T) + 'static,
    ) where
        F: Future<Output = Result<T, ApiError>> + 'static,
    {
        if self.command.pending_untracked() {
            return;
        }
        match check() {
            Err(p) => self.problem.set(Some(p)),
            Ok(body) => {
                self.problem.set(None);
                self.command.run(send(body), done);
            }
        }
    }
}
