//! The composer: reply or internal note, Enter to send, Shift+Enter for a new line.
//!
//! A sent message goes into the outbox at once (shown as pending with its client id) and
//! the outbox sender delivers it; the draft is cleared only after that hand-over, so no
//! word is lost.

use super::conversation::OwnTyping;
use crate::app::use_route;
use crate::i18n::{use_i18n, Count, Msg};
use crate::state::use_app;
use crate::sync::flush_outbox;
use chrono::Utc;
use leptos::html::Textarea;
use leptos::prelude::*;
use switchboard_core::compose::{self, ComposeProblem};
use switchboard_core::{OutboxState, PendingMessage};
use switchboard_protocol::{Channel, ClientMsgId, Visibility};

/// The `form` landmark named "Composer".
#[component]
pub fn Composer() -> impl IntoView {
    let state = use_app();
    let i18n = use_i18n();
    let route = use_route();
    let open = Memo::new(move |_| route.get().conversation());
    let mode = RwSignal::new(Visibility::Public);
    let editor = NodeRef::<Textarea>::new();
    let problem = RwSignal::new(None::<String>);
    let own_typing = OwnTyping::new();

    // Show the draft of the conversation and mode now in front of the agent.
    Effect::new(move || {
        let (id, m) = (open.get(), mode.get());
        let text = id.map(|id| state.drafts.with_untracked(|d| d.get(id, m).to_owned()));
        if let Some(el) = editor.get() {
            el.set_value(&text.unwrap_or_default());
        }
        problem.set(None);
    });
    let text_len = move || {
        state.drafts.with(|d| {
            open.get()
                .map_or(0, |id| d.get(id, mode.get()).chars().count())
        })
    };
    // The channel of the open conversation decides how long a reply may be.
    let channel = move || {
        open.get()
            .and_then(|id| {
                state
                    .inbox
                    .with(|i| i.conversations.get(id).map(|c| c.channel))
            })
            .unwrap_or(Channel::Other)
    };
    let max_chars = move || compose::limit(channel(), mode.get());

    let send = move || {
        let Some(id) = open.get_untracked() else {
            return;
        };
        let Some(el) = editor.get_untracked() else {
            return;
        };
        let visibility = mode.get_untracked();
        let text = match compose::check(&el.value(), untrack(channel), visibility) {
            Ok(text) => text,
            Err(ComposeProblem::Empty) => {
                problem.set(Some(i18n.t(Msg::ErrEmptyMessage).to_owned()));
                return;
            }
            Err(ComposeProblem::TooLong { over, .. }) => {
                problem.set(Some(format!(
                    "{} {}",
                    i18n.t(Msg::ErrTooLong),
                    i18n.count(Count::CharsOver, over as u64)
                )));
                return;
            }
        };
        state.inbox.update(|i| {
            i.outbox.push(PendingMessage {
                client_id: ClientMsgId(uuid::Uuid::now_v7().to_string()),
                conversation_id: id,
                text,
                visibility,
                created_at: Utc::now(),
                state: OutboxState::Sending,
            })
        });
        state
            .drafts
            .update(|d| d.set(id, visibility, String::new()));
        el.set_value("");
        problem.set(None);
        own_typing.stop();
        flush_outbox(state);
    };
    let field_name = move || {
        i18n.t(if mode.get() == Visibility::Internal {
            Msg::NoteField
        } else {
            Msg::MessageField
        })
    };

    view! {
        <form
            class="sb-composer"
            class:sb-composer--note=move || mode.get() == Visibility::Internal
            aria-label=move || i18n.t(Msg::Composer)
            on:submit=move |ev| {
                ev.prevent_default();
                send();
            }
        >
            <div class="sb-composer__modes" role="radiogroup">
                <ModeButton mode value=Visibility::Public label=Msg::Reply />
                <ModeButton mode value=Visibility::Internal label=Msg::Note />
            </div>
            <div class="sb-composer__row">
                <textarea
                    node_ref=editor
                    class="sb-composer__editor"
                    rows="1"
                    aria-label=field_name
                    placeholder=field_name
                    disabled=move || open.get().is_none()
                    aria-invalid=move || problem.with(Option::is_some).to_string()
                    aria-describedby="sb-composer-problem"
                    on:input=move |ev| {
                        if let Some(id) = open.get_untracked() {
                            let text = event_target_value(&ev);
                            own_typing.input(id, &text);
                            state.drafts.update(|d| d.set(id, mode.get_untracked(), text));
                        }
                        problem.set(None);
                    }
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" && !ev.shift_key() && !ev.is_composing() {
                            ev.prevent_default();
                            send();
                        }
                    }
                ></textarea>
                <button type="submit" class="sb-button sb-button--primary" disabled=move || open.get().is_none()>
                    {move || i18n.t(Msg::Send)}
                </button>
            </div>
            <p id="sb-composer-problem" class="sb-composer__problem" role="status">
                {move || problem.get()}
            </p>
            <p class="sb-composer__count" aria-hidden="true">
                {move || {
                    let n = text_len();
                    let max = max_chars();
                    compose::show_counter(n, max).then(|| format!("{n} / {max}"))
                }}
            </p>
        </form>
    }
}

/// One of the two mode radios (`Reply`, `Note`).
#[component]
fn ModeButton(
    /// The composer's mode.
    mode: RwSignal<Visibility>,
    /// The mode this radio selects.
    value: Visibility,
    /// Its name.
    label: Msg,
) -> impl IntoView {
    let i18n = use_i18n();
    let checked = move || mode.get() == value;
    view! {
        <button
            type="button"
            role="radio"
            class="sb-composer__mode"
            class:sb-composer__mode--note=value == Visibility::Internal
            aria-checked=move || checked().to_string()
            tabindex=move || if checked() { "0" } else { "-1" }
            on:click=move |_| mode.set(value)
            on:keydown=move |ev| {
                if matches!(ev.key().as_str(), "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown") {
                    ev.prevent_default();
                    mode.update(|m| {
                        *m = match m {
                            Visibility::Public => Visibility::Internal,
                            Visibility::Internal => Visibility::Public,
                        }
                    });
                }
            }
        >
            {move || i18n.t(label)}
        </button>
    }
}
