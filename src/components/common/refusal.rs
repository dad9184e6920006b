//! A backend's refusal for the agent: a translated headline, then the server's own words
//! (English, for whoever runs the server) on a line of their own below it. Every zone shows
//! refusals this way; the paragraphs that show them keep the line break
//! (`white-space: pre-line` in the style sheets).

use crate::i18n::I18n;
use crate::store::ApiError;

/// `headline`, then on the next line the server's own words when it gave any.
pub fn refusal_line(headline: &str, e: &ApiError) -> String {
    match e.detail().filter(|d| !d.trim().is_empty()) {
        Some(d) => format!("{headline}\n{d}"),
        None => headline.to_owned(),
    }
}

/// The error's own headline, then the server's words.
pub fn refusal(i18n: I18n, e: &ApiError) -> String {
    refusal_line(i18n.t(e.msg()), e)
}
