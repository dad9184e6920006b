//! Files dropped on the composer or pasted into the editor are attached like picked ones.
//!
//! The listeners sit on the window (removed with the composer) and look at where the event
//! happened, so the composer's own markup needs no handlers. While files are dragged over
//! the composer it is highlighted and says "Drop files here". A file dropped anywhere
//! else is refused by the browser instead of replacing the app with the file (which would
//! lose the agent's unsent work). A paste attaches files only when it carries no text:
//! copying cells from a spreadsheet also puts a picture of them on the clipboard, and
//! then the agent wants the text.

use super::super::ctx::use_composer;
use super::attach_button::file_list;
use crate::i18n::{use_i18n, Msg};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DataTransfer, Element, Node};

/// Whether a drag carries files (not text or a link).
fn carries_files(dt: Option<&DataTransfer>) -> bool {
    dt.is_some_and(|dt| {
        dt.types()
            .iter()
            .any(|t| t.as_string().as_deref() == Some("Files"))
    })
}

/// The drop hint (shown while files are dragged over the composer).
#[component]
pub fn DropZone() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let over = RwSignal::new(false);
    // The composer `form`, found from the editor inside it.
    let form = move || -> Option<Element> { ctx.editor.get_untracked()?.closest("form").ok()? };
    let inside = move |target: Option<web_sys::EventTarget>| {
        let node = target.and_then(|t| t.dyn_into::<Node>().ok());
        form().is_some_and(|f| f.contains(node.as_ref()))
    };
    let accepting = move || ctx.open.get_untracked().is_some();
    let dragover = window_event_listener(ev::dragover, move |e| {
        if !carries_files(e.data_transfer().as_ref()) {
            return;
        }
        e.prevent_default();
        let here = accepting() && inside(e.target());
        if let Some(dt) = e.data_transfer() {
            dt.set_drop_effect(if here { "copy" } else { "none" });
        }
        // `dragover` repeats every few milliseconds: tell only a change.
        if over.get_untracked() != here {
            over.set(here);
        }
    });
    let dragleave = window_event_listener(ev::dragleave, move |e| {
        // Leaving for a child of the composer is not leaving it.
        if over.get_untracked() && !inside(e.related_target()) {
            over.set(false);
        }
    });
    let drop = window_event_listener(ev::drop, move |e| {
        if !carries_files(e.data_transfer().as_ref()) {
            return;
        }
        e.prevent_default();
        over.set(false);
        let Some(id) = ctx.open.get_untracked().filter(|_| inside(e.target())) else {
            return;
        };
        let files = file_list(e.data_transfer().and_then(|dt| dt.files()));
        if !files.is_empty() {
            ctx.files
                .uploads
                .attach((id, ctx.mode.get_untracked()), files);
        }
    });
    let paste = window_event_listener(ev::paste, move |e| {
        let editor = ctx.editor.get_untracked();
        let on_editor = editor.is_some_and(|el| {
            e.target()
                .is_some_and(|t| t == el.clone().unchecked_into::<web_sys::EventTarget>())
        });
        let Some(dt) = e.clipboard_data().filter(|_| on_editor) else {
            return;
        };
        let files = file_list(dt.files());
        let text = dt.get_data("text/plain").unwrap_or_default();
        let Some(id) = ctx.open.get_untracked() else {
            return;
        };
        if !files.is_empty() && text.is_empty() {
            e.prevent_default();
            ctx.files
                .uploads
                .attach((id, ctx.mode.get_untracked()), files);
        }
    });
    on_cleanup(move || {
        dragover.remove();
        dragleave.remove();
        drop.remove();
        paste.remove();
    });
    // Synchronises the composer element's look with the drag (outside this component).
    Effect::new(move |_| {
        let on = over.get();
        if let Some(f) = form() {
            let _ = f.class_list().toggle_with_force("sb-composer--drop", on);
        }
    });
    move || {
        over.get().then(|| {
            view! { <p class="sb-files__drop-hint" aria-hidden="true">{i18n.tr(Msg::DropFilesHere)}</p> }
        })
    }
}
