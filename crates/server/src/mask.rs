//! Phone masking: the one place that decides what of a phone number an agent may see.
//!
//! Invariants: when the workspace masks phones (`Settings::phone_masking`) and the agent
//! lacks `view_phone_numbers`, no digit of a phone number leaves the server except its
//! country code and its last two digits: not in `Contact::phone`, not in a CRM property
//! keyed `phone`, not in a channel address that is a phone number. REST answers mask for
//! the requesting agent; socket events carry the form of the least privileged agent
//! ([`mask_for_broadcast`]) plus, when that hid something, a privileged form the socket
//! sends to agents who may see the numbers (`crate::events::append_contact`).

use switchboard_protocol::{Contact, Permissions, Role, Settings};

/// The dot that stands for a hidden digit.
const DOT: char = '•';

/// Country calling codes of two digits (zones 2–9); `1` and `7` are one digit, all others
/// three (ITU-T E.164 assignments).
const TWO_DIGIT: [u8; 44] = [
    20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56,
    57, 58, 60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
];

/// How many leading digits of an international number are its country code.
fn country_code_len(digits: &[u8]) -> usize {
    match digits {
        [b'1' | b'7', ..] => 1,
        [a, b, ..] if TWO_DIGIT.contains(&((a - b'0') * 10 + (b - b'0'))) => 2,
        _ => 3,
    }
}

/// Whether a string looks like a phone number (`+` and digits, spaces, dashes, brackets).
pub fn looks_like_phone(s: &str) -> bool {
    let s = s.trim();
    s.starts_with('+')
        && s.chars().filter(char::is_ascii_digit).count() >= 5
        && s[1..]
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')'))
}

/// Masks a phone number: `"+380 67 123 45 67"` → `"+380 •• ••• •• 67"`. The country code
/// (the first group when the number is written in groups) and the last two digits stay;
/// every other digit becomes a dot. Text that is not a phone number becomes all dots.
pub fn mask_phone(phone: &str) -> String {
    let phone = phone.trim();
    let digits: Vec<u8> = phone.bytes().filter(u8::is_ascii_digit).collect();
    if !phone.starts_with('+') || digits.len() < 5 {
        return phone.chars().map(|_| DOT).collect();
    }
    let grouped = phone.contains(' ');
    let cc = match phone[1..].split_once(' ') {
        Some((first, _)) if grouped && (1..=3).contains(&first.len()) => first.len(),
        _ => country_code_len(&digits),
    };
    let keep_tail = digits.len() - 2;
    let mut out = String::from("+");
    let mut seen = 0;
    for c in phone[1..].chars() {
        if c.is_ascii_digit() {
            out.push(if seen < cc || seen >= keep_tail {
                c
            } else {
                DOT
            });
            seen += 1;
            if !grouped && seen == cc {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The contact as `permissions` may see it under `settings`.
pub fn mask_contact(
    mut contact: Contact,
    permissions: Permissions,
    settings: &Settings,
) -> Contact {
    if !settings.phone_masking || permissions.view_phone_numbers {
        return contact;
    }
    if let Some(phone) = contact.phone.take() {
        contact.phone = Some(mask_phone(&phone));
        contact.phone_masked = true;
    }
    for group in &mut contact.crm {
        for p in group.properties.iter_mut().filter(|p| p.key == "phone") {
            p.value = mask_phone(&p.value);
            p.original = mask_phone(&p.original);
        }
    }
    for ch in contact.channels.iter_mut() {
        if looks_like_phone(&ch.address) {
            ch.address = mask_phone(&ch.address);
        }
    }
    contact
}

/// The contact as the least privileged agent may see it: what `contact_updated` events
/// carry, since the socket sends the same event to every agent.
pub fn mask_for_broadcast(contact: Contact, settings: &Settings) -> Contact {
    mask_contact(contact, Permissions::of(Role::Agent), settings)
}

#[cfg(test)]
mod tests {
    use super::mask_phone;

    #[test]
    fn keeps_country_code_and_last_two_digits() {
        assert_eq!(mask_phone("+380 67 123 45 67"), "+380 •• ••• •• 67");
        assert_eq!(mask_phone("+380671234567"), "+380 •••••••67");
        assert_eq!(mask_phone("+14155550123"), "+1 ••••••••23");
        assert_eq!(mask_phone("+49 151 2345 6789"), "+49 ••• •••• ••89");
        assert_eq!(mask_phone("garbage"), "•••••••");
    }
}
