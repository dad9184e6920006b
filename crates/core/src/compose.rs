//! What the composer checks before a message goes into the outbox: the same rules the
//! server applies, so a message the server would refuse never leaves the editor.

use switchboard_protocol::{Channel, Visibility};

/// Why a draft cannot be sent yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComposeProblem {
    /// Nothing but white space.
    Empty,
    /// Longer than the channel accepts.
    TooLong {
        /// How many characters too many.
        over: usize,
        /// The channel's limit.
        limit: usize,
    },
}

/// The longest text a message may have: the channel's limit for a reply, the server's
/// general limit for an internal note (notes never reach the network).
pub fn limit(channel: Channel, visibility: Visibility) -> usize {
    match visibility {
        Visibility::Public => channel.max_text_chars(),
        Visibility::Internal => switchboard_protocol::SendMessage::MAX_CHARS,
    }
}

/// The text to send (trimmed), or why it cannot be sent.
pub fn check(
    text: &str,
    channel: Channel,
    visibility: Visibility,
) -> Result<String, ComposeProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ComposeProblem::Empty);
    }
    let limit = limit(channel, visibility);
    let count = text.chars().count();
    if count > limit {
        return Err(ComposeProblem::TooLong {
            over: count - limit,
            limit,
        });
    }
    Ok(text.to_owned())
}

/// Whether the length counter should show: past nine tenths of the limit.
pub fn show_counter(chars: usize, limit: usize) -> bool {
    chars > limit * 9 / 10
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_white_space_are_refused() {
        for t in ["", "  ", "\n\t "] {
            assert_eq!(
                check(t, Channel::Telegram, Visibility::Public),
                Err(ComposeProblem::Empty)
            );
        }
        assert_eq!(
            check("  hi \n", Channel::Telegram, Visibility::Public).as_deref(),
            Ok("hi")
        );
    }

    #[test]
    fn the_channel_decides_the_limit_for_replies_not_for_notes() {
        let long = "я".repeat(1001);
        assert_eq!(
            check(&long, Channel::Instagram, Visibility::Public),
            Err(ComposeProblem::TooLong {
                over: 1,
                limit: 1000
            })
        );
        assert!(
            check(&long, Channel::Instagram, Visibility::Internal).is_ok(),
            "notes stay inside"
        );
        assert!(check(&long, Channel::Telegram, Visibility::Public).is_ok());
        assert!(
            check(&"a".repeat(1000), Channel::Instagram, Visibility::Public).is_ok(),
            "the edge is allowed"
        );
    }

    #[test]
    fn the_counter_shows_near_the_limit() {
        assert!(!show_counter(900, 1000));
        assert!(show_counter(901, 1000));
    }
}
