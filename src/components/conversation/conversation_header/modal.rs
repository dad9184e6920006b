//! A modal dialog on the native `<dialog>` element: `showModal()` makes the rest of the
//! page inert, traps focus, closes on Escape and, when it closes, returns focus to what had
//! it before (the button that opened it), so none of that is re-implemented here.

use leptos::html::Dialog;
use leptos::prelude::*;

/// A modal dialog, shown while `open` is true.
#[component]
pub fn ModalDialog(
    /// Whether it is shown. Escape (or anything else that closes the dialog) sets it to
    /// false.
    open: RwSignal<bool>,
    /// The id of the element that names it (its heading).
    #[prop(into)]
    labelledby: String,
    /// The content (kept while closed, so a half-written form survives a misclick).
    children: Children,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    // Synchronises the element with `open` (an effect: the DOM is the outside world).
    Effect::new(move || {
        let want = open.get();
        if let Some(d) = dialog.get() {
            if want && !d.open() {
                let _ = d.show_modal();
            } else if !want && d.open() {
                d.close();
            }
        }
    });
    view! {
        <dialog
            class="sb-dialog"
            node_ref=dialog
            aria-labelledby=labelledby
            on:close=move |_| open.set(false)
        >
            {children()}
        </dialog>
    }
}
