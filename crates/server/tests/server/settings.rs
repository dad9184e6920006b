//! `PUT /settings/closing-notes`: a supervisor sets whether closing asks for a note, the
//! agents' apps follow through `settings_updated`, and an agent is refused.

use crate::common::api_error as error;
use crate::kit::quiet_demo;
use crate::util::{sign_in_as, SUPERVISOR};
use switchboard_protocol::{ClosingNotes, ErrorCode, Event, ServerFrame, Session, Settings};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_supervisor_sets_closing_notes_and_every_socket_hears_it() {
    let (dir, s, agent) = quiet_demo().await;
    let supervisor = sign_in_as(dir.path(), SUPERVISOR);
    let me: Session = s.json("GET", "/api/v1/session", &agent, None, 200).await;
    assert!(
        !me.permissions.manage_settings,
        "the demo agent is an agent"
    );
    let boss: Session = s
        .json("GET", "/api/v1/session", &supervisor, None, 200)
        .await;
    assert!(boss.permissions.manage_settings);
    let before = me.settings.closing_notes;
    let want = if before == ClosingNotes::Mandatory {
        ClosingNotes::Off
    } else {
        ClosingNotes::Mandatory
    };

    let mut socket = s.socket(&agent, None).await;
    assert!(matches!(
        socket.next().await,
        Some(ServerFrame::Ready { .. })
    ));
    let body = serde_json::json!({ "closing_notes": want }).to_string();
    let settings: Settings = s
        .json(
            "PUT",
            "/api/v1/settings/closing-notes",
            &supervisor,
            Some(body.as_str()),
            200,
        )
        .await;
    assert_eq!(settings.closing_notes, want);
    // The other agent's app hears the whole settings.
    let heard = loop {
        match socket.next().await {
            Some(ServerFrame::Event {
                event: Event::SettingsUpdated { settings },
                ..
            }) => break settings,
            Some(_) => continue,
            None => panic!("no settings_updated"),
        }
    };
    assert_eq!(heard, settings);
    // And the next session load has it.
    let me: Session = s.json("GET", "/api/v1/session", &agent, None, 200).await;
    assert_eq!(me.settings.closing_notes, want);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_agent_may_not_change_closing_notes() {
    let (_dir, s, agent) = quiet_demo().await;
    let before: Session = s.json("GET", "/api/v1/session", &agent, None, 200).await;
    let body = serde_json::json!({ "closing_notes": "off" }).to_string();
    let (status, text) = s
        .call(
            "PUT",
            "/api/v1/settings/closing-notes",
            Some(&agent),
            Some(body.as_str()),
        )
        .await;
    assert_eq!((status, error(&text).code), (403, ErrorCode::Forbidden));
    let after: Session = s.json("GET", "/api/v1/session", &agent, None, 200).await;
    assert_eq!(after.settings, before.settings, "nothing changed");
    // An unknown policy is refused before anything else is looked at.
    let (status, _) = s
        .call(
            "PUT",
            "/api/v1/settings/closing-notes",
            Some(&agent),
            Some(r#"{"closing_notes":"sometimes"}"#),
        )
        .await;
    assert!(status == 400 || status == 422, "{status}");
    s.stop().await;
}
