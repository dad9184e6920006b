//! Guessing the customer's language for a conversation, once: the language their
//! translated messages carry, else what the detector finds in their latest messages
//! (`POST /detect-language`), else their profile. Never the agent's own language.

use super::{agent_language, failure, AiState, CallKind};
use crate::components::composer::ComposerCtx;
use crate::i18n::Locale;
use leptos::prelude::*;
use switchboard_core::composer_ai::language;
use switchboard_protocol::ConversationId;

/// The profile language of the conversation's contact, when its card is loaded.
fn profile_language(ctx: ComposerCtx, id: ConversationId) -> Option<String> {
    ctx.state.inbox().with_untracked(|i| {
        let contact = i.conversations.get(id)?.contact.id;
        i.details.contacts.get(&contact)?.language.clone()
    })
}

/// Gives `then` the customer's language for `id` (`None`: no guess), asking the detector
/// only when the loaded messages carry no translation. The answer is kept for the
/// conversation, so the detector is asked once per conversation.
pub fn guess(
    ctx: ComposerCtx,
    ai: AiState,
    id: ConversationId,
    locale: Locale,
    then: impl FnOnce(Option<String>) + 'static,
) {
    if let Some(known) = ai.guesses.with_untracked(|g| g.get(&id).cloned()) {
        then(known);
        return;
    }
    let agent = agent_language(ctx, locale);
    let (translated, said) = ctx.state.inbox().with_untracked(|i| match i.logs.get(&id) {
        Some(log) => (
            language::from_translations(log.iter()),
            language::detection_text(log.iter()),
        ),
        None => (None, None),
    });
    let profile = profile_language(ctx, id);
    let ask_detector = translated.is_none();
    let settle = move |detected: Option<String>| {
        let choice = language::preselect(
            translated.as_deref(),
            detected.as_deref(),
            profile.as_deref(),
            &agent,
        );
        ai.guesses.update(|g| _ = g.insert(id, choice.clone()));
        then(choice);
    };
    match said.filter(|_| ask_detector) {
        Some(text) => ai.calls.detect(text, move |r| match r {
            Ok(d) => settle(language::accept(&d)),
            Err(e) => {
                // The profile may still tell; the agent can choose in any case.
                ctx.problem.set(Some(failure(locale, CallKind::Detect, &e)));
                settle(None);
            }
        }),
        None => settle(None),
    }
}
