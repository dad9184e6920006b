//! Pages before, after and around a message, and the search inside a conversation.

use crate::common::api_error as error;
use crate::kit::quiet_demo;
use switchboard_protocol::{ErrorCode, MessagePage, MessageSearch};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_before_after_and_around() {
    let (_dir, s, token) = quiet_demo().await;
    let get = |q: String| {
        let (s, token) = (&s, &token);
        async move {
            s.json::<MessagePage>(
                "GET",
                &format!("/api/v1/conversations/9/messages?{q}"),
                token,
                None,
                200,
            )
            .await
        }
    };
    let all = get("limit=200".into()).await.items;
    assert!(all.len() >= 8, "the media showcase is there");
    let first = all[0].id;
    let after = get(format!("after={first}&limit=2")).await;
    assert_eq!(after.items, all[1..3]);
    assert!(after.has_more_before && after.has_more_after);
    let last = all[all.len() - 1].id;
    let end = get(format!("after={last}")).await;
    assert!(end.items.is_empty() && !end.has_more_after);
    let tail = get(format!("after={}", all[all.len() - 3].id)).await;
    assert_eq!(tail.items, all[all.len() - 2..]);
    assert!(!tail.has_more_after);
    let mid = all.len() / 2;
    let around = get(format!("around={}&limit=4", all[mid].id)).await;
    assert_eq!(around.items, all[mid - 2..mid + 2]);
    assert!(around.has_more_before == (mid > 2));
    let before = get(format!("before={}&limit=200", all[1].id)).await;
    assert_eq!(before.items, all[..1]);
    assert!(!before.has_more_before && before.has_more_after);

    let two = format!("/api/v1/conversations/9/messages?before={first}&after={first}");
    let (status, body) = s.call("GET", &two, Some(&token), None).await;
    assert_eq!((status, error(&body).code), (400, ErrorCode::BadRequest));
    let other = format!("/api/v1/conversations/1/messages?around={first}");
    let (status, body) = s.call("GET", &other, Some(&token), None).await;
    assert_eq!((status, error(&body).code), (404, ErrorCode::NotFound));
    let (status, _) = s
        .call(
            "GET",
            "/api/v1/conversations/9/messages?limit=0",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(status, 422);
    let (status, _) = s
        .call(
            "GET",
            "/api/v1/conversations/999/messages",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(status, 404);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_finds_text_in_any_case() {
    let (_dir, s, token) = quiet_demo().await;
    s.inbound(&token, 3, "Parcel ZX-42 finally arrived, thanks")
        .await;
    let found: MessageSearch = s
        .json(
            "GET",
            "/api/v1/conversations/3/messages/search?q=zx-42",
            &token,
            None,
            200,
        )
        .await;
    assert_eq!(found.hits.len(), 1);
    assert!(found.hits[0].excerpt.contains("ZX-42"));
    let page: MessagePage = s
        .json(
            "GET",
            &format!(
                "/api/v1/conversations/3/messages?around={}",
                found.hits[0].id
            ),
            &token,
            None,
            200,
        )
        .await;
    assert!(page.items.iter().any(|m| m.id == found.hits[0].id));
    let none: MessageSearch = s
        .json(
            "GET",
            "/api/v1/conversations/3/messages/search?q=nothing-like-this",
            &token,
            None,
            200,
        )
        .await;
    assert!(none.hits.is_empty());
    let fr: MessageSearch = s
        .json(
            "GET",
            "/api/v1/conversations/15/messages/search?q=MERCI",
            &token,
            None,
            200,
        )
        .await;
    assert_eq!(fr.hits.len(), 1, "{fr:?}");
    let (status, body) = s
        .call(
            "GET",
            "/api/v1/conversations/3/messages/search?q=%20",
            Some(&token),
            None,
        )
        .await;
    assert_eq!((status, error(&body).code), (422, ErrorCode::Invalid));
    let (status, _) = s
        .call(
            "GET",
            "/api/v1/conversations/999/messages/search?q=x",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(status, 404);
    s.stop().await;
}

/// The defect: in a Russian conversation read in English, "yesterday" was highlighted in
/// the shown translation but the search said "No matches". The search reads the stored
/// translation too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_finds_words_of_the_stored_translation() {
    let (dir, s, token) = quiet_demo().await;
    let conn = crate::common::store(dir.path());
    // A customer message with an English translation whose words its own text lacks.
    let rows: Vec<(i64, i64)> = conn
        .prepare(
            "SELECT id, conversation_id FROM messages WHERE translation IS NOT NULL ORDER BY id",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let (id, conversation, word) = rows
        .into_iter()
        .find_map(|(id, c)| {
            let m =
                switchboard_server::db::history::load(&conn, switchboard_protocol::MessageId(id))
                    .unwrap()?;
            let own = m.content.text()?.to_lowercase();
            let word = m
                .translation?
                .text
                .split(|c: char| !c.is_ascii_alphabetic())
                .find(|w| w.chars().count() >= 5 && !own.contains(&w.to_lowercase()))?
                .to_owned();
            Some((id, c, word))
        })
        .expect("the demo has a translated message");
    let found: MessageSearch = s
        .json(
            "GET",
            &format!("/api/v1/conversations/{conversation}/messages/search?q={word}"),
            &token,
            None,
            200,
        )
        .await;
    let hit = found
        .hits
        .iter()
        .find(|h| h.id.0 == id)
        .unwrap_or_else(|| panic!("{word:?} not found in message {id}: {found:?}"));
    assert!(
        hit.excerpt.to_lowercase().contains(&word.to_lowercase()),
        "{hit:?}"
    );
    s.stop().await;
}
