//! Demo content per language: contact names, conversation scripts and the one-off messages
//! simulated customers send. Scripts alternate customer and agent lines, customer first.

mod de;
mod en;
mod es;
mod fr;
mod ru;
mod uk;

/// One line of a script.
#[derive(Clone, Copy, Debug)]
pub enum Line {
    /// The customer writes.
    C(&'static str),
    /// The agent answers.
    A(&'static str),
}

/// A conversation script about one topic.
#[derive(Clone, Copy, Debug)]
pub struct Thread {
    /// The conversation tag the topic implies (`"delivery"`).
    pub tag: &'static str,
    /// The lines, customer first, alternating.
    pub lines: &'static [Line],
}

/// Everything demo data needs for one language.
#[derive(Clone, Copy, Debug)]
pub struct Lang {
    /// BCP 47 code (`"uk"`).
    pub code: &'static str,
    /// Countries its contacts live in (ISO 3166 alpha-2).
    pub countries: &'static [&'static str],
    /// Phone prefix for made-up numbers.
    pub phone_prefix: &'static str,
    /// Currency of its deals.
    pub currency: &'static str,
    /// Contact names (at least 12, all different).
    pub names: &'static [&'static str],
    /// Conversation scripts.
    pub threads: &'static [Thread],
    /// Single messages simulated customers send.
    pub simulated: &'static [&'static str],
}

/// Every demo language.
pub const LANGS: [&Lang; 6] = [
    &ru::LANG,
    &uk::LANG,
    &fr::LANG,
    &en::LANG,
    &es::LANG,
    &de::LANG,
];

/// The language with this code, or English.
pub fn lang(code: &str) -> &'static Lang {
    LANGS
        .into_iter()
        .find(|l| l.code == code)
        .unwrap_or(&en::LANG)
}
