//! Deals on pipelines, tasks, reminders and calendar events: each success and refusal
//! through the Zulip-style [`check`], with the event order the protocol promises.

use crate::common::demo;
use crate::consistency::{check, Scope};
use crate::contacts::{db, id, refused};
use serde_json::json;
use switchboard_protocol::*;

#[tokio::test]
async fn demo_deals_match_the_list_rows_briefs() {
    let (_dir, s, token) = demo().await;
    let pipelines: Vec<Pipeline> = s.json("GET", "/api/v1/pipelines", &token, None, 200).await;
    let names: Vec<&str> = pipelines.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Sales", "Wholesale"]);
    let page: ConversationPage = s
        .json("GET", "/api/v1/conversations?limit=200", &token, None, 200)
        .await;
    let mut deals = 0;
    for c in &page.items {
        let (status, text) = s
            .call(
                "GET",
                &format!("/api/v1/conversations/{}/deal", c.id),
                Some(&token),
                None,
            )
            .await;
        match &c.deal {
            Some(brief) => {
                assert_eq!(status, 200, "{text}");
                let d: Deal = serde_json::from_str(&text).unwrap();
                assert_eq!(
                    (&d.stage, d.amount_minor, &d.currency),
                    (&brief.stage, brief.amount_minor, &brief.currency)
                );
                let p = pipelines.iter().find(|p| p.id == d.pipeline).unwrap();
                assert!(p.stages.contains(&d.stage));
                deals += 1;
            }
            // "No deal" is an answer: 200 with `null`, not a 404.
            None => assert_eq!((status, text.as_str()), (200, "null")),
        }
    }
    assert!(deals > 5);
    refused(
        &s,
        &token,
        "GET",
        "/api/v1/conversations/999999/deal",
        None,
        404,
        ErrorCode::NotFound,
    )
    .await;
    s.stop().await;
}

