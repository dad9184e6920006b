//! The composer's shared handle (`ComposerCtx`): which conversation and mode it writes in,
//! the draft there, the editor element, and the one way a draft becomes a pending message.
//!
//! Provided by the shell above every zone, so the log's `Quote in reply` and the composer's
//! own tools change the same draft. The draft lives in `Store::drafts` (persisted); the
//! editor shows it (`prop:value`), so text put in by a tool, a restored draft or `Edit` of a
//! refused message appears without the tool touching the element.

use super::files::FilesCtx;
use super::scoped::{Scoped, Visit};
use crate::app::use_route;
use crate::components::common::compose::ComposeRequests;
use crate::i18n::{Count, Locale, Msg};
use crate::store::outbox;
use crate::store::typing::OwnTyping;
use crate::store::viewing;
use crate::store::{use_store, Store};
use chrono::Utc;
use leptos::html::Textarea;
use leptos::prelude::*;
use switchboard_core::compose::{self, ComposeProblem};
use switchboard_core::drafts::Draft;
use switchboard_core::row_label::channel_msg;
use switchboard_core::PendingMessage;
use switchboard_protocol::{Channel, ClientMsgId, ConversationId, ReplyRef, Visibility};

/// The composer's state (`Copy`).
#[derive(Clone, Copy)]
pub struct ComposerCtx {
    /// The app state.
    pub state: Store,
    /// The conversation open (where the composer writes).
    pub open: Memo<Option<ConversationId>>,
    /// Reply or note.
    pub mode: RwSignal<Visibility>,
    /// The editor element.
    pub editor: NodeRef<Textarea>,
    /// The agent's visits of a conversation and mode (what belongs to a draft is kept
    /// for the visit it was set in).
    pub visit: Visit,
    /// Why the last send (or tool) failed, shown under the editor; it belongs to the draft
    /// it was about, so it is gone once the agent moves to another conversation or mode.
    pub problem: Scoped<Option<String>>,
    /// This agent's typing, told to the others.
    pub typing: OwnTyping,
    /// Translation and AI calls (a translated reply is sent through them).
    pub ai: super::ai::AiState,
    /// Files being attached and the voice recorder (Send waits for their uploads).
    pub files: FilesCtx,
}

impl ComposerCtx {
    /// Creates the handle and puts it in context.
    pub fn provide() -> ComposerCtx {
        let route = use_route();
        let open = Memo::new(move |_| route.get().conversation());
        let mode = RwSignal::new(Visibility::Public);
        let visit = Visit::new(open, Some(mode));
        let ctx = ComposerCtx {
            state: use_store(),
            open,
            mode,
            editor: NodeRef::new(),
            visit,
            problem: Scoped::new(visit),
            typing: OwnTyping::new(),
            ai: super::ai::AiState::new(visit),
            files: FilesCtx::new(use_store()),
        };
        provide_context(ctx);
        let i18n = crate::i18n::use_i18n();
        ComposeRequests {
            quote: Callback::new(move |quote| ctx.quote(untrack(|| i18n.locale()), quote)),
            show_draft: Callback::new(move |mode| {
                ctx.mode.set(mode);
                ctx.focus();
            }),
        }
        .provide();
        ctx
    }

    /// Makes the open draft answer `quote`, or says why a reply on this network cannot.
    pub fn quote(self, locale: Locale, quote: ReplyRef) {
        let channel = untrack(|| self.channel());
        if self.mode.get_untracked() == Visibility::Public && !channel.supports_reply() {
            self.problem.set(Some(describe(
                locale,
                ComposeProblem::QuoteNotSupported(channel),
            )));
            return;
        }
        self.update_draft(|d| d.reply_to = Some(quote));
        self.problem.set(None);
        self.focus();
    }

    /// The draft in front of the agent (reactive; blank when nothing is open).
    pub fn with_draft<T>(self, f: impl FnOnce(&Draft) -> T) -> T {
        let mode = self.mode.get();
        match self.open.get() {
            Some(id) => self.state.drafts.with(|d| f(d.draft(id, mode))),
            None => f(&Draft::default()),
        }
    }

    /// Changes the draft in front of the agent (nothing when no conversation is open).
    pub fn update_draft(self, f: impl FnOnce(&mut Draft)) {
        let Some(id) = self.open.get_untracked() else {
            return;
        };
        let mode = self.mode.get_untracked();
        self.state.drafts.update(|d| d.update(id, mode, f));
    }

    /// The channel of the open conversation (reactive).
    pub fn conversation_channel(self) -> Channel {
        self.open
            .get()
            .and_then(|id| {
                self.state
                    .inbox()
                    .with(|i| i.conversations.get(id).map(|c| c.channel))
            })
            .unwrap_or(Channel::Other)
    }

    /// The channel the reply goes out on: the draft's choice, else the conversation's.
    pub fn channel(self) -> Channel {
        self.with_draft(|d| d.channel)
            .unwrap_or_else(|| self.conversation_channel())
    }

