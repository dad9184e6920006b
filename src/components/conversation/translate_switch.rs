//! The conversation's "Auto-translate" switch and the choice it holds, shared through
//! context: [`provide_auto_translate`] once above the header and the log, then
//! [`use_auto_translate`] where a message decides which text it shows first.
//!
//! The choice per conversation is `switchboard_core::auto_translate::AutoTranslate`,
//! kept in `localStorage` so it survives a reload.

use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_core::auto_translate::AutoTranslate;
use switchboard_protocol::ConversationId;

const STORAGE_KEY: &str = "switchboard.autoTranslateOff";

/// The per-conversation choice, as a `Copy` handle.
#[derive(Clone, Copy)]
pub struct AutoTranslateChoice(RwSignal<AutoTranslate>);

impl AutoTranslateChoice {
    /// Whether messages of conversation `id` show their translation first (reactive).
    pub fn is_on(self, id: ConversationId) -> bool {
        self.0.with(|a| a.is_on(id))
    }

    /// Switches conversation `id` and remembers it.
    pub fn set(self, id: ConversationId, on: bool) {
        self.0.update(|a| a.set(id, on));
        if let Some(s) = storage() {
            // Full or disabled storage: the choice still holds until the page closes.
            let _ = s.set_item(
                STORAGE_KEY,
                &self.0.with_untracked(AutoTranslate::to_stored),
            );
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Puts the choice in context (read from storage). Call once in the conversation zone.
pub fn provide_auto_translate() -> AutoTranslateChoice {
    let stored = storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .unwrap_or_default();
    let choice = AutoTranslateChoice(RwSignal::new(AutoTranslate::from_stored(&stored)));
    provide_context(choice);
    choice
}

/// The choice from context; without a provider every conversation is on (the default).
pub fn use_auto_translate() -> Option<AutoTranslateChoice> {
    use_context::<AutoTranslateChoice>()
}

/// A switch named "Auto-translate": whether translated messages of this conversation
/// show the translation (on) or what the customer wrote (off) until toggled one by one.
#[component]
pub fn TranslateSwitch(
    /// The open conversation.
    id: ConversationId,
) -> impl IntoView {
    let i18n = use_i18n();
    let choice = use_auto_translate();
    let on = move || choice.is_none_or(|c| c.is_on(id));
    view! {
        <button
            type="button"
            role="switch"
            class="sb-switch"
            aria-checked=move || on().to_string()
            disabled=choice.is_none()
            on:click=move |_| {
                if let Some(c) = choice {
                    c.set(id, !c.is_on(id));
                }
            }
        >
            <span class="sb-switch__track" aria-hidden="true"></span>
            {i18n.tr(Msg::AutoTranslate)}
        </button>
    }
}
