//! Which runs of a message's text become links, and to what.
//!
//! Invariant: every `href` this module returns starts with `http://`, `https://`,
//! `mailto:` or `tel:`, whatever the text holds, so `javascript:`, `data:`, `file:` or
//! `ftp:` text stays text. Found: URLs written with `http://` or `https://`, bare `www.`
//! hosts (linked as `https://`), `mailto:` and `tel:` URIs, bare email addresses, and
//! international phone numbers written with a leading `+` (bare digit runs are order
//! numbers and amounts far more often than phones). Punctuation that ends a sentence is
//! left out of a link, and so is a closing bracket the link did not open. The texts of the
//! segments, joined, give back the input exactly.

/// A run of a text: plain, or a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Shown as it is.
    Text(&'a str),
    /// Shown as `text`, linking to `href`.
    Link {
        /// The text as written.
        text: &'a str,
        /// Where it goes (one of the four allowed schemes).
        href: String,
    },
}

/// Cuts `text` into plain runs and links.
pub fn linkify(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let (mut plain_from, mut i) = (0, 0);
    while i < text.len() {
        let found = at_boundary(text, i).then(|| link_at(&text[i..])).flatten();
        match found {
            Some((len, href)) => {
                if plain_from < i {
                    out.push(Segment::Text(&text[plain_from..i]));
                }
                out.push(Segment::Link {
                    text: &text[i..i + len],
                    href,
                });
                i += len;
                plain_from = i;
            }
            None => i += text[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    if plain_from < text.len() {
        out.push(Segment::Text(&text[plain_from..]));
    }
    out
}

/// Whether a link may start at `i`: not inside a word, an address or another URI (so
/// `ftp://www.x.org` does not link its `www.` part and `xhttp://` is not a URL).
fn at_boundary(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_none_or(|c| !(c.is_alphanumeric() || "_.+-@/:%&=?#~".contains(c)))
}

/// The length and target of a link starting exactly at the start of `s`.
fn link_at(s: &str) -> Option<(usize, String)> {
    for scheme in ["https://", "http://"] {
        if let Some(rest) = strip_prefix_ci(s, scheme) {
            let len = url_len(rest)?;
            return Some((scheme.len() + len, format!("{scheme}{}", &rest[..len])));
        }
    }
    if let Some(rest) = strip_prefix_ci(s, "mailto:") {
        let len = email_len(rest)?;
        return Some((7 + len, format!("mailto:{}", &rest[..len])));
    }
    if let Some(rest) = strip_prefix_ci(s, "tel:") {
        let (len, number) = phone(rest, false)?;
        return Some((4 + len, format!("tel:{number}")));
    }
    if strip_prefix_ci(s, "www.").is_some() {
        let len = url_len(s)?;
        return s[..len]
            .contains('.')
            .then(|| (len, format!("https://{}", &s[..len])));
    }
    if s.starts_with('+') {
        let (len, number) = phone(s, true)?;
        return Some((len, format!("tel:{number}")));
    }
    let len = email_len(s)?;
    Some((len, format!("mailto:{}", &s[..len])))
}

/// `s` without its leading `prefix` (ASCII, any case).
fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// The length of the URL body at the start of `s`: up to white space or a character that
/// cannot be in a written URL, without trailing punctuation or unopened brackets. `None`
/// when nothing that can be a host starts it.
fn url_len(s: &str) -> Option<usize> {
    if !s.chars().next()?.is_alphanumeric() && !s.starts_with('[') {
        return None;
    }
    let end = s
        .find(|c: char| c.is_whitespace() || c.is_control() || "<>\"`{}|\\^".contains(c))
        .unwrap_or(s.len());
    let mut body = &s[..end];
    // Brackets counted once and kept up to date as the end is trimmed: counting them again
    // for each trimmed character made `http://a)))…` quadratic (a long run froze the tab).
    let count = |c: char| body.matches(c).count();
    let mut brackets = [count('('), count(')'), count('['), count(']')];
    loop {
        let last = body.chars().next_back()?;
        let unopened = |open: usize| brackets[open] < brackets[open + 1];
        let trim = match last {
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '*' | '…' | '»' | '”' | '’' | '›' => {
                true
            }
            ')' => unopened(0),
            ']' => unopened(2),
            _ => false,
        };
        if !trim {
            return Some(body.len());
        }
        match last {
            ')' => brackets[1] -= 1,
            ']' => brackets[3] -= 1,
            _ => {}
        }
        body = &body[..body.len() - last.len_utf8()];
    }
}

/// The length of an email address at the start of `s` (`local@host.tld`, ASCII).
fn email_len(s: &str) -> Option<usize> {
    let local = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || "._%+-".contains(c)))
        .unwrap_or(s.len());
    if local == 0 || s.starts_with('.') || !s[local..].starts_with('@') {
        return None;
    }
    let domain = &s[local + 1..];
    let mut len = domain
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '.'))
        .unwrap_or(domain.len());
    // A sentence may end right after the address.
    while len > 0 && matches!(domain.as_bytes()[len - 1], b'.' | b'-') {
        len -= 1;
    }
    let host = &domain[..len];
    let tld = host.rsplit('.').next()?;
    let valid = host.contains('.')
        && host.split('.').all(|l| !l.is_empty())
        && tld.len() >= 2
        && tld.chars().all(|c| c.is_ascii_alphabetic());
    valid.then_some(local + 1 + len)
}

/// Fewest and most digits of a phone number (E.164 allows 15).
const PHONE_DIGITS: std::ops::RangeInclusive<usize> = 7..=15;

/// A phone number at the start of `s`: its length as written and its digits (with the
/// `+`). Single spaces, dashes, dots and brackets may separate digit groups. `bare`: no
/// `tel:` before it, so it must start with `+` and end before a letter or digit.
fn phone(s: &str, bare: bool) -> Option<(usize, String)> {
    let mut number = String::new();
    let (mut len, mut separators) = (0, 0);
    for (i, c) in s.char_indices() {
        match c {
            '+' if i == 0 => number.push('+'),
            '0'..='9' => {
                number.push(c);
                len = i + 1;
                separators = 0;
            }
            // `+1 (555) 123-4567`: at most two in a row, as in `) ` or ` (`.
            ' ' | '-' | '.' | '(' | ')' if i > 0 && separators < 2 => separators += 1,
            _ => break,
        }
    }
    let digits = number.chars().filter(char::is_ascii_digit).count();
    let followed_by_word = s[len..].chars().next().is_some_and(char::is_alphanumeric);
    let ok = PHONE_DIGITS.contains(&digits) && !(bare && followed_by_word);
    ok.then_some((len, number))
}

#[cfg(test)]
mod tests;
