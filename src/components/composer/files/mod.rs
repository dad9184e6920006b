//! Files and voice messages in the composer: attach by picker, drag and drop or paste;
//! every file checked before it is uploaded (`switchboard_core::upload_rules`, the
//! server's own rules); each accepted file uploaded at once with progress and Cancel, then
//! kept in the draft (so a reload keeps it) as a chip with its name, size, thumbnail and
//! Remove; a voice message recorded, previewed and sent. Works the same in a reply and in
//! a note (each has its own draft).
//!
//! Parts: [`uploads`] (with [`attaching`] and [`send_alone`]) and [`voice`] (the state,
//! held by the composer's handle so that Send can wait for uploads), [`FilesBar`] above the editor (refusals, voice panel, chips, drop
//! zone), [`AttachButton`] and [`VoiceButton`] in the tools row.

mod attach_button;
mod attaching;
mod drop_zone;
mod file_chips;
mod files_bar;
mod refusal_list;
mod send_alone;
mod stored_chip;
mod uploading_chip;
mod uploads;
mod voice;
mod voice_button;
mod voice_panel;
mod voice_store;

pub use attach_button::AttachButton;
pub use files_bar::FilesBar;
pub use voice_button::VoiceButton;

use crate::i18n::Msg;
use crate::store::Store;
use uploads::{Target, Uploads};
use voice::Voice;

/// The composer's files and voice recorder (`Copy`; a field of `ComposerCtx`).
#[derive(Clone, Copy)]
pub struct FilesCtx {
    /// Uploads of every draft.
    pub uploads: Uploads,
    /// The voice recorder.
    pub voice: Voice,
}

impl FilesCtx {
    /// Creates the state (under the shell, so uploads outlive a conversation switch).
    pub fn new(state: Store) -> FilesCtx {
        let uploads = Uploads::new(state);
        FilesCtx {
            uploads,
            voice: Voice::new(uploads),
        }
    }

    /// Why the draft of `target` cannot be sent yet: a file still uploading, or one that
    /// failed (sending without it would lose it).
    pub fn hold(self, target: Target) -> Option<Msg> {
        match self.uploads.pending(target) {
            (0, 0) => None,
            (0, _) => Some(Msg::ErrUploadFailed),
            _ => Some(Msg::ErrUploadRunning),
        }
    }
}
