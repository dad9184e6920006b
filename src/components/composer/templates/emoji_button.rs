//! The `Emoji` button (UI-CONTRACT.md) and its picker: a grid searched by name or
//! shortcode (`rocket`, `:tada:`), with the agent's recent emoji first when nothing is
//! typed. The choice goes in at the caret and joins the recent ones.

use super::recent_emoji;
use super::search_picker::SearchPicker;
use super::suggest_list::{Item, Section};
use crate::components::composer::scoped::{Scoped, Visit};
use crate::components::composer::use_composer;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_core::emoji_pick::{search, Emoji};

/// Emoji per row of the grid (matches the picker's width in composer_templates.css).
const COLUMNS: usize = 8;

/// The button, and the picker while it is open.
#[component]
pub fn EmojiButton() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    // The picker belongs to the conversation it was opened in (kept for that visit).
    let open = Scoped::<bool>::new(Visit::new(ctx.open, None));
    view! {
        <div class="sb-tpl-tool">
            <button
                type="button"
                class="sb-button sb-button--small sb-button--ghost"
                aria-haspopup="dialog"
                aria-expanded=move || open.get().to_string()
                disabled=move || ctx.open.get().is_none()
                // Pressing the button keeps the focus where it is, so an open picker
                // does not close on losing it and reopen on the click.
                on:mousedown=|ev| ev.prevent_default()
                on:click=move |_| {
                    if open.get_untracked() {
                        open.set(false);
                        ctx.focus();
                    } else {
                        open.set(true);
                    }
                }
            >
                {i18n.tr(Msg::Emoji)}
            </button>
            <Show when=move || open.get()>
                <EmojiPicker open />
            </Show>
        </div>
    }
}

/// An emoji as an option: its glyph, named by its CLDR name.
fn item(e: Emoji) -> Item {
    Item {
        label: e.name().to_owned(),
        glyph: Some(e.as_str().to_owned()),
        detail: None,
    }
}

/// The open picker.
#[component]
fn EmojiPicker(
    /// Cleared when the picker closes.
    open: Scoped<bool>,
) -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(0usize);
    let recent = recent_emoji::load().emojis();
    // The options in order, in their sections.
    let found = Memo::new(move |_| {
        query.with(|q| {
            let hits = search(q);
            let mut sections: Vec<(Option<Msg>, Vec<Emoji>)> = Vec::new();
            if q.trim().is_empty() {
                if !recent.is_empty() {
                    sections.push((Some(Msg::EmojiRecent), recent.clone()));
                }
                sections.push((Some(Msg::EmojiSmileys), hits));
            } else {
                sections.push((None, hits));
            }
            sections
        })
    });
    let sections = Signal::derive(move || {
        found.with(|f| {
            f.iter()
                .map(|(h, list)| Section {
                    heading: h.map(|m| i18n.t(m).to_owned()),
                    items: list.iter().copied().map(item).collect(),
                })
                .collect()
        })
    });
    let status = Signal::derive(move || {
        found
            .with(|f| f.iter().all(|(_, g)| g.is_empty()))
            .then(|| i18n.t(Msg::SearchNoMatches).to_owned())
    });
    let choose = move |n: usize| {
        let Some(glyph) = found.with_untracked(|f| {
            f.iter()
                .flat_map(|(_, list)| list)
                .nth(n)
                .map(|e| e.as_str().to_owned())
        }) else {
            return;
        };
        recent_emoji::used(&glyph);
        open.set(false);
        ctx.splice(None, &glyph);
    };
    let close = move |back: bool| {
        open.set(false);
        if back {
            ctx.focus();
        }
    };
    view! {
        <SearchPicker
            list_id="sb-emoji-list"
            label=Signal::derive(move || i18n.t(Msg::Emoji).to_owned())
            search_label=Signal::derive(move || i18n.t(Msg::SearchEmoji).to_owned())
            query
            sections
            active
            on_choose=Callback::new(choose)
            on_close=Callback::new(close)
            columns=COLUMNS
            status
        />
    }
}
