//! Phone masking: with `phone_masking` on, an agent without `view_phone_numbers` never
//! sees the digits (contact, conversation detail, CRM phone property, socket events); a
//! supervisor does over REST.

use crate::common::demo;
use crate::consistency::{check, Scope};
use crate::contacts::{crm_contact, db};
use rusqlite::{params, Connection};
use switchboard_protocol::*;
use switchboard_server::db::rows::{self, AGENT_SELECT};

/// A phone whose middle digits appear nowhere else in the demo data.
const PHONE: &str = "+380 99 876 54 21";
const MASKED: &str = "+380 •• ••• •• 21";

fn set_masking(conn: &Connection, on: bool) {
    let mut settings = switchboard_server::db::settings::load(conn).unwrap();
    settings.phone_masking = on;
    switchboard_server::db::settings::save(conn, &settings).unwrap();
}

/// Makes agent 2 a supervisor and opens a session for them.
fn supervisor_token(conn: &Connection) -> String {
    conn.execute("UPDATE agents SET role = 'supervisor' WHERE id = 2", [])
        .unwrap();
    let agent = conn
        .query_row(
            &format!("{AGENT_SELECT} WHERE id = ?1"),
            params![2],
            rows::agent,
        )
        .unwrap();
    switchboard_server::auth::sign_in(conn, agent)
        .unwrap()
        .token
}

fn leaks(text: &str) -> bool {
    text.contains("876 54") || text.contains("9987654")
}

