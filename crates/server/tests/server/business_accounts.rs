//! The workspace's account on each network: every conversation record carries its
//! channel's account, and a public reply on a disconnected one is refused (notes are not).

use crate::common::{api_error as error, store};
use crate::consistency::listen;
use crate::kit::{count, quiet_demo, send, text};
use crate::util::all;
use switchboard_protocol::*;

/// The first listed conversation on `channel`.
fn on(list: &[ConversationSummary], channel: Channel) -> &ConversationSummary {
    list.iter()
        .find(|c| c.channel == channel && !c.contact_blocked)
        .unwrap_or_else(|| panic!("the demo has a {} conversation", channel.as_str()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_record_carries_its_channels_account() {
    let (_dir, s, token) = quiet_demo().await;
    let list = all(&s, &token, "", 50).await;
    let mut disconnected = Vec::new();
    for c in &list {
        let a = c
            .business_account
            .as_ref()
            .unwrap_or_else(|| panic!("conversation {} has no business account", c.id));
        assert!(!a.name.is_empty() && !a.address.is_empty(), "{a:?}");
        if !a.connected {
            disconnected.push(c.channel);
        }
        // The same network, the same account.
        assert_eq!(Some(a), on(&list, c.channel).business_account.as_ref());
    }
    disconnected.sort();
    disconnected.dedup();
    assert_eq!(
        disconnected,
        vec![Channel::Facebook],
        "exactly one network is cut off"
    );

    let email = on(&list, Channel::Email);
    let detail: ConversationDetail = s
        .json(
            "GET",
            &format!("/api/v1/conversations/{}", email.id),
            &token,
            None,
            200,
        )
        .await;
    assert_eq!(detail.conversation.business_account, email.business_account);
    assert_eq!(
        email.business_account.as_ref().map(|a| a.address.as_str()),
        Some("support@demo.switchboard"),
        "the mailbox replies go out from"
    );

    // Events carry it too.
    let (mut ws, _) = listen(&s, &token).await;
    s.inbound(&token, email.id.0, "Any news?").await;
    let mut updated = None;
    while let Some(frame) = ws.next_within(1_000).await {
        if let ServerFrame::Event {
            event: Event::ConversationUpdated { conversation },
            ..
        } = frame
        {
            updated = Some(conversation);
            break;
        }
    }
    let updated = updated.expect("a conversation_updated event");
    assert_eq!(updated.business_account, email.business_account);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_on_a_disconnected_channel_is_refused_and_a_note_is_not() {
    let (dir, s, token) = quiet_demo().await;
    let list = all(&s, &token, "", 50).await;
    let cut = on(&list, Channel::Facebook).id.0;
    let (mut ws, _) = listen(&s, &token).await;
    let before = count(&s, &token, cut).await;
    let (status, body) = send(&s, &token, cut, &text("Are you there?")).await;
    assert_eq!(status, 409, "{body}");
    let e = error(&body);
    assert_eq!(e.code, ErrorCode::Conflict);
    assert!(
        e.message.contains("no connected channel") && e.message.contains("facebook"),
        "{}",
        e.message
    );
    assert_eq!(count(&s, &token, cut).await, before, "nothing written");
    assert!(ws.quiet(300).await, "no event for a refusal");

    let mut note = text("Their page is disconnected, calling them instead.");
    note.visibility = Visibility::Internal;
    let (status, body) = send(&s, &token, cut, &note).await;
    assert_eq!(status, 201, "notes still work: {body}");

    // A connected network takes replies.
    let ok = on(&list, Channel::Telegram).id.0;
    let (status, body) = send(&s, &token, ok, &text("On its way.")).await;
    assert_eq!(status, 201, "{body}");

    // Reconnected, the same reply goes out; the record says so.
    let conn = store(dir.path());
    let mut page = switchboard_server::db::accounts::get(&conn, Channel::Facebook)
        .unwrap()
        .expect("the demo has a Facebook page");
    page.connected = true;
    switchboard_server::db::accounts::save(&conn, Channel::Facebook, &page).unwrap();
    let (status, body) = send(&s, &token, cut, &text("Are you there?")).await;
    assert_eq!(status, 201, "{body}");
    let detail: ConversationDetail = s
        .json(
            "GET",
            &format!("/api/v1/conversations/{cut}"),
            &token,
            None,
            200,
        )
        .await;
    assert_eq!(detail.conversation.business_account, Some(page));
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_network_without_an_account_is_not_described_and_not_refused() {
    let (dir, s, token) = quiet_demo().await;
    let list = all(&s, &token, "", 50).await;
    let cut = on(&list, Channel::Facebook).id.0;
    store(dir.path())
        .execute(
            "DELETE FROM business_accounts WHERE channel = 'facebook'",
            [],
        )
        .unwrap();
    let detail: ConversationDetail = s
        .json(
            "GET",
            &format!("/api/v1/conversations/{cut}"),
            &token,
            None,
            200,
        )
        .await;
    assert_eq!(detail.conversation.business_account, None);
    let (status, body) = send(&s, &token, cut, &text("Hello again")).await;
    assert_eq!(status, 201, "{body}");
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_outbound_thread_on_a_disconnected_channel_is_refused() {
    let (dir, s, token) = quiet_demo().await;
    crate::common::with_settings(dir.path(), |st| st.tags_required_on_outbound = false);
    let conn = store(dir.path());
    let mut number = switchboard_server::db::accounts::get(&conn, Channel::Whatsapp)
        .unwrap()
        .expect("the demo has a WhatsApp number");
    number.connected = false;
    switchboard_server::db::accounts::save(&conn, Channel::Whatsapp, &number).unwrap();
    let (status, body) = s
        .call(
            "POST",
            "/api/v1/contacts",
            Some(&token),
            Some(r#"{"name":"Ida Lund","phone":"+46 70 123 45 67"}"#),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    let ida: Contact = serde_json::from_str(&body).unwrap();
    let before = all(&s, &token, "", 50).await.len();
    let request = OutboundRequest {
        contact_id: ida.id,
        channel: Channel::Whatsapp,
        client_id: ClientMsgId("ob-cut".into()),
        text: "Your order is ready".into(),
        attachments: Vec::new(),
        template: None,
        subject: None,
        tags: Vec::new(),
        assign_to_me: true,
    };
    let json = serde_json::to_string(&request).unwrap();
    let (status, body) = s
        .call("POST", "/api/v1/outbound", Some(&token), Some(&json))
        .await;
    assert_eq!(
        (status, error(&body).code),
        (409, ErrorCode::Conflict),
        "{body}"
    );
    assert_eq!(
        all(&s, &token, "", 50).await.len(),
        before,
        "no empty conversation left behind"
    );
    s.stop().await;
}
