//! Templates and variables, contact search and creation, and outbound threads.

use crate::common::{api_error as error, Server};
use crate::kit::quiet_demo;
use switchboard_protocol::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn templates_and_variables() {
    let (dir, s, token) = quiet_demo().await;
    let wa: Vec<Template> = s
        .json(
            "GET",
            "/api/v1/templates?channel=whatsapp",
            &token,
            None,
            200,
        )
        .await;
    assert!(wa
        .iter()
        .any(|t| t.name == "order_update" && t.approved && t.params.len() == 2));
    let email: Vec<Template> = s
        .json("GET", "/api/v1/templates?channel=email", &token, None, 200)
        .await;
    assert!(email.iter().all(|t| !t.approved));
    assert!(email.iter().any(|t| t.language.as_deref() == Some("uk")));
    let price: Vec<Template> = s
        .json("GET", "/api/v1/templates?q=PRICE", &token, None, 200)
        .await;
    assert_eq!(price.len(), 1);
    assert_eq!(price[0].attachments.len(), 2);
    let vars: Vec<Variable> = s.json("GET", "/api/v1/variables", &token, None, 200).await;
    assert!(vars.iter().any(|v| v.key == "contact.first_name"));
    assert_eq!(vars.len(), 7);
    let conn = rusqlite::Connection::open(dir.path().join("switchboard.sqlite3")).unwrap();
    conn.execute(
        "INSERT INTO templates (name, text) VALUES ('Broken', 'Hi {{contact.nickname}}')",
        [],
    )
    .unwrap();
    let broken: Vec<Template> = s
        .json("GET", "/api/v1/templates?q=broken", &token, None, 200)
        .await;
    let mut m = crate::kit::text("");
    m.template = Some(TemplateUse {
        template_id: broken[0].id,
        params: Default::default(),
    });
    let (status, body) = crate::kit::send(&s, &token, 1, &m).await;
    assert_eq!(status, 422);
    assert!(error(&body).message.contains("contact.nickname"), "{body}");
    let (status, _) = s
        .call(
            "GET",
            "/api/v1/templates?channel=pigeon",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(status, 400);
    let (status, _) = s.call("GET", "/api/v1/variables", None, None).await;
    assert_eq!(status, 401);
    s.stop().await;
}

async fn create(s: &Server, token: &str, body: &str) -> (u16, String) {
    s.call("POST", "/api/v1/contacts", Some(token), Some(body))
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn contacts_are_found_and_created() {
    let (_dir, s, token) = quiet_demo().await;
    let (status, body) = create(
        &s,
        &token,
        r#"{"name":"Nora Quill","phone":"+44 (20) 7946-0958","email":"Nora@Example.org"}"#,
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let nora: Contact = serde_json::from_str(&body).unwrap();
    assert_eq!(nora.phone.as_deref(), Some("+442079460958"));
    for (q, by) in [
        ("nora q", MatchedBy::Name),
        ("7946 0958", MatchedBy::Phone),
        ("nora@example", MatchedBy::Email),
    ] {
        let found: ContactSearch = s
            .json(
                "GET",
                &format!("/api/v1/contacts?q={}", crate::kit::enc(q)),
                &token,
                None,
                200,
            )
            .await;
        let hit = found
            .items
            .iter()
            .find(|m| m.contact.id == nora.id)
            .unwrap_or_else(|| panic!("{q}"));
        assert_eq!(hit.matched_by, by, "{q}");
        assert!(
            hit.channels.contains(&Channel::Email) && hit.channels.contains(&Channel::Whatsapp)
        );
        assert_eq!(hit.open_conversation, None);
    }
    let (status, body) = create(&s, &token, r#"{"phone":"442079460958"}"#).await;
    assert_eq!(status, 409);
    assert!(error(&body).message.contains(&nora.id.0.to_string()));
    let (status, _) = create(&s, &token, r#"{"email":"nora@example.org"}"#).await;
    assert_eq!(status, 409);
    for bad in [
        r#"{"name":"Nobody"}"#,
        r#"{"email":"not-an-email"}"#,
        r#"{"phone":"12ab"}"#,
    ] {
        assert_eq!(create(&s, &token, bad).await.0, 422, "{bad}");
    }
    assert_eq!(create(&s, &token, "{oops").await.0, 400);
    let (status, _) = s
        .call("GET", "/api/v1/contacts?q=", Some(&token), None)
        .await;
    assert_eq!(status, 422);
    s.stop().await;
}

async fn total(s: &Server, token: &str) -> u32 {
    s.json::<ConversationPage>("GET", "/api/v1/conversations?limit=1", token, None, 200)
        .await
        .total
}

fn request(contact: ContactId, channel: Channel, id: &str, text: &str) -> OutboundRequest {
    OutboundRequest {
        contact_id: contact,
        channel,
        client_id: ClientMsgId(id.into()),
        text: text.into(),
        attachments: Vec::new(),
        template: None,
        subject: None,
        tags: Vec::new(),
        assign_to_me: true,
    }
}

async fn start(s: &Server, token: &str, r: &OutboundRequest) -> (u16, String) {
    s.call(
        "POST",
        "/api/v1/outbound",
        Some(token),
        Some(&serde_json::to_string(r).unwrap()),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outbound_threads_follow_the_rules() {
    let (dir, s, token) = quiet_demo().await;
    // The demo requires tags on outbound threads; the rule is tested on its own below.
    crate::common::with_settings(dir.path(), |st| st.tags_required_on_outbound = false);
    let (_, body) = create(
        &s,
        &token,
        r#"{"name":"Otto","phone":"+4915112345678","email":"otto@example.de"}"#,
    )
    .await;
    let otto: Contact = serde_json::from_str(&body).unwrap();
    let before = total(&s, &token).await;
    let (status, body) = start(
        &s,
        &token,
        &request(otto.id, Channel::Whatsapp, "ob-empty", " "),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    let (status, _) = start(
        &s,
        &token,
        &request(otto.id, Channel::Telegram, "ob-tg", "hi"),
    )
    .await;
    assert_eq!(status, 422, "no Telegram handle");
    let (status, _) = start(
        &s,
        &token,
        &request(ContactId(9999), Channel::Email, "ob-x", "hi"),
    )
    .await;
    assert_eq!(status, 404);
    assert_eq!(
        total(&s, &token).await,
        before,
        "refusals leave no conversation"
    );

    let first = request(
        otto.id,
        Channel::Whatsapp,
        "ob-1",
        "Hello Otto, your order is ready.",
    );
    let (status, body) = start(&s, &token, &first).await;
    assert_eq!(status, 201, "{body}");
    let made: OutboundResult = serde_json::from_str(&body).unwrap();
    assert_eq!(made.conversation.status, ConversationStatus::Open);
    assert_eq!(made.conversation.assignee, Some(AgentId(1)));
    assert_eq!(made.message.channel, Some(Channel::Whatsapp));
    let (status, again) = start(&s, &token, &first).await;
    assert_eq!(status, 200);
    assert_eq!(
        serde_json::from_str::<OutboundResult>(&again).unwrap(),
        made
    );
    let (status, _) = start(
        &s,
        &token,
        &request(otto.id, Channel::Whatsapp, "ob-1", "other"),
    )
    .await;
    assert_eq!(status, 409, "same id, other body");
    let (status, body) = start(&s, &token, &request(otto.id, Channel::Viber, "ob-2", "hi")).await;
    assert_eq!(status, 409, "an open conversation exists");
    assert!(error(&body)
        .message
        .contains(&made.conversation.id.0.to_string()));
    let mut mail = request(otto.id, Channel::Email, "ob-3", "Your invoice");
    mail.subject = Some("Invoice".into());
    let (status, body) = start(&s, &token, &mail).await;
    assert_eq!(status, 201, "email may start beside an open thread: {body}");
    assert_eq!(total(&s, &token).await, before + 2);

    let conn = rusqlite::Connection::open(dir.path().join("switchboard.sqlite3")).unwrap();
    let settings = Settings {
        tags_required_on_outbound: true,
        ..Settings::default()
    };
    switchboard_server::db::settings::save(&conn, &settings).unwrap();
    let mut tagged = request(otto.id, Channel::Email, "ob-4", "Another one");
    let (status, body) = start(&s, &token, &tagged).await;
    assert_eq!(status, 422, "{body}");
    tagged.tags = vec!["sales".into()];
    let (status, body) = start(&s, &token, &tagged).await;
    assert_eq!(status, 201, "{body}");
    s.stop().await;
}
