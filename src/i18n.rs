//! The reactive face of `switchboard_core::i18n`: the current locale in context, and a
//! translator whose texts follow the agent's language.
//!
//! A text reads the locale **untracked**; a language switch rebuilds the views instead
//! ([`ByLocale`] around each top-level view). Why: a Leptos signal forgets a disposed
//! effect only when it next changes, and the locale almost never changes, so every text
//! of every row ever rendered and gone stayed subscribed to it: about 1.2 KB of the
//! app's heap per message received while its conversation was open, never given back
//! (`end2end/bench/memory.bench.ts`, `docs/soak.md`). Rebuilding costs one render on a
//! switch; the state (drafts, the open conversation, the list) lives in the store and
//! the URL, so nothing the agent wrote is lost.

use leptos::prelude::*;
pub use switchboard_core::i18n::{Count, Locale, Msg};

const STORAGE_KEY: &str = "switchboard.locale";

/// The current locale, shared through context.
#[derive(Clone, Copy)]
pub struct I18n {
    locale: RwSignal<Locale>,
}

impl I18n {
    /// Translates a key (in the locale of the view being built: see the module's note).
    pub fn t(self, msg: Msg) -> &'static str {
        self.locale.get_untracked().t(msg)
    }

    /// The text of `msg`, following the locale: what a view shows or an attribute takes.
    ///
    /// Prefer it to `i18n.tr(Msg::X)`: every call returns the same closure type,
    /// so the renderer's code for a reactive text is compiled once, not once per place
    /// (each distinct closure costs about a kilobyte of wasm; `docs/benchmarks.md`).
    pub fn tr(self, msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || self.t(msg)
    }

    /// A counted phrase.
    pub fn count(self, what: Count, n: u64) -> String {
        self.locale.get_untracked().count(what, n)
    }

    /// The locale (untracked, like the texts).
    pub fn locale(self) -> Locale {
        self.locale.get_untracked()
    }

    /// Subscribes the running effect to the locale: for the few long-lived places that
    /// follow it ([`ByLocale`], `<html lang>`), never for a row or a text.
    pub fn track(self) {
        self.locale.track();
    }

    /// Switches language and remembers the agent's choice.
    pub fn set_locale(self, l: Locale) {
        self.locale.set(l);
        if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            let _ = s.set_item(STORAGE_KEY, l.tag());
        }
    }
}

/// The agent's own choice, then the deployment's (`config.json`), then the browser's.
fn initial_locale(deployment: Option<Locale>) -> Locale {
    let saved = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|t| Locale::from_tag(&t));
    saved.or(deployment).unwrap_or_else(browser_locale)
}

/// The first of the browser's languages the app speaks (English when none).
pub fn browser_locale() -> Locale {
    let langs: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    Locale::negotiate(langs.iter().map(String::as_str))
}

/// Puts the locale in context (`deployment`: `config.json`'s `language`); keeps
/// `<html lang>` in step with it.
pub fn provide_i18n(deployment: Option<Locale>) -> I18n {
    let i18n = I18n {
        locale: RwSignal::new(initial_locale(deployment)),
    };
    Effect::new(move || {
        let tag = i18n.locale.get().tag();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(html) = doc.document_element() {
                let _ = html.set_attribute("lang", tag);
            }
        }
    });
    provide_context(i18n);
    i18n
}

/// Its children, built again in the new language when the agent switches (see the
/// module's note). Around each top-level view; whatever must survive a switch lives
/// outside it (the store, the URL, contexts provided above it).
#[component]
pub fn ByLocale(children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        i18n.track();
        children()
    }
}

/// The translator from context.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
