//! What a keyboard shortcut runs in the zones: a zone that owns an action (the header's
//! Close, the log's Jump to latest) registers it here for as long as it is mounted, and
//! the one keydown listener (`components/keyboard`) and the command palette run it by
//! name, so a shortcut does exactly what the zone's own button does.
//!
//! A conversation's header for the next conversation may mount before the last one's is
//! cleaned up: each registration carries a number, and a cleanup removes only its own.

use leptos::prelude::*;
use std::collections::HashMap;
use std::rc::Rc;
use switchboard_core::keymap::Action;

/// A registered handler: its registration's number, and what it does.
type Handler = (u64, Rc<dyn Fn()>);

/// The handlers by action (`Copy`; in context from the zones' shell).
#[derive(Clone, Copy)]
pub struct Shortcuts {
    handlers: StoredValue<HashMap<Action, Handler>, LocalStorage>,
    next: StoredValue<u64>,
}

impl Shortcuts {
    /// Creates the registry and puts it in context.
    pub fn provide() -> Shortcuts {
        let s = Shortcuts {
            handlers: StoredValue::new_local(HashMap::new()),
            next: StoredValue::new(0),
        };
        provide_context(s);
        s
    }

    /// Runs `action`'s handler; false when no zone offers it now.
    pub fn run(self, action: Action) -> bool {
        let f = self
            .handlers
            .try_with_value(|h| h.get(&action).map(|(_, f)| f.clone()))
            .flatten();
        match f {
            Some(f) => {
                f();
                true
            }
            None => false,
        }
    }

    /// Whether a zone offers `action` now.
    pub fn has(self, action: Action) -> bool {
        self.handlers
            .try_with_value(|h| h.contains_key(&action))
            .unwrap_or(false)
    }
}

/// Offers `action`, done by `run`, while the calling component is mounted (nothing when
/// no registry is in context).
pub fn use_shortcut(action: Action, run: impl Fn() + 'static) {
    let Some(s) = use_context::<Shortcuts>() else {
        return;
    };
    let n = s.next.get_value();
    s.next.set_value(n + 1);
    s.handlers
        .update_value(|h| _ = h.insert(action, (n, Rc::new(run))));
    on_cleanup(move || {
        s.handlers.try_update_value(|h| {
            if h.get(&action).is_some_and(|(k, _)| *k == n) {
                h.remove(&action);
            }
        });
    });
}

/// Whether a key press's target is somewhere text is typed (a text field, a text area, an
/// editable element): there a letter is a letter, not a shortcut.
pub fn typed_into(target: Option<&web_sys::Element>) -> bool {
    use wasm_bindgen::JsCast;
    target.is_some_and(|t| {
        switchboard_core::search_keys::is_text_entry(
            &t.tag_name(),
            &t.get_attribute("type").unwrap_or_default(),
            t.dyn_ref::<web_sys::HtmlElement>()
                .is_some_and(web_sys::HtmlElement::is_content_editable),
        )
    })
}
