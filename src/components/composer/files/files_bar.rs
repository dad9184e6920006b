//! What the files part puts above the editor: refused files, the voice message, the
//! draft's file chips, and the drop zone.

use super::drop_zone::DropZone;
use super::file_chips::FileChips;
use super::refusal_list::RefusalList;
use super::voice_panel::VoicePanel;
use leptos::prelude::*;

/// The files part above the editor.
#[component]
pub fn FilesBar() -> impl IntoView {
    view! {
        <DropZone />
        <RefusalList />
        <VoicePanel />
        <FileChips />
    }
}