#[tokio::test]
async fn a_stage_change_writes_activity_deal_and_row_in_order() {
    let (dir, s, token) = demo().await;
    let conn = db(&dir);
    let with = id(
        &conn,
        "SELECT conversation_id FROM deals WHERE pipeline_id = 1 AND stage <> 'Won' LIMIT 1",
    );
    let without = id(
        &conn,
        "SELECT id FROM conversations WHERE deal IS NULL LIMIT 1",
    );
    let scope = Scope {
        logs: vec![with, without],
        conversations: vec![with, without],
        ..Scope::default()
    };
    let before: Deal = s
        .json(
            "GET",
            &format!("/api/v1/conversations/{with}/deal"),
            &token,
            None,
            200,
        )
        .await;
    let body = json!({ "pipeline": 1, "stage": "Won", "line": 2, "channel": "telegram", "amount_minor": 990000, "currency": "EUR" }).to_string();
    let path = format!("/api/v1/conversations/{with}/deal");
    let events = check(&s, &token, &scope, || async {
        let d: Deal = s.json("PUT", &path, &token, Some(&body), 200).await;
        assert_eq!(
            (d.stage.as_str(), d.line, d.channel),
            ("Won", 2, Some(Channel::Telegram))
        );
    })
    .await;
    match &events[..] {
        [Event::MessageCreated { message }, Event::DealUpdated { deal: Some(d), .. }, Event::ConversationUpdated { conversation }] =>
        {
            // Typed, with the other fields that moved in the same edit (pipeline 1 stays).
            let mut fields = Vec::new();
            if before.line != 2 {
                fields.push(DealField::Line {
                    from: before.line,
                    to: 2,
                });
            }
            if before.channel != Some(Channel::Telegram) {
                fields.push(DealField::Channel {
                    from: before.channel,
                    to: Some(Channel::Telegram),
                });
            }
            if (before.amount_minor, before.currency.as_str()) != (990000, "EUR") {
                fields.push(DealField::Amount {
                    from: Money {
                        minor: before.amount_minor,
                        currency: before.currency.clone(),
                    },
                    to: Money {
                        minor: 990000,
                        currency: "EUR".into(),
                    },
                });
            }
            let want = Change::DealStage {
                from: Some(before.stage.clone()),
                to: "Won".into(),
                fields,
            };
            assert!(
                matches!(&message.content, Content::Activity { change: Some(c), .. } if *c == want)
            );
            assert!(matches!(
                message.author,
                Author::Agent { id: AgentId(1), .. }
            ));
            let brief = conversation.deal.as_ref().unwrap();
            assert_eq!((&brief.stage, brief.amount_minor), (&d.stage, 990000));
            // An activity entry moves the last activity, not the list's last message.
            assert_ne!(
                conversation.last_message.as_ref().map(|m| m.id),
                Some(message.id)
            );
            assert_eq!(conversation.last_activity_at, message.created_at);
        }
        other => panic!("unexpected events {other:?}"),
    }
    // Same stage, new amount, no channel: typed as a change of the deal's fields.
    let amount =
        json!({ "pipeline": 1, "stage": "Won", "line": 2, "amount_minor": 5, "currency": "EUR" })
            .to_string();
    let events = check(&s, &token, &scope, || async {
        let _: Deal = s.json("PUT", &path, &token, Some(&amount), 200).await;
    })
    .await;
    match &events[..] {
        [Event::MessageCreated { message }, Event::DealUpdated { .. }, Event::ConversationUpdated { .. }] =>
        {
            let Content::Activity { text, change } = &message.content else {
                panic!("not an activity entry: {message:?}");
            };
            assert_eq!(
                *change,
                Some(Change::DealChanged {
                    fields: vec![
                        DealField::Channel {
                            from: Some(Channel::Telegram),
                            to: None
                        },
                        DealField::Amount {
                            from: Money {
                                minor: 990000,
                                currency: "EUR".into()
                            },
                            to: Money {
                                minor: 5,
                                currency: "EUR".into()
                            },
                        },
                    ]
                })
            );
            assert!(
                text.ends_with(
                    "changed the deal: channel telegram → none, amount 9900.00 EUR → 0.05 EUR"
                ),
                "{text}"
            );
        }
        other => panic!("unexpected events {other:?}"),
    }
    // The same deal again: nothing changed, no entry.
    let events = check(&s, &token, &scope, || async {
        let _: Deal = s.json("PUT", &path, &token, Some(&amount), 200).await;
    })
    .await;
    assert!(matches!(
        &events[..],
        [Event::DealUpdated { .. }, Event::ConversationUpdated { .. }]
    ));
    // A first deal: `from` is absent.
    let first = json!({ "pipeline": 2, "stage": "Samples sent", "line": 1, "amount_minor": 0, "currency": "UAH" }).to_string();
    let events = check(&s, &token, &scope, || async {
        let _: Deal = s
            .json(
                "PUT",
                &format!("/api/v1/conversations/{without}/deal"),
                &token,
                Some(&first),
                200,
            )
            .await;
    })
    .await;
    assert!(
        matches!(&events[0], Event::MessageCreated { message } if matches!(&message.content, Content::Activity { change: Some(Change::DealStage { from: None, .. }), .. }))
    );
    s.stop().await;
}

#[tokio::test]
async fn invalid_deals_are_refused_and_write_nothing() {
    let (dir, s, token) = demo().await;
    let with = id(&db(&dir), "SELECT conversation_id FROM deals LIMIT 1");
    let scope = Scope {
        logs: vec![with],
        conversations: vec![with],
        ..Scope::default()
    };
    let path = format!("/api/v1/conversations/{with}/deal");
    let ok =
        json!({ "pipeline": 1, "stage": "Won", "line": 1, "amount_minor": 1, "currency": "EUR" });
    let with_field = |k: &str, v: serde_json::Value| {
        let mut b = ok.clone();
        b[k] = v;
        b.to_string()
    };
    let events = check(&s, &token, &scope, || async {
        for (k, v) in [
            ("pipeline", json!(99)),
            ("stage", json!("Samples sent")),
            ("line", json!(3)),
            ("amount_minor", json!(-1)),
            ("currency", json!("eur")),
        ] {
            refused(
                &s,
                &token,
                "PUT",
                &path,
                Some(&with_field(k, v)),
                422,
                ErrorCode::Invalid,
            )
            .await;
        }
        refused(
            &s,
            &token,
            "PUT",
            &path,
            Some(r#"{"stage":"Won"}"#),
            400,
            ErrorCode::BadRequest,
        )
        .await;
        refused(
            &s,
            &token,
            "PUT",
            "/api/v1/conversations/999999/deal",
            Some(&ok.to_string()),
            404,
            ErrorCode::NotFound,
        )
        .await;
    })
    .await;
    assert!(events.is_empty(), "{events:?}");
    s.stop().await;
}
