//! What the other zones may ask of the composer, without knowing it: the log's "Quote in
//! reply", and "Edit" of a refused message (which has put it back into a draft). The
//! composer provides these (`ComposerCtx::provide`) and decides how; the zones stay
//! siblings.

use leptos::prelude::*;
use switchboard_protocol::{ReplyRef, Visibility};

/// The composer's requests (`Copy`), from context.
#[derive(Clone, Copy)]
pub struct ComposeRequests {
    /// Makes the open draft answer this message, or says under the editor why a reply on
    /// this network cannot quote.
    pub quote: Callback<ReplyRef>,
    /// Shows the draft of this mode (reply or note) and focuses the editor.
    pub show_draft: Callback<Visibility>,
}

impl ComposeRequests {
    /// Puts the requests in context (the composer's part).
    pub fn provide(self) {
        provide_context(self);
    }
}

/// The composer's requests, from context.
pub fn use_compose_requests() -> ComposeRequests {
    expect_context::<ComposeRequests>()
}
