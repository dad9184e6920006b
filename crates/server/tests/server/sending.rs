//! Every kind of send and every refusal; a refusal writes nothing and emits nothing.

use crate::common::api_error as error;
use crate::consistency::listen;
use crate::kit::{count, quiet_demo, send, text, upload};
use std::collections::BTreeMap;
use switchboard_protocol::*;

async fn template_id(s: &crate::common::Server, token: &str, name: &str) -> TemplateId {
    let list: Vec<Template> = s
        .json(
            "GET",
            &format!("/api/v1/templates?q={name}"),
            token,
            None,
            200,
        )
        .await;
    list.iter()
        .find(|t| t.name == name)
        .expect("template exists")
        .id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sends_every_kind() {
    let (_dir, s, token) = quiet_demo().await;
    let page: MessagePage = s
        .json(
            "GET",
            "/api/v1/conversations/9/messages?limit=1",
            &token,
            None,
            200,
        )
        .await;
    let quoted = page.items[0].id;
    let mut reply = text("Sure, replying to that");
    reply.reply_to = Some(quoted);
    let (status, body) = send(&s, &token, 9, &reply).await;
    assert_eq!(status, 201, "{body}");
    let m: Message = serde_json::from_str(&body).unwrap();
    assert_eq!(m.reply_to.as_ref().map(|r| r.id), Some(quoted));
    assert_eq!(m.channel, Some(Channel::Whatsapp));

    let mut email = text("The invoice is on its way.");
    email.attachments = vec![
        serde_json::from_slice::<Upload>(
            &upload(&s, &token, "invoice.pdf", b"%PDF-1.4".to_vec())
                .await
                .body,
        )
        .unwrap()
        .id,
    ];
    let (status, body) = send(&s, &token, 13, &email).await;
    assert_eq!(status, 201, "{body}");
    let m: Message = serde_json::from_str(&body).unwrap();
    match &m.content {
        Content::Email { subject, from, .. } => assert_eq!(
            (subject.as_str(), from.is_empty()),
            ("Re: Invoice for order 48213", false)
        ),
        other => panic!("{other:?}"),
    }
    assert_eq!(m.attachments.len(), 1);
    assert!(m.attachments[0].url.contains("sig="));

    let mut greeting = text("");
    greeting.template = Some(TemplateUse {
        template_id: template_id(&s, &token, "Greeting").await,
        params: BTreeMap::new(),
    });
    let (status, body) = send(&s, &token, 1, &greeting).await;
    assert_eq!(status, 201, "{body}");
    let m: Message = serde_json::from_str(&body).unwrap();
    assert!(
        matches!(&m.content, Content::Template { text, .. } if text.contains("Alex Morgan") && !text.contains("{{")),
        "{m:?}"
    );

    let mut order = text("");
    let params = BTreeMap::from([
        ("1".to_owned(), "48213".to_owned()),
        ("2".to_owned(), "12 May".to_owned()),
    ]);
    order.template = Some(TemplateUse {
        template_id: template_id(&s, &token, "order_update").await,
        params,
    });
    let (status, body) = send(&s, &token, 10, &order).await;
    assert_eq!(
        status, 201,
        "approved templates pass a closed window: {body}"
    );
    let m: Message = serde_json::from_str(&body).unwrap();
    assert_eq!(
        m.content,
        Content::Template {
            name: "order_update".into(),
            text: "Your order 48213 has shipped and arrives on 12 May.".into()
        }
    );

    let mut translated = text("Nous vérifions.");
    translated.original = Some(OriginalText {
        text: "We are checking.".into(),
        language: "en".into(),
        sent_language: "fr".into(),
    });
    let (status, body) = send(&s, &token, 15, &translated).await;
    assert_eq!(status, 201, "{body}");
    let m: Message = serde_json::from_str(&body).unwrap();
    assert_eq!(
        m.translation,
        Some(MessageTranslation {
            text: "We are checking.".into(),
            language: "en".into(),
            content_language: "fr".into()
        })
    );

    let (mut ws, _) = listen(&s, &token).await;
    let mut note = text("@Marta please look");
    note.visibility = Visibility::Internal;
    note.mentions = vec![AgentId(2)];
    let (status, body) = send(&s, &token, 15, &note).await;
    assert_eq!(status, 201, "{body}");
    let kinds: Vec<Event> = {
        let mut v = Vec::new();
        while let Some(ServerFrame::Event { event, .. }) = ws.next_within(500).await {
            v.push(event);
        }
        v
    };
    assert!(matches!(kinds[0], Event::MessageCreated { .. }));
    assert!(kinds.iter().any(|e| matches!(
        e,
        Event::Mention {
            agent_id: AgentId(2),
            ..
        }
    )));
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals_write_nothing() {
    let (_dir, s, token) = quiet_demo().await;
    let other: MessagePage = s
        .json(
            "GET",
            "/api/v1/conversations/1/messages?limit=1",
            &token,
            None,
            200,
        )
        .await;
    let on_email: MessagePage = s
        .json(
            "GET",
            "/api/v1/conversations/13/messages?limit=1",
            &token,
            None,
            200,
        )
        .await;
    let order = template_id(&s, &token, "order_update").await;
    let greeting = template_id(&s, &token, "Greeting").await;
    let mut cases: Vec<(i64, SendMessage, u16, &str)> = Vec::new();
    cases.push((1, text("   "), 422, "nothing to send"));
    cases.push((4, text(&"x".repeat(1001)), 422, "1000"));
    let mut b = text("hi");
    b.reply_to = Some(on_email.items[0].id);
    cases.push((13, b, 422, "WhatsApp and Telegram"));
    let mut b = text("hi");
    b.reply_to = Some(other.items[0].id);
    cases.push((9, b, 422, "not in this conversation"));
    let mut b = text("");
    b.template = Some(TemplateUse {
        template_id: order,
        params: BTreeMap::from([("1".into(), "1".into())]),
    });
    cases.push((10, b, 422, "{{2}}"));
    cases.push((10, text("plain text after the window"), 409, "window"));
    let mut b = text("");
    b.template = Some(TemplateUse {
        template_id: greeting,
        params: BTreeMap::new(),
    });
    cases.push((10, b, 409, "window"));
    let mut b = text("hi");
    b.subject = Some("Subject".into());
    cases.push((1, b, 422, "email"));
    let mut b = text("hi");
    b.mentions = vec![AgentId(2)];
    cases.push((1, b, 422, "notes"));
    let mut b = text("hi");
    b.visibility = Visibility::Internal;
    b.mentions = vec![AgentId(999)];
    cases.push((1, b, 422, "999"));
    let mut b = text("hi");
    b.attachments = vec![UploadId(9999)];
    cases.push((1, b, 422, "9999"));
    let mut b = text("hi");
    b.template = Some(TemplateUse {
        template_id: TemplateId(9999),
        params: BTreeMap::new(),
    });
    cases.push((1, b, 422, "9999"));
    let mut b = text("hi");
    b.client_id = ClientMsgId("bad id".into());
    cases.push((1, b, 422, "client_id"));
    let (mut ws, _) = listen(&s, &token).await;
    for (conv, body, want, says) in cases {
        let before = count(&s, &token, conv).await;
        let (status, text) = send(&s, &token, conv, &body).await;
        assert_eq!(status, want, "{text}");
        let e = error(&text);
        assert!(e.message.contains(says), "{} should say {says}", e.message);
        assert_eq!(
            count(&s, &token, conv).await,
            before,
            "nothing written: {says}"
        );
    }
    let (status, body) = s
        .call(
            "POST",
            "/api/v1/conversations/1/messages",
            Some(&token),
            Some("{not json"),
        )
        .await;
    assert_eq!((status, error(&body).code), (400, ErrorCode::BadRequest));
    let (status, _) = send(&s, &token, 999, &text("hi")).await;
    assert_eq!(status, 404);
    assert!(ws.quiet(300).await, "no event for a refusal");
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idempotent_on_the_whole_body() {
    let (_dir, s, token) = quiet_demo().await;
    let up: Upload =
        serde_json::from_slice(&upload(&s, &token, "photo.png", vec![1, 2, 3]).await.body).unwrap();
    let mut body = text("with a file");
    body.attachments = vec![up.id];
    let before = count(&s, &token, 1).await;
    let (status, first) = send(&s, &token, 1, &body).await;
    assert_eq!(status, 201, "{first}");
    let (status, again) = send(&s, &token, 1, &body).await;
    assert_eq!(status, 200);
    assert_eq!(
        serde_json::from_str::<Message>(&first).unwrap(),
        serde_json::from_str::<Message>(&again).unwrap()
    );
    assert_eq!(count(&s, &token, 1).await, before + 1);
    body.attachments.clear();
    let (status, text) = send(&s, &token, 1, &body).await;
    assert_eq!((status, error(&text).code), (409, ErrorCode::Conflict));
    let (status, _) = send(&s, &token, 2, &{
        let mut b = body.clone();
        b.attachments = vec![up.id];
        b
    })
    .await;
    assert_eq!(status, 409, "same id in another conversation");
    assert_eq!(count(&s, &token, 1).await, before + 1);
    s.stop().await;
}

/// The contact card offers email wherever the contact has an address, and a reply sent
/// there (with its own subject) is accepted: what the composer offers, the server takes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_contact_with_an_email_can_be_answered_by_email_from_another_channel() {
    let (_dir, s, token) = quiet_demo().await;
    // Conversation 2 is on WhatsApp; its contact has an email address in the demo.
    let detail: ConversationDetail = s
        .json("GET", "/api/v1/conversations/2", &token, None, 200)
        .await;
    assert_eq!(detail.conversation.channel, Channel::Whatsapp);
    let email = detail
        .contact
        .channels
        .iter()
        .find(|c| c.channel == Channel::Email)
        .expect("email is offered");
    assert_eq!(Some(&email.address), detail.contact.email.as_ref());
    assert_eq!(email.window_closes_at, None);

    let mut by_email = text("Sending the details by email.");
    by_email.channel = Some(Channel::Email);
    by_email.subject = Some("Your order details".into());
    let (status, body) = send(&s, &token, 2, &by_email).await;
    assert_eq!(status, 201, "{body}");
    let m: Message = serde_json::from_str(&body).unwrap();
    assert_eq!(m.channel, Some(Channel::Email));
    assert!(
        matches!(&m.content, Content::Email { subject, .. } if subject == "Your order details"),
        "{m:?}"
    );
}
