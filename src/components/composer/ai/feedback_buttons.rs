//! `Like` and `Dislike` for one suggestion (`POST /ai/feedback`). Every third dislike the
//! agent gives (counted per agent, kept across reloads) asks first for a short comment,
//! which goes with that dislike; `Skip` sends it without.

use super::store;
use super::tr;
use crate::components::common::refusal_line;
use crate::components::composer::use_composer;
use crate::i18n::{use_i18n, Msg};
use crate::store::ai;
use leptos::html::Textarea;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::composer_ai::feedback::{comment, MAX_COMMENT};
use switchboard_protocol::{Feedback, Verdict};

/// The two buttons, the comment form when asked, and what became of the feedback.
#[component]
pub fn FeedbackButtons(
    /// The suggestion judged (`Suggestion::id`).
    suggestion_id: String,
) -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let id = StoredValue::new(suggestion_id);
    // The verdict the server has, once it answered.
    let given = RwSignal::new(None::<Verdict>);
    let asking = RwSignal::new(false);
    let words = RwSignal::new(String::new());
    let note = RwSignal::new(None::<String>);
    let field = NodeRef::<Textarea>::new();

    let send = move |verdict: Verdict, comment: Option<String>| {
        let body = Feedback {
            suggestion_id: id.get_value(),
            verdict,
            comment,
        };
        spawn_local(async move {
            let r = ai::feedback(&body).await;
            let locale = i18n.locale();
            let _ = note.try_set(Some(match r {
                Ok(()) => {
                    let _ = given.try_set(Some(verdict));
                    locale.t(Msg::AiThanks).to_owned()
                }
                Err(e) => refusal_line(
                    &format!("{}. {}", locale.t(Msg::AiErrFeedback), locale.t(e.msg())),
                    &e,
                ),
            }));
        });
    };
    let press = move |verdict: Verdict| {
        note.set(None);
        if store::record_verdict(ctx.state, verdict) {
            asking.set(true);
            return;
        }
        asking.set(false);
        send(verdict, None);
    };
    let finish = move |with_comment: bool| {
        let text = with_comment
            .then(|| comment(&words.get_untracked()))
            .flatten();
        asking.set(false);
        send(Verdict::Dislike, text);
    };
    Effect::new(move || {
        if let Some(el) = field.get() {
            let _ = el.focus();
        }
    });
    let pressed = move |v: Verdict| move || (given.get() == Some(v)).to_string();
    view! {
        <button
            type="button"
            class="sb-button sb-button--small sb-ai-feedback__button"
            aria-pressed=pressed(Verdict::Like)
            on:click=move |_| press(Verdict::Like)
        >
            {tr(i18n, Msg::AiLike)}
        </button>
        <button
            type="button"
            class="sb-button sb-button--small sb-ai-feedback__button"
            aria-pressed=pressed(Verdict::Dislike)
            on:click=move |_| press(Verdict::Dislike)
        >
            {tr(i18n, Msg::AiDislike)}
        </button>
        <span class="sb-ai-feedback__note" role="status">{move || note.get()}</span>
        <Show when=move || asking.get()>
            <div class="sb-ai-feedback" role="group" aria-label=tr(i18n, Msg::AiCommentLabel)>
                <label class="sb-ai-feedback__label">
                    <span>{tr(i18n, Msg::AiCommentLabel)}</span>
                    <textarea
                        node_ref=field
                        class="sb-input sb-ai-feedback__comment"
                        rows="2"
                        maxlength=MAX_COMMENT.to_string()
                        prop:value=move || words.get()
                        on:input=move |ev| words.set(event_target_value(&ev))
                    ></textarea>
                </label>
                <button type="button" class="sb-button sb-button--small sb-button--primary" on:click=move |_| finish(true)>
                    {tr(i18n, Msg::AiSendComment)}
                </button>
                <button type="button" class="sb-button sb-button--small" on:click=move |_| finish(false)>
                    {tr(i18n, Msg::AiSkip)}
                </button>
            </div>
        </Show>
    }
}
