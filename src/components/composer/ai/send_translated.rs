//! The send path of a translated reply. When the draft is to be translated, the message
//! goes out as the translation with the agent's words as `original`. With a preview of
//! exactly this text the message is handed over at once; otherwise the text is translated
//! first (named in the busy line, cancellable) and sent after, if it has not changed
//! meanwhile. The draft stays until the pending message exists; a failed translation
//! leaves it untouched with the reason under the editor.

use super::{agent_language, failure, CallKind};
use crate::components::composer::{describe, ComposerCtx};
use crate::i18n::{Locale, Msg};
use leptos::prelude::*;
use switchboard_core::composer_ai::outgoing::{self, Preview};
use switchboard_core::PendingMessage;
use switchboard_protocol::TranslateRequest;

/// Takes a prepared message on its way to the outbox: gives it back when it goes out as
/// written, or takes it over when it must be translated (then it hands the translation
/// over itself, now or once translated).
pub fn outgoing_translation(
    ctx: ComposerCtx,
    pending: PendingMessage,
    locale: Locale,
) -> Option<PendingMessage> {
    let ai = ctx.ai;
    let agent = agent_language(ctx, locale);
    let (id, mode) = (pending.conversation_id, pending.visibility);
    let target = ctx
        .state
        .drafts
        .with_untracked(|d| outgoing::target(d.draft(id, mode), mode, &agent));
    let Some(target) = target.filter(|_| !pending.text.is_empty()) else {
        return Some(pending);
    };
    if untrack(|| ai.is_running(CallKind::TranslateToSend)) {
        // Send pressed again while the first press is being translated.
        return None;
    }
    let fresh = ai.preview.with_untracked(|p| {
        p.as_ref()
            .filter(|p| p.fresh_for(&pending.text, &target))
            .map(|p| p.text.clone())
    });
    if let Some(translation) = fresh {
        let channel = pending
            .channel
            .unwrap_or_else(|| untrack(|| ctx.conversation_channel()));
        match outgoing::translated(pending, &translation, &agent, &target, channel) {
            Ok(p) => {
                ctx.hand_over(p);
                // The language stays chosen for the conversation's next reply.
                ctx.state
                    .drafts
                    .update(|d| d.update(id, mode, |d| d.translate_to = Some(target.clone())));
                ai.undo.update(|u| u.clear(id, mode));
            }
            Err(problem) => ctx.problem.set(Some(describe(locale, problem))),
        }
        return None;
    }
    let source = pending.text.clone();
    let request = TranslateRequest {
        text: source.clone(),
        target_language: target.clone(),
        source_language: Some(agent),
    };
    ai.calls
        .translate(CallKind::TranslateToSend, request, move |r| match r {
            Ok(t) => {
                ai.preview.set(Some(Preview {
                    source: source.clone(),
                    target,
                    text: t.text,
                }));
                let same = ctx.open.get_untracked() == Some(id)
                    && ctx.mode.get_untracked() == mode
                    && ctx
                        .state
                        .drafts
                        .with_untracked(|d| d.get(id, mode).trim() == source);
                if same {
                    ctx.send(locale);
                } else if ctx.open.get_untracked() == Some(id) {
                    ctx.problem
                        .set(Some(locale.t(Msg::AiTextChanged).to_owned()));
                }
            }
            Err(e) => ctx
                .problem
                .set(Some(failure(locale, CallKind::TranslateToSend, &e))),
        });
    None
}
