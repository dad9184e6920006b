//! Message text with clickable links and highlighted `@mentions`.
//!
//! What becomes a link is decided by `switchboard_core::linkify` (http, https, mailto and
//! tel only) and what is a mention by `switchboard_core::mentions`; this only renders the
//! parts. Every part is a text node or an attribute value, which Leptos escapes.

use leptos::prelude::*;
use switchboard_core::linkify::{linkify, Segment};
use switchboard_core::mentions::{split_mentions, MentionPart};

/// One rendered run.
enum Part {
    Text(String),
    Link(String, String),
    Mention(String),
}

fn parts(text: &str, names: &[String]) -> Vec<Part> {
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut out = Vec::new();
    for part in split_mentions(text, &names) {
        match part {
            MentionPart::Mention(m) => out.push(Part::Mention(m.to_owned())),
            MentionPart::Text(t) => out.extend(linkify(t).into_iter().map(|s| match s {
                Segment::Text(t) => Part::Text(t.to_owned()),
                Segment::Link { text, href } => Part::Link(text.to_owned(), href),
            })),
        }
    }
    out
}

/// A paragraph of message text.
#[component]
pub fn RichText(
    /// The text as written.
    #[prop(into)]
    text: String,
    /// Names that make `@name` a mention (notes); empty for none.
    #[prop(optional)]
    names: Vec<String>,
    /// Extra class names for the paragraph.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let views = parts(&text, &names)
        .into_iter()
        .map(|p| match p {
            Part::Text(t) => t.into_any(),
            Part::Link(text, href) => view! {
                <a class="sb-message__link" href=href target="_blank" rel="noopener noreferrer">
                    {text}
                </a>
            }
            .into_any(),
            Part::Mention(m) => view! { <mark class="sb-mention">{m}</mark> }.into_any(),
        })
        .collect_view();
    view! { <p class=format!("sb-message__text {class}")>{views}</p> }
}
