//! The app's links (UI-CONTRACT.md), parsed from and written to the URL path.
//!
//! The four zones are one screen: the route chooses what they show, not which components
//! exist, so navigating between conversations never remounts the chat list or the panel.

use switchboard_protocol::{ConversationId, MessageId};

/// What the path asks the app to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: the inbox with nothing open.
    Inbox,
    /// `/conversations/{id}`.
    Conversation(ConversationId),
    /// `/conversations/{id}/messages/{message_id}`: open, scrolled to the message.
    Message(ConversationId, MessageId),
    /// Anything else.
    NotFound,
}

impl Route {
    /// Parses a path (without query or fragment; a trailing slash is allowed).
    pub fn parse(path: &str) -> Route {
        let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
        let id = |s: &str| s.parse::<i64>().ok().filter(|n| *n > 0);
        match parts.as_slice() {
            [""] => Route::Inbox,
            ["conversations", c] => {
                id(c).map_or(Route::NotFound, |c| Route::Conversation(ConversationId(c)))
            }
            ["conversations", c, "messages", m] => match (id(c), id(m)) {
                (Some(c), Some(m)) => Route::Message(ConversationId(c), MessageId(m)),
                _ => Route::NotFound,
            },
            _ => Route::NotFound,
        }
    }

    /// The open conversation, if any.
    pub fn conversation(self) -> Option<ConversationId> {
        match self {
            Route::Conversation(c) | Route::Message(c, _) => Some(c),
            Route::Inbox | Route::NotFound => None,
        }
    }

    /// The path of this route.
    pub fn path(self) -> String {
        match self {
            Route::Inbox | Route::NotFound => "/".into(),
            Route::Conversation(c) => format!("/conversations/{c}"),
            Route::Message(c, m) => format!("/conversations/{c}/messages/{m}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_link_of_the_contract() {
        assert_eq!(Route::parse("/"), Route::Inbox);
        assert_eq!(Route::parse(""), Route::Inbox);
        assert_eq!(
            Route::parse("/conversations/12"),
            Route::Conversation(ConversationId(12))
        );
        assert_eq!(
            Route::parse("/conversations/12/"),
            Route::Conversation(ConversationId(12))
        );
        assert_eq!(
            Route::parse("/conversations/12/messages/345"),
            Route::Message(ConversationId(12), MessageId(345))
        );
        for bad in [
            "/conversations/x",
            "/conversations/-1",
            "/conversations/0",
            "/x",
            "/conversations/1/messages/",
        ] {
            assert_eq!(Route::parse(bad), Route::NotFound, "{bad}");
        }
    }

    #[test]
    fn paths_parse_back() {
        for r in [
            Route::Inbox,
            Route::Conversation(ConversationId(3)),
            Route::Message(ConversationId(3), MessageId(9)),
        ] {
            assert_eq!(Route::parse(&r.path()), r);
        }
        assert_eq!(
            Route::Message(ConversationId(3), MessageId(9)).conversation(),
            Some(ConversationId(3))
        );
    }
}
