//! Demo data carries stored English translations for its foreign-language customer
//! messages (the demo agent reads English), and so do the simulated customers' messages.

use crate::common::{demo, Server};
use switchboard_protocol::{Author, Content, Event, Message, MessageId, ServerFrame};
use switchboard_server::demo::phrases::{self, Line};
use switchboard_server::Config;

/// Every message of the database with its contact's language, oldest first.
fn messages_with_language(conn: &rusqlite::Connection) -> Vec<(Message, String)> {
    let mut stmt = conn
        .prepare(
            "SELECT m.id, COALESCE(k.language, 'en') FROM messages m \
             JOIN conversations c ON c.id = m.conversation_id \
             JOIN contacts k ON k.id = c.contact_id ORDER BY m.id",
        )
        .unwrap();
    let ids = stmt
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<Vec<_>>>()
        .unwrap();
    ids.into_iter()
        .map(|(id, language)| {
            let m = switchboard_server::db::history::load(conn, MessageId(id))
                .unwrap()
                .expect("the message exists");
            (m, language)
        })
        .collect()
}

/// The English translation a script gives a customer text of this language, if the text is
/// one of its lines or simulated messages.
fn script_english(language: &str, text: &str) -> Option<Option<&'static str>> {
    let lang = phrases::lang(language);
    let lines = lang
        .threads
        .iter()
        .flat_map(|t| t.lines)
        .filter_map(|l| match l {
            Line::C(t, english) => Some((*t, *english)),
            Line::A(_) => None,
        });
    lines
        .chain(lang.simulated.iter().copied())
        .find(|(t, _)| *t == text)
        .map(|(_, english)| english)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn foreign_customer_messages_of_the_demo_carry_english_translations() {
    let (dir, server, _token) = demo().await;
    let conn = crate::common::store(dir.path());
    let all = messages_with_language(&conn);
    let (mut foreign, mut english) = (0, 0);
    for (m, language) in &all {
        if m.author != Author::Contact {
            continue;
        }
        if language == "en" {
            assert_eq!(m.translation, None, "English contact: {m:?}");
            english += 1;
            continue;
        }
        // Customer text messages; the showcase's media captions (messages with files) are
        // written in English and are not part of the scripts.
        let Content::Text { text } = &m.content else {
            continue;
        };
        if !m.attachments.is_empty() {
            continue;
        }
        let t = m
            .translation
            .as_ref()
            .unwrap_or_else(|| panic!("no translation for a {language} message: {text}"));
        assert_eq!(t.language, "en", "{text}");
        assert_eq!(&t.content_language, language, "{text}");
        assert!(!t.text.trim().is_empty(), "{text}");
        if let Some(expected) = script_english(language, text) {
            assert_eq!(Some(t.text.as_str()), expected, "{text}");
        }
        foreign += 1;
    }
    assert!(
        foreign > 50,
        "the demo has foreign customer messages ({foreign})"
    );
    assert!(
        english > 5,
        "the demo has English customer messages ({english})"
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_simulated_foreign_customer_message_carries_its_translation() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::new(dir.path().to_path_buf(), dir.path().join("dist"));
    config.demo = true;
    config.simulate = true;
    config.simulate_every_ms = 40;
    let server = Server::start_with(&config).await;
    let token = server.sign_in().await;
    let mut ws = server.socket(&token, None).await;
    assert!(matches!(ws.next().await, Some(ServerFrame::Ready { .. })));
    let conn = crate::common::store(dir.path());
    let language_of = |m: &Message| -> String {
        conn.query_row(
            "SELECT COALESCE(k.language, 'en') FROM conversations c \
             JOIN contacts k ON k.id = c.contact_id WHERE c.id = ?1",
            [m.conversation_id.0],
            |r| r.get(0),
        )
        .unwrap()
    };
    let mut foreign = 0;
    while foreign < 2 {
        let frame = ws.next().await.expect("the simulator keeps writing");
        let ServerFrame::Event {
            event: Event::MessageCreated { message },
            ..
        } = frame
        else {
            continue;
        };
        if message.author != Author::Contact {
            continue;
        }
        let language = language_of(&message);
        let text = message.content.text().unwrap_or_default().to_owned();
        let expected = script_english(&language, &text).expect("a simulated message");
        // As announced and as stored.
        let stored = switchboard_server::db::history::load(&conn, message.id)
            .unwrap()
            .expect("stored");
        assert_eq!(stored.translation, message.translation);
        if language == "en" {
            assert_eq!(message.translation, None, "{text}");
            continue;
        }
        let t = message.translation.expect("a translation");
        assert_eq!(Some(t.text.as_str()), expected, "{text}");
        assert_eq!(t.language, "en");
        assert_eq!(t.content_language, language);
        foreign += 1;
    }
    server.stop().await;
}
