//! Native listeners on the composer's editor for the `/` `$` `@` list: the editor
//! element belongs to the composer, so the list listens to it rather than adding
//! handlers to its markup.
//!
//! Order matters for keys: while the list is open, Enter chooses instead of sending and
//! the arrows move in the list instead of the text. The key listener is a *capturing*
//! one, so at the editor it runs before the composer's own (bubbling) `keydown`
//! handler; a key the list uses stops there (`stopImmediatePropagation`).

use leptos::html::Textarea;
use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlTextAreaElement, KeyboardEvent};

/// What the list does with the editor's events.
#[derive(Clone)]
pub struct EditorEvents {
    /// The text or the caret may have moved (input, click, a key released, focus).
    pub on_caret: Rc<dyn Fn(&HtmlTextAreaElement)>,
    /// A key is pressed; answers whether the list used it.
    pub on_key: Rc<dyn Fn(&KeyboardEvent) -> bool>,
    /// The editor lost the focus.
    pub on_blur: Rc<dyn Fn()>,
}

/// The listeners attached to one editor element.
struct Attached {
    el: HtmlTextAreaElement,
    caret: Closure<dyn Fn(Event)>,
    key: Closure<dyn Fn(KeyboardEvent)>,
    blur: Closure<dyn Fn(Event)>,
}

const CARET_EVENTS: [&str; 4] = ["input", "click", "keyup", "focus"];

impl Attached {
    fn new(el: HtmlTextAreaElement, events: EditorEvents) -> Attached {
        let (on_caret, on_key, on_blur) = (events.on_caret, events.on_key, events.on_blur);
        let target = el.clone();
        let caret = Closure::<dyn Fn(Event)>::new(move |_| on_caret(&target));
        let key = Closure::<dyn Fn(KeyboardEvent)>::new(move |ev: KeyboardEvent| {
            if !ev.is_composing() && on_key(&ev) {
                ev.prevent_default();
                ev.stop_immediate_propagation();
            }
        });
        let blur = Closure::<dyn Fn(Event)>::new(move |_| on_blur());
        for name in CARET_EVENTS {
            _ = el.add_event_listener_with_callback(name, caret.as_ref().unchecked_ref());
        }
        _ = el.add_event_listener_with_callback_and_bool(
            "keydown",
            key.as_ref().unchecked_ref(),
            true,
        );
        _ = el.add_event_listener_with_callback("blur", blur.as_ref().unchecked_ref());
        // The editor offers a list as the agent types (ARIA: a textbox with autocomplete).
        _ = el.set_attribute("aria-autocomplete", "list");
        Attached {
            el,
            caret,
            key,
            blur,
        }
    }

    fn detach(self) {
        for name in CARET_EVENTS {
            _ = self
                .el
                .remove_event_listener_with_callback(name, self.caret.as_ref().unchecked_ref());
        }
        _ = self.el.remove_event_listener_with_callback_and_bool(
            "keydown",
            self.key.as_ref().unchecked_ref(),
            true,
        );
        _ = self
            .el
            .remove_event_listener_with_callback("blur", self.blur.as_ref().unchecked_ref());
        _ = self.el.remove_attribute("aria-autocomplete");
    }
}

/// Listens to `editor` (once it is in the page) until the calling component goes away.
pub fn listen(editor: NodeRef<Textarea>, events: EditorEvents) {
    let events = StoredValue::new_local(events);
    let attached = StoredValue::new_local(None::<Attached>);
    Effect::new(move |_| {
        let Some(el) = editor.get() else { return };
        attached.update_value(|a| {
            if let Some(old) = a.take() {
                old.detach();
            }
            *a = Some(Attached::new(el, events.get_value()));
        });
    });
    on_cleanup(move || {
        _ = attached.try_update_value(|a| a.take().map(Attached::detach));
    });
}

/// Points the editor at the list's active option while the list is open (`None`
/// closes): `aria-controls` and `aria-activedescendant`.
pub fn point_at(editor: NodeRef<Textarea>, list: &str, option: Option<String>) {
    let Some(el) = editor.get_untracked() else {
        return;
    };
    match option {
        Some(id) => {
            _ = el.set_attribute("aria-controls", list);
            _ = el.set_attribute("aria-activedescendant", &id);
        }
        None => {
            _ = el.remove_attribute("aria-controls");
            _ = el.remove_attribute("aria-activedescendant");
        }
    }
}

/// The caret of `el` when nothing is selected (UTF-16 offset).
pub fn caret(el: &HtmlTextAreaElement) -> Option<u32> {
    let start = el.selection_start().ok().flatten()?;
    let end = el.selection_end().ok().flatten()?;
    (start == end).then_some(start)
}
