//! Access: tokens (missing, forged, expired) on REST and the socket, CORS, blocked contacts
//! hidden and redacted, the session's teams and settings, presence and typing relays.

use crate::common::{demo, Server};
use crate::util::{all, request, sign_in_as, store, SUPERVISOR};
use switchboard_protocol::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_forged_and_expired_tokens_get_401() {
    let (dir, s, t) = demo().await;
    let stale = s.sign_in().await;
    store(dir.path())
        // The newest row (rowid grows per insert; two sign-ins can share a millisecond).
        .execute(
            "UPDATE sessions SET expires_at = 1 WHERE rowid = (SELECT MAX(rowid) FROM sessions)",
            [],
        )
        .unwrap();
    let forged = "f".repeat(64);
    for path in [
        "/api/v1/conversations",
        "/api/v1/conversations/counts",
        "/api/v1/views",
        "/api/v1/automations",
    ] {
        for token in [None, Some(forged.as_str()), Some(stale.as_str())] {
            let (status, body) = s.call("GET", path, token, None).await;
            assert_eq!(status, 401, "{path}");
            assert_eq!(
                crate::common::api_error(&body).code,
                ErrorCode::Unauthorized
            );
        }
        assert_eq!(s.call("GET", path, Some(&t), None).await.0, 200, "{path}");
    }
    for token in [forged.as_str(), stale.as_str()] {
        let mut ws = s.socket(token, None).await;
        assert_eq!(ws.next().await, Some(ServerFrame::Unauthorized));
    }
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cors_is_closed_unless_configured() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = switchboard_server::Config::new(dir.path().into(), dir.path().join("none"));
    config.cors_origins = vec!["http://app.example".into()];
    let s = Server::start_with(&config).await;
    let pre = |origin: &'static str| {
        let s = &s;
        async move {
            let h = [
                ("Origin", origin),
                ("Access-Control-Request-Method", "DELETE"),
                (
                    "Access-Control-Request-Headers",
                    "authorization,content-type",
                ),
            ];
            request(s, "OPTIONS", "/api/v1/views/1", None, None, &h).await
        }
    };
    let ok = pre("http://app.example").await;
    assert_eq!(
        ok.header("access-control-allow-origin"),
        Some("http://app.example")
    );
    let methods = ok
        .header("access-control-allow-methods")
        .unwrap_or("")
        .to_owned();
    for m in ["GET", "POST", "PUT", "PATCH", "DELETE"] {
        assert!(methods.contains(m), "{methods}");
    }
    let headers = ok
        .header("access-control-allow-headers")
        .unwrap_or("")
        .to_lowercase();
    assert!(headers.contains("authorization") && headers.contains("content-type"));
    assert_eq!(
        pre("http://evil.example")
            .await
            .header("access-control-allow-origin"),
        None
    );
    s.stop().await;
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start(dir.path(), false).await;
    let h = [("Origin", "http://app.example")];
    let a = request(&s, "GET", "/api/v1/health", None, None, &h).await;
    assert_eq!(
        a.header("access-control-allow-origin"),
        None,
        "closed by default"
    );
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn blocked_contacts_are_hidden_and_redacted() {
    let (dir, s, t) = demo().await;
    let sup = sign_in_as(dir.path(), SUPERVISOR);
    let blocked = all(&s, &sup, "mailbox=blocked", 200).await;
    assert_eq!(blocked.len(), 2, "two blocked demo contacts");
    let id = blocked[0].id.0;
    assert!(all(&s, &t, "", 200)
        .await
        .iter()
        .all(|c| !c.contact_blocked));
    let path = format!("/api/v1/conversations/{id}");
    assert_eq!(s.call("GET", &path, Some(&t), None).await.0, 404);
    assert_eq!(s.call("GET", &path, Some(&sup), None).await.0, 200);
    let msgs = format!("{path}/messages");
    assert_eq!(
        s.call("GET", &msgs, Some(&t), None).await.0,
        404,
        "hidden everywhere"
    );
    assert_eq!(s.call("GET", &msgs, Some(&sup), None).await.0, 200);
    assert_eq!(
        s.call(
            "GET",
            "/api/v1/conversations?mailbox=blocked",
            Some(&t),
            None
        )
        .await
        .0,
        403
    );
    let mut agent_ws = s.socket(&t, None).await;
    let mut sup_ws = s.socket(&sup, None).await;
    assert!(matches!(
        agent_ws.next().await,
        Some(ServerFrame::Ready { .. })
    ));
    assert!(matches!(
        sup_ws.next().await,
        Some(ServerFrame::Ready { .. })
    ));
    // A supervisor's internal note about the blocked contact (their messages no longer
    // reach the inbox): message_created and conversation_updated, both redacted for agents.
    let note = serde_json::json!({"client_id": "note-blocked-1", "text": "Blocked after spam", "visibility": "internal"});
    let (status, body) = s
        .call(
            "POST",
            &format!("/api/v1/conversations/{id}/messages"),
            Some(&sup),
            Some(&note.to_string()),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    for _ in 0..2 {
        let Some(ServerFrame::Event { event, .. }) = agent_ws.next().await else {
            panic!()
        };
        assert_eq!(event, Event::Unknown, "redacted");
        let Some(ServerFrame::Event { event, .. }) = sup_ws.next().await else {
            panic!()
        };
        assert_ne!(event, Event::Unknown);
    }
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn session_presence_and_typing() {
    let (dir, s, t) = demo().await;
    let sup = sign_in_as(dir.path(), SUPERVISOR);
    let session: Session = s.json("GET", "/api/v1/session", &t, None, 200).await;
    assert_eq!(
        session
            .teams
            .iter()
            .map(|t| t.name.as_str())
            .collect::<Vec<_>>(),
        ["Sales", "Support", "Wholesale"]
    );
    assert!(session.expires_at.unwrap() > chrono::Utc::now());
    assert_eq!(session.agent.role, Role::Agent);
    assert!(!session.permissions.view_blocked);
    assert_eq!(session.settings.closing_notes, ClosingNotes::Optional);
    assert_eq!(session.settings.closing_categories.len(), 4);
    assert!(session.settings.tags_required_on_outbound && session.settings.phone_masking);
    assert_eq!(session.settings.crm_url_templates.len(), 3);
    let other: Session = s.json("GET", "/api/v1/session", &sup, None, 200).await;
    assert_eq!(other.agent.role, Role::Supervisor);
    assert!(other.permissions.view_blocked);

    let mut mine = s.socket(&t, None).await;
    let mut theirs = s.socket(&sup, None).await;
    assert!(matches!(mine.next().await, Some(ServerFrame::Ready { .. })));
    assert!(matches!(
        theirs.next().await,
        Some(ServerFrame::Ready { .. })
    ));
    let a = request(
        &s,
        "PUT",
        "/api/v1/session/presence",
        Some(&t),
        Some(r#"{"presence":"away"}"#),
        &[],
    )
    .await;
    assert_eq!(a.status, 204, "{}", a.body);
    assert_eq!(
        theirs.next().await,
        Some(ServerFrame::Presence {
            agent_id: session.agent.id,
            presence: Presence::Away
        })
    );
    let again: Session = s.json("GET", "/api/v1/session", &sup, None, 200).await;
    assert_eq!(
        again
            .agents
            .iter()
            .find(|a| a.id == session.agent.id)
            .unwrap()
            .presence,
        Presence::Away
    );
    let _ = mine.next_within(300).await;
    use futures_util::SinkExt;
    let typing = ClientFrame::Typing {
        conversation_id: ConversationId(3),
        active: true,
    };
    let text = serde_json::to_string(&typing).unwrap();
    mine.0
        .send(tokio_tungstenite::tungstenite::Message::Text(text.into()))
        .await
        .unwrap();
    assert_eq!(
        theirs.next().await,
        Some(ServerFrame::Typing {
            conversation_id: ConversationId(3),
            who: Typist::Agent {
                id: session.agent.id,
                name: session.agent.name.clone()
            },
            active: true
        })
    );
    assert!(mine.quiet(300).await, "my own typing is not echoed");
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typing_in_a_blocked_contacts_conversation_reaches_only_those_who_may_see_it() {
    use futures_util::SinkExt;
    let (dir, s, plain) = demo().await;
    let sup = sign_in_as(dir.path(), SUPERVISOR);
    let blocked = all(&s, &sup, "mailbox=blocked", 200).await[0].id;
    let open = all(&s, &plain, "", 200).await[0].id;
    let mut watcher = s.socket(&plain, None).await;
    assert!(matches!(
        watcher.next().await,
        Some(ServerFrame::Ready { .. })
    ));
    let mut typist = s.socket(&sup, None).await;
    assert!(matches!(
        typist.next().await,
        Some(ServerFrame::Ready { .. })
    ));
    let typing = |id: ConversationId| {
        let frame = ClientFrame::Typing {
            conversation_id: id,
            active: true,
        };
        tokio_tungstenite::tungstenite::Message::Text(serde_json::to_string(&frame).unwrap().into())
    };
    typist.0.send(typing(blocked)).await.unwrap();
    assert_eq!(
        watcher.next_within(600).await,
        None,
        "not relayed to a plain agent"
    );
    typist.0.send(typing(open)).await.unwrap();
    match watcher.next_within(3_000).await {
        Some(ServerFrame::Typing {
            conversation_id, ..
        }) => assert_eq!(conversation_id, open),
        other => panic!("expected typing, got {other:?}"),
    }
    s.stop().await;
}
