//! `GET /conversations/counts`: every tab's, mailbox's and unread figure equals what the
//! list itself gives for that view.

use crate::common::demo;
use crate::util::{all, counts, sign_in_as, SUPERVISOR};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn counts_match_list_totals() {
    let (dir, s, t) = demo().await;
    let sup = sign_in_as(dir.path(), SUPERVISOR);
    for (token, blocked) in [(&t, false), (&sup, true)] {
        for filter in ["", "channel=whatsapp,telegram", "archived=1"] {
            let got = counts(&s, token, filter).await;
            let total = |q: String| {
                let s = &s;
                async move { all(s, token, &q, 200).await.len() as u32 }
            };
            assert_eq!(got.all, total(filter.to_owned()).await, "{filter}");
            for (st, n) in [
                ("open", got.open),
                ("in_progress", got.in_progress),
                ("closed", got.closed),
                ("snoozed", got.snoozed),
            ] {
                assert_eq!(
                    n,
                    total(format!("{filter}&status={st}")).await,
                    "{filter} {st}"
                );
            }
            let unread = all(&s, token, filter, 200)
                .await
                .iter()
                .filter(|c| c.unread_count > 0)
                .count();
            assert_eq!(got.unread as usize, unread);
            for (mailbox, n) in &got.mailboxes {
                assert_eq!(
                    *n,
                    total(format!("{filter}&mailbox={mailbox}")).await,
                    "{mailbox}"
                );
            }
            // Each mailbox's unread figure is the `unread` of its own got.
            assert_eq!(
                got.unread_mailboxes.keys().collect::<Vec<_>>(),
                got.mailboxes.keys().collect::<Vec<_>>()
            );
            for (mailbox, n) in &got.unread_mailboxes {
                let own = counts(&s, token, &format!("{filter}&mailbox={mailbox}")).await;
                assert_eq!(*n, own.unread, "{filter} {mailbox}");
            }
            assert_eq!(got.mailboxes.contains_key("blocked"), blocked);
            assert!(got.mailboxes.contains_key("team:1"));
        }
    }
    s.stop().await;
}
