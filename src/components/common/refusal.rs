//! A backend's refusal as one line for the agent: a headline, then the server's own words
//! when it gave any. Every zone shows refusals this way.

use crate::i18n::I18n;
use crate::store::ApiError;

/// `headline`, then the server's own words when it gave any.
pub fn refusal_line(headline: &str, e: &ApiError) -> String {
    match e.detail() {
        Some(d) => format!("{headline} {d}"),
        None => headline.to_owned(),
    }
}

/// The error's own headline, then the server's words.
pub fn refusal(i18n: I18n, e: &ApiError) -> String {
    refusal_line(i18n.t(e.msg()), e)
}
