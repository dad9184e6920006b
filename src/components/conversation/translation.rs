//! A message that came with a translation (`Message::translation`).
//!
//! Incoming: `content` is what the customer wrote, the translation is in the agent's
//! language; the translation shows first while the conversation's "Auto-translate" is on,
//! and a button named `Show original` / `Show translation` swaps them for this message.
//! Outgoing: `content` is what the customer received, the translation what the agent
//! wrote; both show, labelled.

use super::content::rich_text::RichText;
use super::content::MessageContent;
use super::translate_switch::use_auto_translate;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_protocol::{Content, ConversationId, MessageTranslation};

/// `FR → EN`.
fn languages(from: &str, to: &str) -> String {
    format!("{} → {}", from.to_uppercase(), to.to_uppercase())
}

/// An incoming message with its translation and the button that swaps them.
#[component]
pub fn IncomingTranslation(
    /// What the customer wrote.
    content: Content,
    /// The same in the agent's language.
    translation: MessageTranslation,
    /// Its conversation (whose "Auto-translate" choice applies).
    conversation: ConversationId,
) -> impl IntoView {
    let i18n = use_i18n();
    let auto = use_auto_translate();
    // The agent's choice for this message, once they pressed the button.
    let chosen = RwSignal::new(None::<bool>);
    let translated = move || {
        chosen
            .get()
            .unwrap_or_else(|| auto.is_none_or(|a| a.is_on(conversation)))
    };
    let text_only = matches!(content, Content::Text { .. });
    let MessageTranslation {
        text,
        language,
        content_language,
    } = translation;
    let label = languages(&content_language, &language);
    let body = move || {
        let translation = view! {
            <p class="sb-translation__label">{i18n.tr(Msg::TranslationLabel)} " · " {label.clone()}</p>
            <RichText text=text.clone() />
        };
        match (translated(), text_only) {
            (true, true) => translation.into_any(),
            (true, false) => view! { <MessageContent content=content.clone() /> {translation} }.into_any(),
            (false, _) => view! {
                <p class="sb-translation__label">{i18n.tr(Msg::OriginalLabel)} " · " {content_language.to_uppercase()}</p>
                <MessageContent content=content.clone() />
            }
            .into_any(),
        }
    };
    view! {
        <div class="sb-translation">
            {body}
            <button
                type="button"
                class="sb-button sb-button--small sb-button--ghost sb-translation__toggle"
                on:click=move |_| chosen.set(Some(!translated()))
            >
                {move || i18n.t(if translated() { Msg::ShowOriginal } else { Msg::ShowTranslation })}
            </button>
        </div>
    }
}

/// An outgoing translated message: what the agent wrote, then what the customer got.
#[component]
pub fn OutgoingTranslation(
    /// What the customer received.
    content: Content,
    /// What the agent wrote.
    translation: MessageTranslation,
) -> impl IntoView {
    let i18n = use_i18n();
    let written = translation.language.to_uppercase();
    let received = translation.content_language.to_uppercase();
    view! {
        <div class="sb-translation sb-translation--out">
            <p class="sb-translation__label">{i18n.tr(Msg::TranslationWritten)} " · " {written}</p>
            <RichText text=translation.text class="sb-translation__written" />
            <p class="sb-translation__label">{i18n.tr(Msg::TranslationReceived)} " · " {received}</p>
            <MessageContent content />
        </div>
    }
}
