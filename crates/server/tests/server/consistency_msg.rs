//! apply(snapshot, events) == fresh snapshot for sends, retry and outbound threads.

use crate::consistency::{check, Scope};
use crate::kit::{quiet_demo, send, text, upload};
use std::collections::BTreeMap;
use switchboard_protocol::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sends_retry_and_outbound_stay_consistent() {
    let (_dir, s, token) = quiet_demo().await;
    let scope = Scope {
        logs: vec![1, 6, 10, 15],
        ..Scope::default()
    };
    check(&s, &token, &scope, || async {
        assert_eq!(send(&s, &token, 1, &text("consistent text")).await.0, 201);
    })
    .await;
    let events = check(&s, &token, &scope, || async {
        let mut note = text("@Marta have a look");
        note.visibility = Visibility::Internal;
        note.mentions = vec![AgentId(2)];
        assert_eq!(send(&s, &token, 15, &note).await.0, 201);
    })
    .await;
    assert!(events.iter().any(|e| matches!(e, Event::Mention { .. })));
    let templates: Vec<Template> = s
        .json("GET", "/api/v1/templates?q=order_update", &token, None, 200)
        .await;
    check(&s, &token, &scope, || async {
        let mut t = text("");
        let params = BTreeMap::from([
            ("1".to_owned(), "7".to_owned()),
            ("2".to_owned(), "Friday".to_owned()),
        ]);
        t.template = Some(TemplateUse {
            template_id: templates[0].id,
            params,
        });
        assert_eq!(send(&s, &token, 10, &t).await.0, 201);
    })
    .await;
    let up: Upload =
        serde_json::from_slice(&upload(&s, &token, "pic.png", vec![1, 2]).await.body).unwrap();
    check(&s, &token, &scope, || async {
        let mut m = text("");
        m.attachments = vec![up.id];
        assert_eq!(send(&s, &token, 1, &m).await.0, 201);
    })
    .await;
    let page: MessagePage = s
        .json(
            "GET",
            "/api/v1/conversations/6/messages?limit=200",
            &token,
            None,
            200,
        )
        .await;
    let failed = page
        .items
        .iter()
        .rev()
        .find(|m| matches!(m.status, DeliveryStatus::Failed { .. }))
        .unwrap()
        .id;
    check(&s, &token, &scope, || async {
        let path = format!("/api/v1/conversations/6/messages/{failed}/retry");
        assert_eq!(s.call("POST", &path, Some(&token), None).await.0, 200);
    })
    .await;
    let (_, body) = s
        .call(
            "POST",
            "/api/v1/contacts",
            Some(&token),
            Some(r#"{"email":"new@example.com"}"#),
        )
        .await;
    let c: Contact = serde_json::from_str(&body).unwrap();
    let events = check(&s, &token, &scope, || async {
        let r = OutboundRequest {
            contact_id: c.id,
            channel: Channel::Email,
            client_id: ClientMsgId("ob-consistent".into()),
            text: "Welcome!".into(),
            attachments: Vec::new(),
            template: None,
            subject: Some("Welcome".into()),
            tags: vec!["lead".into()],
            assign_to_me: false,
        };
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(
            s.call("POST", "/api/v1/outbound", Some(&token), Some(&json))
                .await
                .0,
            201
        );
    })
    .await;
    assert!(matches!(events[0], Event::ConversationCreated { .. }));
    assert!(matches!(events[1], Event::MessageCreated { .. }));
    s.stop().await;
}
