//! `--demo-bulk N`: N more conversations in the list and its counts, and a cursor that
//! pages through all of them, each once, in the sort's order.

use crate::common::{demo, Server};
use crate::util::{all, counts};
use std::collections::BTreeSet;
use switchboard_protocol::Author;
use switchboard_server::Config;

const BULK: usize = 300;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bulk_adds_conversations_that_page_once_each_in_order() {
    let (_plain_dir, plain, t) = demo().await;
    let before = counts(&plain, &t, "").await;
    let plain_rows = all(&plain, &t, "", 200).await;
    let first_bulk = plain_rows.iter().map(|c| c.id.0).max().unwrap_or(0) + 1;
    plain.stop().await;

    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::new(dir.path().to_path_buf(), dir.path().join("no-such-dist"));
    config.demo = true;
    config.demo_bulk = BULK;
    let s = Server::start_with(&config).await;
    let t = s.sign_in().await;
    let after = counts(&s, &t, "").await;
    assert_eq!(after.all, before.all + BULK as u32);

    // `all` checks every page's total and that the pages add up to it.
    let rows = all(&s, &t, "", 200).await;
    assert_eq!(rows.len(), plain_rows.len() + BULK);
    let ids: BTreeSet<i64> = rows.iter().map(|c| c.id.0).collect();
    assert_eq!(ids.len(), rows.len(), "an id came twice");
    for w in rows.windows(2) {
        let key = |c: &switchboard_protocol::ConversationSummary| (c.last_activity_at, c.id);
        assert!(
            key(&w[0]) > key(&w[1]),
            "{:?} before {:?}",
            w[0].id,
            w[1].id
        );
    }
    // A bulk row's denormalised fields agree with its last message.
    let bulk: Vec<_> = rows.iter().filter(|c| c.id.0 >= first_bulk).collect();
    assert_eq!(bulk.len(), BULK);
    for c in bulk {
        let last = c.last_message.as_ref().expect("a last message");
        assert_eq!(last.created_at, c.last_activity_at, "{}", c.id);
        assert_eq!(
            matches!(last.author, Author::Contact),
            c.unanswered,
            "{}",
            c.id
        );
        assert!(c.status_since.is_some_and(|t| t <= c.last_activity_at));
    }
    s.stop().await;
}
