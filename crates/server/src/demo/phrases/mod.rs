//! Demo content per language: contact names, conversation scripts and the one-off messages
//! simulated customers send. Scripts alternate customer and agent lines, customer first.
//!
//! Every customer text comes with its English translation (the demo agent reads English):
//! `Some` in every language but English, `None` in English, where there is nothing to
//! translate. Agents' own replies carry none: they are shown as written.

use switchboard_protocol::MessageTranslation;

mod de;
mod en;
mod es;
mod fr;
mod ru;
mod uk;

/// One line of a script.
#[derive(Clone, Copy, Debug)]
pub enum Line {
    /// The customer writes: the text and its English translation (`None` in English).
    C(&'static str, Option<&'static str>),
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
    /// Single messages simulated customers send, each with its English translation (`None`
    /// in English).
    pub simulated: &'static [(&'static str, Option<&'static str>)],
}

impl Lang {
    /// The stored translation of a customer text in this language, from its English
    /// rendering (`None` for English texts).
    pub fn translation(&self, english: Option<&str>) -> Option<MessageTranslation> {
        english.map(|text| MessageTranslation {
            text: text.into(),
            language: "en".into(),
            content_language: self.code.into(),
        })
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every customer text has an English translation, except in English.
    #[test]
    fn customer_texts_are_translated_except_in_english() {
        for lang in LANGS {
            let english = lang.code == "en";
            for thread in lang.threads {
                for line in thread.lines {
                    if let Line::C(text, tr) = line {
                        assert_eq!(tr.is_none(), english, "{}: {text}", lang.code);
                    }
                }
            }
            for (text, tr) in lang.simulated {
                assert_eq!(tr.is_none(), english, "{}: {text}", lang.code);
            }
        }
    }
}
