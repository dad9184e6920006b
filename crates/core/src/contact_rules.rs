//! The rules a contact's fields and custom values follow, in the agent's terms. The
//! formats both sides apply (email, phone, decimal, link, a custom value against its
//! field) are written once in `switchboard_protocol::rules`, which the server calls for
//! `PATCH /contacts/{id}` too (docs/protocol/contacts.md states them). The app checks them
//! first, so a bad value is refused with a clear message before anything is sent; the
//! server checks again and has the last word.
//!
//! Invariant: for every input, [`is_email`], [`is_phone`], [`is_country`] and
//! [`check_value`] answer as the server does (crates/server/tests/server/contact_rules.rs
//! sends the cases below to a real server and compares).

use crate::i18n::Msg;
use chrono::NaiveDate;
use switchboard_protocol::{FieldKind, FieldValue};

/// Longest name, in characters.
pub const NAME_MAX: usize = 200;
/// Longest tag, in characters.
pub const TAG_MAX: usize = 50;
use switchboard_protocol::rules::ValueProblem;
pub use switchboard_protocol::rules::{
    is_decimal, is_email, is_link, is_phone, LINK_MAX, TEXT_MAX,
};

/// Why a value is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A name empty or longer than [`NAME_MAX`].
    NameLength,
    /// Not an email address.
    Email,
    /// Not `+` and 7 to 15 digits.
    Phone,
    /// Not two uppercase letters.
    Country,
    /// A tag longer than [`TAG_MAX`].
    TagLength,
    /// Text longer than [`TEXT_MAX`].
    TextLength,
    /// Not a decimal number.
    Number,
    /// Not a calendar date.
    Date,
    /// Not one of a list's options.
    ListOption,
    /// Not an http(s) URL.
    Link,
}

impl Problem {
    /// The message that tells the agent what a good value looks like.
    pub fn msg(self) -> Msg {
        match self {
            Problem::NameLength => Msg::ErrNameLength,
            Problem::Email => Msg::ErrEmailFormat,
            Problem::Phone => Msg::ErrPhoneFormat,
            Problem::Country => Msg::ErrCountryFormat,
            Problem::TagLength => Msg::ErrTagLength,
            Problem::TextLength => Msg::ErrTextLength,
            Problem::Number => Msg::ErrNumberFormat,
            Problem::Date => Msg::ErrDateFormat,
            Problem::ListOption => Msg::ErrListOption,
            Problem::Link => Msg::ErrLinkFormat,
        }
    }
}

/// A name: 1 to 200 characters once trimmed.
pub fn is_name(s: &str) -> bool {
    let n = s.trim().chars().count();
    (1..=NAME_MAX).contains(&n)
}

/// A country: ISO 3166 alpha-2, two uppercase letters.
pub fn is_country(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// A tag: 1 to 50 characters, not only spaces.
pub fn is_tag(s: &str) -> bool {
    !s.trim().is_empty() && s.chars().count() <= TAG_MAX
}

/// Whether `value` is acceptable for a field of `kind` (the protocol's rule, which the
/// server applies too), in the agent's terms.
pub fn check_value(kind: &FieldKind, value: &FieldValue) -> Result<(), Problem> {
    switchboard_protocol::rules::check_value(kind, value).map_err(|p| match (p, kind) {
        (ValueProblem::TextLength, _) => Problem::TextLength,
        (ValueProblem::Number, _) => Problem::Number,
        (ValueProblem::ListOption, _) => Problem::ListOption,
        (ValueProblem::Link, _) => Problem::Link,
        // A value of another type: what a good value of the field looks like.
        (ValueProblem::Mismatch, FieldKind::Number) => Problem::Number,
        (ValueProblem::Mismatch, FieldKind::Date) => Problem::Date,
        (ValueProblem::Mismatch, FieldKind::Link) => Problem::Link,
        (ValueProblem::Mismatch, FieldKind::Text) => Problem::TextLength,
        // A checkbox's editor only makes booleans; anything else is a programming error.
        (ValueProblem::Mismatch, FieldKind::List { .. } | FieldKind::Checkbox) => {
            Problem::ListOption
        }
    })
}

/// What an editor's text means for a field of `kind`: `Ok(None)` for an empty input (the
/// field is cleared), the typed value when it follows the rules, else why not.
///
/// Numbers and links are trimmed (an agent's stray space is not a mistake); text is kept
/// as typed. A checkbox's text is `"true"` or `"false"`; a date is `YYYY-MM-DD` (what a
/// date input gives).
pub fn parse_value(kind: &FieldKind, raw: &str) -> Result<Option<FieldValue>, Problem> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    let value = match kind {
        FieldKind::Text => FieldValue::Text(raw.to_owned()),
        FieldKind::Number => FieldValue::Number(raw.trim().to_owned()),
        FieldKind::Date => FieldValue::Date(
            NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| Problem::Date)?,
        ),
        FieldKind::List { .. } => FieldValue::List(raw.to_owned()),
        FieldKind::Checkbox => FieldValue::Checkbox(match raw.trim() {
            "true" => true,
            "false" => false,
            _ => return Err(Problem::ListOption),
        }),
        FieldKind::Link => FieldValue::Link(raw.trim().to_owned()),
    };
    check_value(kind, &value)?;
    Ok(Some(value))
}

/// The editor's text for a stored value (the inverse of [`parse_value`]).
pub fn raw_value(value: &FieldValue) -> String {
    match value {
        FieldValue::Text(s) | FieldValue::Number(s) | FieldValue::List(s) | FieldValue::Link(s) => {
            s.clone()
        }
        FieldValue::Date(d) => d.format("%Y-%m-%d").to_string(),
        FieldValue::Checkbox(b) => b.to_string(),
    }
}

/// Cases shared with the server's agreement test: `(input, accepted)`.
pub mod cases {
    /// Email inputs and whether they are addresses.
    pub const EMAILS: &[(&str, bool)] = &[
        ("olena@mail.example", true),
        ("a@b.co", true),
        ("olena@mail", false),
        ("olena.mail.example", false),
        ("olena@@mail.example", false),
        ("ol ena@mail.example", false),
        ("@mail.example", false),
        ("olena@.example", false),
        ("olena@mail.example.", false),
    ];
    /// Phone inputs and whether they are numbers.
    pub const PHONES: &[(&str, bool)] = &[
        ("+380 67 123 45 67", true),
        ("+1 (555) 010-0199", true),
        ("+1234567", true),
        ("+123456", false),
        ("+1234567890123456", false),
        ("380671234567", false),
        ("+380 67 123 45 6x", false),
        ("+380.67.123.45.67", false),
    ];
    /// Country inputs and whether they are ISO codes.
    pub const COUNTRIES: &[(&str, bool)] = &[
        ("UA", true),
        ("PL", true),
        ("ua", false),
        ("UKR", false),
        ("U", false),
        ("U1", false),
    ];
    /// Number inputs and whether they are decimals.
    pub const NUMBERS: &[(&str, bool)] = &[
        ("1250.50", true),
        ("990", true),
        ("-3.5", true),
        (" 42 ", true),
        ("12abc", false),
        ("1,5", false),
        ("1.", false),
        (".5", false),
        ("1e3", false),
        ("-", false),
    ];
    /// Link inputs and whether they are http(s) URLs.
    pub const LINKS: &[(&str, bool)] = &[
        ("https://nova-retail.example", true),
        ("http://shop.example/a?b=c#d", true),
        ("nova-retail.example", false),
        ("ftp://files.example", false),
        ("https://", false),
        ("https://a b.example", false),
    ];
}

#[cfg(test)]
mod tests;
