//! The composer (the `form` landmark named "Composer"): reply or internal note, Enter to
//! send, Shift+Enter for a new line, the quote of the message answered.
//!
//! What it writes is the draft of the open conversation and mode (`ctx`); Send turns the
//! draft into a pending message in the outbox (shown at once with its client id) and the
//! outbox sender delivers it. The draft is cleared only after that hand-over, so no word
//! is lost.
//!
//! Parts: [`ctx`] (the shared handle and the send path), [`mode_switch`], [`quote_bar`].

mod ctx;
mod mode_switch;
mod quote_bar;
mod scoped;
// @channel modules
mod channel_bar;
//
// @templates modules
mod templates;
//
// @files modules
mod files;
//
// @ai modules
mod ai;
//

pub use ctx::{describe, use_composer, ComposerCtx};

use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use mode_switch::ModeSwitch;
use quote_bar::QuoteBar;
use switchboard_core::compose;
use switchboard_protocol::{Capability, Visibility};

/// The `form` landmark named "Composer".
#[component]
pub fn Composer() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let store = crate::store::use_store();
    let (mode, problem, open) = (ctx.mode, ctx.problem, ctx.open);
    // Phones: the tools row is shown by the `More` button beside Send (hidden on wider
    // screens, where the row is always there; style/small_screens.css).
    let tools_open = RwSignal::new(false);
    let text = Memo::new(move |_| ctx.with_draft(|d| d.text.clone()));
    let text_len = move || text.with(|t| t.chars().count());
    let max_chars = move || compose::limit(ctx.channel(), mode.get());
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
            class:sb-composer--tools-open=move || tools_open.get()
            aria-label=i18n.tr(Msg::Composer)
            on:submit=move |ev| {
                ev.prevent_default();
                ctx.send(i18n.locale());
            }
        >
            <ModeSwitch />
            // Above the editor: what the message answers, where and how it goes out.
            <QuoteBar />
            // @channel above
            <channel_bar::ChannelBar />
            //
            // @templates above
            <templates::TemplatesAbove />
            //
            // @files above
            <files::FilesBar />
            //
            // @ai above
            <ai::AiAbove />
            //
            <div class="sb-composer__row">
                <textarea
                    node_ref=ctx.editor
                    class="sb-composer__editor"
                    rows="1"
                    aria-label=field_name
                    placeholder=field_name
                    prop:value=move || text.get()
                    disabled=move || open.get().is_none()
                    aria-invalid=move || problem.with(Option::is_some).to_string()
                    aria-describedby="sb-composer-problem"
                    on:input=move |ev| {
                        if let Some(id) = open.get_untracked() {
                            let text = event_target_value(&ev);
                            ctx.typing.input(id, &text);
                            ctx.update_draft(|d| d.text = text);
                        }
                        problem.set(None);
                    }
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" && !ev.shift_key() && !ev.is_composing() {
                            ev.prevent_default();
                            ctx.send(i18n.locale());
                        }
                    }
                ></textarea>
                <button
                    type="button"
                    class="sb-button sb-composer__more"
                    aria-expanded=move || tools_open.get().to_string()
                    aria-controls="sb-composer-tools"
                    on:click=move |_| tools_open.update(|o| *o = !*o)
                >
                    {i18n.tr(Msg::LayoutMore)}
                </button>
                <button type="submit" class="sb-button sb-button--primary" disabled=move || open.get().is_none()>
                    {i18n.tr(Msg::Send)}
                </button>
            </div>
            // The tools (UI-CONTRACT.md: `Attach files`, `Emoji`, `Templates`,
            // `AI suggestion`, `Translate`), each a button that opens its own panel.
            <div id="sb-composer-tools" class="sb-composer__tools" role="toolbar" aria-label=i18n.tr(Msg::ComposerTools)>
                // @templates tools
                <templates::TemplatesTools />
                //
                // @files tools
                <Show when=move || store.offers(Capability::Uploads)>
                    <files::AttachButton />
                    <files::VoiceButton />
                </Show>
                //
                // @ai tools
                <ai::AiTools />
                //
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
