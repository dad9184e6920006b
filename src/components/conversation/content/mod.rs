//! What a message carries, one component per kind: text, sticker, location, contact
//! card, template, email; anything this app does not know as "Unsupported message".

mod contact_card;
mod email;
mod email_frame;
mod location;
pub mod rich_text;
mod sticker;
mod template;

use crate::i18n::{use_i18n, Msg};
use contact_card::ContactCard;
use email::{EmailMessage, EmailParts};
use leptos::prelude::*;
use location::LocationCard;
use rich_text::RichText;
use sticker::Sticker;
use switchboard_protocol::Content;
use template::TemplateMessage;

/// The body of a message of any kind (attachments are shown apart).
#[component]
pub fn MessageContent(
    /// What the message carries.
    content: Content,
    /// Names that make `@name` a mention (notes); empty for none.
    #[prop(optional)]
    names: Vec<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    match content {
        // A message of files only (a voice note) has empty text: nothing to show.
        Content::Text { text } if text.trim().is_empty() => ().into_any(),
        Content::Text { text } | Content::Activity { text, .. } => {
            view! { <RichText text names /> }.into_any()
        }
        Content::Sticker { url, emoji } => view! { <Sticker url emoji /> }.into_any(),
        Content::Location {
            latitude,
            longitude,
            name,
        } => view! { <LocationCard latitude longitude name /> }.into_any(),
        Content::ContactCard { name, phone, email } => {
            view! { <ContactCard name phone email /> }.into_any()
        }
        Content::Template { name, text } => view! { <TemplateMessage name text /> }.into_any(),
        Content::Email {
            subject,
            from,
            to,
            cc,
            text,
            html,
            quoted,
        } => {
            let email = EmailParts {
                subject,
                from,
                to,
                cc,
                text,
                html,
                quoted,
            };
            view! { <EmailMessage email /> }.into_any()
        }
        Content::Unsupported => view! {
            <p class="sb-message__text sb-message__text--muted">{i18n.tr(Msg::UnsupportedMessage)}</p>
        }
        .into_any(),
    }
}
