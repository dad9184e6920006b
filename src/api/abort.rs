//! A way to cancel a request in flight (the browser's `AbortController`), so a slow
//! translation or AI call can be stopped by the agent. Components hold an [`Abort`] and
//! never see the controller itself.

use web_sys::{AbortController, AbortSignal};

/// Cancels the requests it was given to. Cheap to clone (all clones cancel the same).
#[derive(Clone)]
pub struct Abort(Option<AbortController>);

impl Abort {
    /// A fresh handle. Where the browser has no `AbortController` the request simply
    /// cannot be cancelled; its answer is still ignored by the caller.
    pub fn new() -> Self {
        Abort(AbortController::new().ok())
    }

    /// Cancels: a request given this handle fails at once with a network error.
    pub fn abort(&self) {
        if let Some(c) = &self.0 {
            c.abort();
        }
    }

    /// The signal to give a request.
    pub(super) fn signal(&self) -> Option<AbortSignal> {
        self.0.as_ref().map(AbortController::signal)
    }
}

impl Default for Abort {
    fn default() -> Self {
        Self::new()
    }
}
