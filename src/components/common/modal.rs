//! A modal dialog on the native `<dialog>` element: `showModal()` makes the rest of the
//! page inert, traps focus and closes on Escape, so none of that is re-implemented here.
//! Focus goes back to what had it before the dialog opened (the button that opened it):
//! done here, since browsers differ on whether `close()` restores it.

use leptos::html::Dialog;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
    /// Runs once it has closed and focus is back where it was (what the dialog chose
    /// to do next, say, so the focus it moves is not taken back).
    #[prop(optional)]
    on_closed: Option<Callback<()>>,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    // Synchronises the element with `open` (an effect: the DOM is the outside world).
    Effect::new(move || {
        let want = open.get();
        if let Some(d) = dialog.get() {
            if want && !d.open() {
                let active = document()
                    .active_element()
                    .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
                opener.set_value(active);
                let _ = d.show_modal();
            } else if !want && d.open() {
                d.close();
            }
        }
    });
    let restore_focus = move || {
        if let Some(el) = opener.try_update_value(Option::take).flatten() {
            if el.is_connected() {
                let _ = el.focus();
            }
        }
    };
    view! {
        <dialog
            class="sb-dialog"
            node_ref=dialog
            aria-labelledby=labelledby
            on:close=move |_| {
                open.set(false);
                restore_focus();
                if let Some(f) = on_closed {
                    f.run(());
                }
            }
        >
            {children()}
        </dialog>
    }
}
