//! The composer's writing aids: templates (the `Templates` button and `/`), variables
//! (`$`), mentions in notes (`@`) and emoji (the `Emoji` button).
//!
//! The rules live in the core: which list the text at the caret asks for
//! (`switchboard_core::suggest`), what a template does to the draft (`templates`), the
//! variables' values (`variables`), who can be mentioned (`mention_targets`), the emoji
//! table (`emoji_pick`). Here they are drawn and wired to the editor:
//! - above the editor: the closed-window notice, the chosen template's card, the preview
//!   of the text with its variables filled, and the `/` `$` `@` suggestion list;
//! - in the tools row: the `Templates` and `Emoji` buttons with their pickers.
//!
//! Both kinds of list are one listbox component ([`suggest_list`]): in the editor it is
//! driven from the editor itself (`aria-activedescendant` on the textbox), in a picker
//! from the picker's search box (a combobox).

mod apply;
mod catalogue;
mod editor_events;
mod emoji_button;
mod facts;
mod fill_preview;
mod inline_suggest;
mod recent_emoji;
mod search_picker;
mod suggest_list;
mod template_card;
mod template_preview;
mod templates_button;
mod window_notice;

pub use facts::send_context;

use emoji_button::EmojiButton;
use fill_preview::FillPreview;
use inline_suggest::InlineSuggest;
use leptos::prelude::*;
use template_card::TemplateCard;
use templates_button::TemplatesButton;
use window_notice::WindowNotice;

/// What goes above the editor: the closed-window notice, the chosen template, the
/// preview of the text as sent, and the `/` `$` `@` list (drawn just above the editor).
#[component]
pub fn TemplatesAbove() -> impl IntoView {
    view! {
        <WindowNotice />
        <TemplateCard />
        <FillPreview />
        <InlineSuggest />
    }
}

/// The `Templates` and `Emoji` buttons of the tools row.
#[component]
pub fn TemplatesTools() -> impl IntoView {
    let store = crate::store::use_store();
    view! {
        <Show when=move || store.offers(switchboard_protocol::Capability::Templates)>
            <TemplatesButton />
        </Show>
        <EmojiButton />
    }
}
