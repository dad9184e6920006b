//! A message sent from an approved template.
//!
//! The protocol carries the template's name and the text as sent; it has no buttons
//! (quick replies), so none are shown.

use super::rich_text::RichText;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;

/// The template's name as a label above the text as sent.
#[component]
pub fn TemplateMessage(
    /// The template's name.
    name: String,
    /// The text as sent, parameters filled in.
    text: String,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="sb-card sb-card--template">
            <p class="sb-card__kind">
                {i18n.tr(Msg::TemplateLabel)} ": "
                <span class="sb-card__name">{name}</span>
            </p>
            <RichText text />
        </section>
    }
}
