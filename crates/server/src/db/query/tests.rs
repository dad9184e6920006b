//! The query builder: `LIKE` escaping, cursors, and which index a mailbox takes.

use super::{like, parse_cursor, Sort};

#[test]
fn like_escapes_and_cursors_name_their_sort() {
    assert_eq!(like(r"50%_a\b"), r"%50\%\_a\\b%");
    assert_eq!(parse_cursor("oldest_17_3", Sort::Oldest).unwrap(), (17, 3));
    assert!(parse_cursor("oldest_17_3", Sort::Newest).is_err());
    assert!(parse_cursor("newest_x_3", Sort::Newest).is_err());
    assert!(parse_cursor("17_3", Sort::Newest).is_err());
}

/// The mentions mailbox (its list and its count) looks only at the messages that
/// mention someone, through the partial index (migration 011).
#[test]
fn the_mentions_mailbox_uses_the_partial_index() {
    use switchboard_protocol::{Agent, AgentId, ConversationFilter, Mailbox};
    let dir = tempfile::tempdir().unwrap();
    let conn = crate::db::open(&dir.path().join("x.sqlite3")).unwrap();
    let agent = Agent {
        id: AgentId(1),
        name: "A".into(),
        email: "a@example.invalid".into(),
        language: "en".into(),
        role: Default::default(),
        presence: Default::default(),
    };
    let scope = super::Scope::of(agent);
    let w = super::build(
        &conn,
        &scope,
        Mailbox::Mentions,
        &ConversationFilter::default(),
        false,
    )
    .unwrap();
    let sql = format!(
        "SELECT COUNT(*) FROM conversations c \
         JOIN contacts k ON k.id = c.contact_id WHERE {}",
        w.sql()
    );
    let plan = crate::db::query_plan(&conn, &sql, rusqlite::params_from_iter(w.args.iter()));
    assert!(
        plan.iter()
            .any(|step| step.contains("messages_with_mentions")),
        "{plan:?}"
    );
}
