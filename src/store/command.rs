//! One command's state, for the view that started it: whether it is under way, and the
//! backend's refusal of its last run. Views read these instead of keeping `busy` and
//! `refused` signals of their own, and a second click while a command is under way does
//! nothing (the Leptos `Action` pattern, as one small non-generic handle so each use does
//! not compile a copy of the reactive plumbing).

use super::ApiError;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;

/// A command's pending and refused state (`Copy`; owned by the view that made it, and
/// safe to use after that view is gone: the updates are then dropped).
#[derive(Clone, Copy)]
pub struct Command {
    busy: RwSignal<bool>,
    refused: RwSignal<Option<ApiError>>,
}

impl Default for Command {
    fn default() -> Self {
        Command::new()
    }
}

impl Command {
    /// A command that has not run.
    pub fn new() -> Command {
        Command {
            busy: RwSignal::new(false),
            refused: RwSignal::new(None),
        }
    }

    /// Whether a run is under way (reactive).
    pub fn pending(self) -> bool {
        self.busy.get()
    }

    /// Whether a run is under way, without tracking.
    pub fn pending_untracked(self) -> bool {
        self.busy.get_untracked()
    }

    /// The backend's refusal of the last run, if it was refused (reactive).
    pub fn refused(self) -> Option<ApiError> {
        self.refused.get()
    }

    /// Forgets the last refusal (the agent changed what it was about).
    pub fn clear(self) {
        self.refused.set(None);
    }

    /// Runs `call` in the background unless a run is under way (then returns false and
    /// `call` is dropped unpolled). A success goes to `done`; a refusal is kept for
    /// [`Command::refused`].
    pub fn run<T: 'static>(
        self,
        call: impl Future<Output = Result<T, ApiError>> + 'static,
        done: impl FnOnce(T) + 'static,
    ) -> bool {
        if !self.start() {
            return false;
        }
        spawn_local(async move {
            if let Ok(v) = self.finish(call.await) {
                done(v);
            }
        });
        true
    }

    /// Awaits `call` as one run (`None`: another run was under way, and `call` was dropped
    /// unpolled). For a view that goes on after the answer in its own task.
    pub async fn call<T>(
        self,
        call: impl Future<Output = Result<T, ApiError>>,
    ) -> Option<Result<T, ApiError>> {
        if !self.start() {
            return None;
        }
        Some(self.finish(call.await))
    }

    fn start(self) -> bool {
        if self.busy.get_untracked() {
            return false;
        }
        self.busy.set(true);
        self.refused.set(None);
        true
    }

    fn finish<T>(self, out: Result<T, ApiError>) -> Result<T, ApiError> {
        // `try_`: the view (and these signals) may be gone by the time the answer comes.
        _ = self.busy.try_set(false);
        if let Err(e) = &out {
            _ = self.refused.try_set(Some(e.clone()));
        }
        out
    }
}
