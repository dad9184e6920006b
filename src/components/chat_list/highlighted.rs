//! Text with the search box's words wrapped in `<mark>`.

use leptos::prelude::*;
use switchboard_core::highlight::highlight;

/// `text`, its parts that match a word of `query` marked (the splitting is the core's
/// `highlight`, so it is safe for any script).
#[component]
pub fn Highlighted(
    /// The text shown.
    text: String,
    /// The search box's text (empty: nothing is marked).
    query: String,
) -> impl IntoView {
    highlight(&text, &query)
        .into_iter()
        .map(|s| {
            let part = s.text.to_owned();
            if s.hit {
                view! { <mark class="sb-row__mark">{part}</mark> }.into_any()
            } else {
                part.into_any()
            }
        })
        .collect_view()
}
