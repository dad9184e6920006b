//! Rules both sides apply to a contact's fields and custom values: the server refuses what
//! breaks them (422), and the app checks them first so an agent is told before anything
//! is sent. Written once, here, so the two can never disagree.

use crate::contact::{FieldKind, FieldValue};

/// Longest text custom value, in characters (also a CRM property's limit).
pub const TEXT_MAX: usize = 1000;
/// Longest link, in bytes.
pub const LINK_MAX: usize = 2048;

/// An email address: something, `@`, a domain with a dot inside; no spaces; at most 254
/// bytes.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    s.len() <= 254
        && !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A phone number: `+`, then 7 to 15 digits with spaces, dashes or brackets between.
pub fn is_phone(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('+') else {
        return false;
    };
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    (7..=15).contains(&digits)
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')'))
}

/// A decimal number as the protocol writes one: `-`? digits, optionally `.` and digits.
pub fn is_decimal(s: &str) -> bool {
    let s = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = s.split_once('.').unwrap_or((s, "0"));
    !int.is_empty()
        && !frac.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
}

/// An http(s) URL with a host, no spaces, at most [`LINK_MAX`] bytes.
pub fn is_link(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !s.chars().any(|c| c.is_whitespace() || c.is_control())
    }) && s.len() <= LINK_MAX
}

/// Why a custom value does not fit its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueProblem {
    /// Text longer than [`TEXT_MAX`].
    TextLength,
    /// Not a decimal number.
    Number,
    /// Not one of the list's options.
    ListOption,
    /// Not an http(s) URL.
    Link,
    /// A value of another type than the field's.
    Mismatch,
}

impl ValueProblem {
    /// The server's words for it (the detail of its 422).
    pub fn reason(self) -> &'static str {
        match self {
            ValueProblem::TextLength => "text longer than 1000 characters",
            ValueProblem::Number => "not a decimal number",
            ValueProblem::ListOption => "not one of the list's options",
            ValueProblem::Link => "not an http(s) URL",
            ValueProblem::Mismatch => "value type does not match the field's type",
        }
    }
}

/// Whether `value` is acceptable for a field of `kind`.
pub fn check_value(kind: &FieldKind, value: &FieldValue) -> Result<(), ValueProblem> {
    match (kind, value) {
        (FieldKind::Text, FieldValue::Text(t)) if t.chars().count() <= TEXT_MAX => Ok(()),
        (FieldKind::Text, FieldValue::Text(_)) => Err(ValueProblem::TextLength),
        (FieldKind::Number, FieldValue::Number(n)) if is_decimal(n.trim()) => Ok(()),
        (FieldKind::Number, FieldValue::Number(_)) => Err(ValueProblem::Number),
        (FieldKind::Date, FieldValue::Date(_)) | (FieldKind::Checkbox, FieldValue::Checkbox(_)) => {
            Ok(())
        }
        (FieldKind::List { options }, FieldValue::List(o)) if options.contains(o) => Ok(()),
        (FieldKind::List { .. }, FieldValue::List(_)) => Err(ValueProblem::ListOption),
        (FieldKind::Link, FieldValue::Link(l)) if is_link(l) => Ok(()),
        (FieldKind::Link, FieldValue::Link(_)) => Err(ValueProblem::Link),
        _ => Err(ValueProblem::Mismatch),
    }
}
