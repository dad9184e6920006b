//! The query string round trip and its error messages.
use super::*;

#[test]
fn queries_survive_the_query_string() {
    let q = ConversationQuery {
        mailbox: Mailbox::Team(TeamId(3)),
        filter: ConversationFilter {
            status: vec![ConversationStatus::Open, ConversationStatus::InProgress],
            unanswered: true,
            channels: vec![Channel::Telegram, Channel::Viber],
            operators: vec![AgentId(2), AgentId(5)],
            tags: vec!["vip".into(), "доставка".into()],
            archived: true,
            q: "refund & more".into(),
        },
        sort: Sort::Longest,
        limit: Some(20),
        cursor: Some("17_3".into()),
    };
    let s = q.to_query();
    assert_eq!(ConversationQuery::parse(&s).unwrap(), q);
    assert_eq!(ConversationQuery::parse(&format!("?{s}")).unwrap(), q);
    assert_eq!(ConversationQuery::default().to_query(), "");
    assert_eq!(
        ConversationQuery::parse("").unwrap(),
        ConversationQuery::default()
    );
}

#[test]
fn decoding_is_lenient_with_broken_escapes() {
    assert_eq!(percent_decode("a+b%20c%D0%BE"), "a b cо");
    assert_eq!(percent_decode("100%"), "100%");
    assert_eq!(percent_decode("%zz%4"), "%zz%4");
}

#[test]
fn bad_values_name_their_key() {
    for (k, v) in [
        ("status", "open,lost"),
        ("channel", "fax"),
        ("operator", "x"),
        ("sort", "random"),
        ("mailbox", "team:x"),
        ("mailbox", "elsewhere"),
        ("unanswered", "maybe"),
        ("limit", "-1"),
    ] {
        assert!(ConversationQuery::from_pairs([(k, v)]).is_err(), "{k}={v}");
    }
    assert!(ConversationQuery::from_pairs([("whatever", "x")]).is_ok());
}