#[tokio::test]
async fn agents_without_the_permission_never_see_the_digits() {
    let (dir, s, token) = demo().await;
    let conn = db(&dir);
    let (contact, conv) = crm_contact(&conn);
    conn.execute(
        "UPDATE contacts SET phone = ?2 WHERE id = ?1",
        params![contact, PHONE],
    )
    .unwrap();
    conn.execute(
        "UPDATE crm_properties SET value = ?2, original = ?2 WHERE contact_id = ?1 AND key = 'phone'",
        params![contact, PHONE],
    )
    .unwrap();
    set_masking(&conn, true);
    let supervisor = supervisor_token(&conn);
    let path = format!("/api/v1/contacts/{contact}");
    for p in [path.clone(), format!("/api/v1/conversations/{conv}")] {
        let (status, text) = s.call("GET", &p, Some(&token), None).await;
        assert_eq!(status, 200);
        assert!(!leaks(&text), "{p}: {text}");
        assert!(text.contains(MASKED), "{p}: {text}");
    }
    let c: Contact = s.json("GET", &path, &token, None, 200).await;
    assert!(c.phone_masked);
    let crm_phone = &c.crm[0]
        .properties
        .iter()
        .find(|p| p.key == "phone")
        .unwrap();
    assert_eq!(
        (crm_phone.value.as_str(), crm_phone.original.as_str()),
        (MASKED, MASKED)
    );
    // Events carry the masked form too, and apply cleanly to the agent's masked snapshot.
    let scope = Scope {
        contacts: vec![contact],
        conversations: vec![conv],
        ..Scope::default()
    };
    let events = check(&s, &token, &scope, || async {
        let (status, text) = s
            .call("PATCH", &path, Some(&token), Some(r#"{"country":"UA"}"#))
            .await;
        assert_eq!(status, 200);
        assert!(!leaks(&text), "{text}");
        let crm = format!("{path}/crm/HubSpot/company");
        let (status, text) = s
            .call("PUT", &crm, Some(&token), Some(r#"{"value":"Acme"}"#))
            .await;
        assert_eq!(status, 200);
        assert!(!leaks(&text), "{text}");
    })
    .await;
    assert_eq!(events.len(), 2);
    assert!(!leaks(&serde_json::to_string(&events).unwrap()));
    // The supervisor sees the number.
    let full: Contact = s.json("GET", &path, &supervisor, None, 200).await;
    assert_eq!(
        (full.phone.as_deref(), full.phone_masked),
        (Some(PHONE), false)
    );
    let (_, text) = s
        .call(
            "GET",
            &format!("/api/v1/conversations/{conv}"),
            Some(&supervisor),
            None,
        )
        .await;
    assert!(text.contains(PHONE));
    // Masking off: everyone sees it.
    set_masking(&conn, false);
    let c: Contact = s.json("GET", &path, &token, None, 200).await;
    assert_eq!((c.phone.as_deref(), c.phone_masked), (Some(PHONE), false));
    s.stop().await;
}

#[tokio::test]
async fn a_new_phone_set_by_a_masked_agent_comes_back_masked() {
    let (dir, s, token) = demo().await;
    let conn = db(&dir);
    let (contact, conv) = crm_contact(&conn);
    set_masking(&conn, true);
    let path = format!("/api/v1/contacts/{contact}");
    let mut ws = s.socket(&token, None).await;
    assert!(matches!(ws.next().await, Some(ServerFrame::Ready { .. })));
    let body = format!(r#"{{"phone":"{PHONE}"}}"#);
    let (status, text) = s.call("PATCH", &path, Some(&token), Some(&body)).await;
    assert_eq!(status, 200);
    assert!(!leaks(&text) && text.contains(MASKED), "{text}");
    match ws.next().await {
        Some(ServerFrame::Event {
            event: Event::ContactUpdated { contact: c },
            ..
        }) => {
            assert_eq!((c.phone.as_deref(), c.phone_masked), (Some(MASKED), true));
        }
        other => panic!("expected contact_updated, got {other:?}"),
    }
    let _ = conv;
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn supervisors_get_contact_events_in_full_and_stay_in_step() {
    let (dir, s, token) = demo().await;
    let conn = db(&dir);
    let (contact, conv) = crm_contact(&conn);
    set_masking(&conn, true);
    let supervisor = supervisor_token(&conn);
    let mut agent_ws = s.socket(&token, None).await;
    assert!(matches!(
        agent_ws.next().await,
        Some(ServerFrame::Ready { .. })
    ));
    let path = format!("/api/v1/contacts/{contact}");
    let body = format!(r#"{{"phone":"{PHONE}"}}"#);
    // The supervisor's own view follows the event exactly (apply(old, events) == fresh).
    let scope = Scope {
        contacts: vec![contact],
        conversations: vec![conv],
        ..Scope::default()
    };
    let events = check(&s, &supervisor, &scope, || async {
        let (status, text) = s.call("PATCH", &path, Some(&supervisor), Some(&body)).await;
        assert_eq!(status, 200, "{text}");
    })
    .await;
    let full = events.iter().find_map(|e| match e {
        Event::ContactUpdated { contact } => Some(contact.clone()),
        _ => None,
    });
    assert_eq!(full.and_then(|c| c.phone), Some(PHONE.to_owned()));
    // The plain agent got the same event masked...
    let masked = loop {
        match agent_ws.next().await {
            Some(ServerFrame::Event {
                event: Event::ContactUpdated { contact },
                ..
            }) => break contact,
            Some(_) => {}
            None => panic!("no contact_updated for the agent"),
        }
    };
    assert_eq!(masked.phone.as_deref(), Some(MASKED));
    // ...and so does a replay, from the stored log, for each of them.
    let mut replay = s.socket(&token, Some(0)).await;
    let mut sup_replay = s.socket(&supervisor, Some(0)).await;
    let find = |frames: Vec<ServerFrame>| {
        frames.into_iter().find_map(|f| match f {
            ServerFrame::Event {
                event: Event::ContactUpdated { contact: c },
                ..
            } if c.id == ContactId(contact) => Some(c),
            _ => None,
        })
    };
    let mut a = Vec::new();
    while let Some(f) = replay.next_within(500).await {
        a.push(f);
    }
    let mut b = Vec::new();
    while let Some(f) = sup_replay.next_within(500).await {
        b.push(f);
    }
    let text = serde_json::to_string(&a).unwrap();
    assert!(!leaks(&text), "the agent's replay shows no digits");
    assert_eq!(find(a).and_then(|c| c.phone).as_deref(), Some(MASKED));
    assert_eq!(find(b).and_then(|c| c.phone).as_deref(), Some(PHONE));
    s.stop().await;
}