    /// Replaces the characters `start..end` (UTF-16 offsets, as the editor counts) of the
    /// editor's text with `text`, leaves the caret after it and focuses the editor. With
    /// `None`, the current selection is replaced (a tool inserting at the caret).
    pub fn splice(self, range: Option<(u32, u32)>, text: &str) {
        let Some(el) = self.editor.get_untracked() else {
            return;
        };
        let current = el.value();
        let units: Vec<u16> = current.encode_utf16().collect();
        let (start, end) = range.unwrap_or_else(|| {
            (
                el.selection_start()
                    .ok()
                    .flatten()
                    .unwrap_or(units.len() as u32),
                el.selection_end()
                    .ok()
                    .flatten()
                    .unwrap_or(units.len() as u32),
            )
        });
        let (start, end) = (
            (start as usize).min(units.len()),
            (end as usize).clamp(start as usize, units.len()),
        );
        let mut next = String::from_utf16_lossy(&units[..start]);
        next.push_str(text);
        let caret = next.encode_utf16().count() as u32;
        next.push_str(&String::from_utf16_lossy(&units[end..]));
        el.set_value(&next);
        _ = el.set_selection_range(caret, caret);
        _ = el.focus();
        self.update_draft(|d| d.text = next);
        self.problem.set(None);
    }

    /// Puts the editor's focus back (after a tool or a popup closes).
    pub fn focus(self) {
        if let Some(el) = self.editor.get_untracked() {
            _ = el.focus();
        }
    }

    /// Sends the draft in front of the agent: it becomes a pending message in the outbox
    /// (shown at once) and the draft is cleared only after that hand-over. A draft that
    /// cannot be sent stays as it is, with the reason under the editor.
    pub fn send(self, locale: Locale) {
        let Some(id) = self.open.get_untracked() else {
            return;
        };
        let mode = self.mode.get_untracked();
        // A file still uploading (or failed) would be missing from the message.
        if let Some(why) = self.files.hold((id, mode)) {
            self.problem.set(Some(locale.t(why).to_owned()));
            return;
        }
        let conversation_channel = untrack(|| self.conversation_channel());
        let state = self.state;
        let channel = untrack(|| self.channel());
        let blocked = state.inbox().with_untracked(|i| {
            i.conversations
                .get(id)
                .and_then(|c| compose::disconnected(c, channel, mode))
        });
        if let Some(problem) = blocked {
            self.problem.set(Some(describe(locale, problem)));
            return;
        }
        // Another agent answered since this one opened the conversation: say so once, and
        // send on the next Send (the draft stays as it is).
        if mode == Visibility::Public {
            if let Some(name) = viewing::replied_since(state, id) {
                viewing::mark_seen(state, id);
                self.problem.set(Some(locale.replied_since(&name)));
                return;
            }
        }
        let cx = super::templates::send_context(state, id);
        let prepared = state.drafts.with_untracked(|d| {
            compose::prepare(
                d.draft(id, mode),
                id,
                conversation_channel,
                mode,
                ClientMsgId(uuid::Uuid::now_v7().to_string()),
                Utc::now(),
                &cx,
            )
        });
        match prepared {
            // A reply to translate goes out as its translation (translated first when the
            // preview is not of this text); the AI part hands it over then.
            Ok(pending) => {
                if let Some(pending) = super::ai::outgoing_translation(self, pending, locale) {
                    self.hand_over(pending);
                }
            }
            Err(problem) => self.problem.set(Some(describe(locale, problem))),
        }
    }

    /// Puts a prepared message into the outbox, clears the draft, and starts the sender.
    pub(super) fn hand_over(self, pending: PendingMessage) {
        let (id, mode) = (pending.conversation_id, pending.visibility);
        outbox::send(self.state, pending);
        self.state.drafts.update(|d| _ = d.take(id, mode));
        self.problem.set(None);
        self.typing.stop();
    }
}

/// The agent's words for why a draft cannot be sent.
pub fn describe(locale: Locale, problem: ComposeProblem) -> String {
    match problem {
        ComposeProblem::Empty => locale.t(Msg::ErrEmptyMessage).to_owned(),
        ComposeProblem::TooLong { over, .. } => format!(
            "{} {}",
            locale.t(Msg::ErrTooLong),
            locale.count(Count::CharsOver, over as u64)
        ),
        ComposeProblem::QuoteNotSupported(channel) => {
            locale.err_quote_not_supported(&locale.t(channel_msg(channel)))
        }
        ComposeProblem::Disconnected(account) => locale.banner_no_channel(&account),
        ComposeProblem::WindowClosed(channel) => {
            locale.err_window_closed(&locale.t(channel_msg(channel)))
        }
        ComposeProblem::UnresolvedVariables => locale.t(Msg::ErrUnresolvedVariables).to_owned(),
        ComposeProblem::TemplateParamMissing(n) => locale.err_template_param(&n.to_string()),
        ComposeProblem::TextWithTemplate => locale.t(Msg::ErrTextWithTemplate).to_owned(),
    }
}

/// The composer's handle from context.
pub fn use_composer() -> ComposerCtx {
    expect_context::<ComposerCtx>()
}
