//! `Retry-After` (RFC 9110 §10.2.3): how long a `429` or `503` asks the client to wait,
//! given as whole seconds (`7`) or as an HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`).
//!
//! The wait is capped ([`MAX_WAIT_SECS`]) so that a wrong date or a huge number from a
//! proxy never parks the outbox for days; a date already past means "now".

use chrono::{DateTime, Utc};
use std::time::Duration;

/// The longest wait honoured: an hour.
pub const MAX_WAIT_SECS: u64 = 3_600;

/// The wait a `Retry-After` value asks for, seen at `now`; `None` when the value is
/// neither form (the caller then uses its own pause).
pub fn parse(value: &str, now: DateTime<Utc>) -> Option<Duration> {
    let value = value.trim();
    let secs = if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // A number too long for u64 is still "very long": the cap.
        value.parse::<u64>().unwrap_or(MAX_WAIT_SECS)
    } else {
        let at = DateTime::parse_from_rfc2822(value)
            .ok()?
            .with_timezone(&Utc);
        let ms = (at - now).num_milliseconds().max(0) as u64;
        // Round up: a date one and a half seconds away is not reached after one.
        ms.div_ceil(1_000)
    };
    Some(Duration::from_secs(secs.min(MAX_WAIT_SECS)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-12-07T12:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn seconds() {
        assert_eq!(parse("7", now()), Some(Duration::from_secs(7)));
        assert_eq!(parse(" 0 ", now()), Some(Duration::ZERO));
        assert_eq!(
            parse("99999999999999999999999", now()),
            Some(Duration::from_secs(MAX_WAIT_SECS))
        );
    }

    #[test]
    fn an_http_date() {
        assert_eq!(
            parse("Mon, 07 Dec 2026 12:00:07 GMT", now()),
            Some(Duration::from_secs(7))
        );
        assert_eq!(
            parse("Mon, 07 Dec 2026 11:00:00 GMT", now()),
            Some(Duration::ZERO),
            "a date past is now"
        );
        assert_eq!(
            parse("Tue, 08 Dec 2026 12:00:00 GMT", now()),
            Some(Duration::from_secs(MAX_WAIT_SECS)),
            "capped"
        );
    }

    #[test]
    fn anything_else_is_no_answer() {
        for v in ["", "-7", "7.5", "soon", "7s"] {
            assert_eq!(parse(v, now()), None, "{v:?}");
        }
    }
}
