//! CRM property groups and contact notes: set, restore, read-only refusals, note
//! checks; every change and refusal through the Zulip-style [`check`].

use crate::common::demo;
use crate::consistency::{check, Scope};
use crate::contacts::{crm_contact, db, refused};
use serde_json::json;
use switchboard_protocol::*;

#[tokio::test]
async fn crm_properties_set_restore_and_refuse_read_only_ones() {
    let (dir, s, token) = demo().await;
    let (contact, conv) = crm_contact(&db(&dir));
    let scope = Scope {
        contacts: vec![contact],
        conversations: vec![conv],
        ..Scope::default()
    };
    let path = format!("/api/v1/contacts/{contact}/crm/HubSpot/lifecyclestage");
    let prop = |c: &Contact| {
        c.crm[0]
            .properties
            .iter()
            .find(|p| p.key == "lifecyclestage")
            .unwrap()
            .clone()
    };
    let events = check(&s, &token, &scope, || async {
        let c: Contact = s
            .json("PUT", &path, &token, Some(r#"{"value":"customer"}"#), 200)
            .await;
        assert_eq!(
            (prop(&c).value.as_str(), prop(&c).original.as_str()),
            ("customer", "lead")
        );
        let c: Contact = s.json("PUT", &path, &token, Some("{}"), 200).await;
        assert_eq!(prop(&c).value, "lead");
    })
    .await;
    assert_eq!(events.len(), 2);
    let events = check(&s, &token, &scope, || async {
        let ro = format!("/api/v1/contacts/{contact}/crm/HubSpot/phone");
        refused(
            &s,
            &token,
            "PUT",
            &ro,
            Some(r#"{"value":"+1 555 0100"}"#),
            409,
            ErrorCode::Conflict,
        )
        .await;
        let email = format!("/api/v1/contacts/{contact}/crm/HubSpot/email");
        refused(
            &s,
            &token,
            "PUT",
            &email,
            Some("{}"),
            409,
            ErrorCode::Conflict,
        )
        .await;
        for p in ["HubSpot/nope", "Pipedrive/lifecyclestage"] {
            let p = format!("/api/v1/contacts/{contact}/crm/{p}");
            refused(&s, &token, "PUT", &p, Some("{}"), 404, ErrorCode::NotFound).await;
        }
        refused(
            &s,
            &token,
            "PUT",
            "/api/v1/contacts/999999/crm/HubSpot/company",
            Some("{}"),
            404,
            ErrorCode::NotFound,
        )
        .await;
        refused(
            &s,
            &token,
            "PUT",
            &path,
            Some("[1"),
            400,
            ErrorCode::BadRequest,
        )
        .await;
    })
    .await;
    assert!(events.is_empty(), "{events:?}");
    s.stop().await;
}

#[tokio::test]
async fn notes_are_added_with_author_and_checked() {
    let (dir, s, token) = demo().await;
    let (contact, conv) = crm_contact(&db(&dir));
    let scope = Scope {
        contacts: vec![contact],
        conversations: vec![conv],
        ..Scope::default()
    };
    let path = format!("/api/v1/contacts/{contact}/notes");
    let events = check(&s, &token, &scope, || async {
        let n: ContactNote = s
            .json(
                "POST",
                &path,
                &token,
                Some(r#"{"text":" Call after 6 pm "}"#),
                201,
            )
            .await;
        assert_eq!(
            (n.text.as_str(), n.author_name.as_str()),
            ("Call after 6 pm", "Alex Morgan")
        );
    })
    .await;
    assert!(matches!(&events[..], [Event::NoteCreated { .. }]));
    let long = json!({ "text": "x".repeat(4097) }).to_string();
    let events = check(&s, &token, &scope, || async {
        refused(
            &s,
            &token,
            "POST",
            &path,
            Some(r#"{"text":"   "}"#),
            422,
            ErrorCode::Invalid,
        )
        .await;
        refused(
            &s,
            &token,
            "POST",
            &path,
            Some(&long),
            422,
            ErrorCode::Invalid,
        )
        .await;
        refused(
            &s,
            &token,
            "POST",
            &path,
            Some(r#"{"txt":"a"}"#),
            400,
            ErrorCode::BadRequest,
        )
        .await;
        refused(
            &s,
            &token,
            "POST",
            "/api/v1/contacts/999999/notes",
            Some(r#"{"text":"a"}"#),
            404,
            ErrorCode::NotFound,
        )
        .await;
    })
    .await;
    assert!(events.is_empty());
    let notes: Vec<ContactNote> = s.json("GET", &path, &token, None, 200).await;
    assert_eq!(notes.last().unwrap().text, "Call after 6 pm");
    s.stop().await;
}

#[tokio::test]
async fn every_demo_custom_value_matches_its_definition() {
    let (dir, s, token) = demo().await;
    let conn = db(&dir);
    let defs = switchboard_server::db::crm::definitions(&conn).unwrap();
    let contacts: Vec<i64> = conn
        .prepare("SELECT DISTINCT contact_id FROM contact_custom_values")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(contacts.len() > 20, "{}", contacts.len());
    let mut kinds = std::collections::BTreeSet::new();
    for id in contacts {
        let c: Contact = s
            .json("GET", &format!("/api/v1/contacts/{id}"), &token, None, 200)
            .await;
        for v in &c.custom {
            let def = defs.iter().find(|d| d.id == v.field).unwrap();
            switchboard_server::db::crm::check_value(&def.kind, &v.value).unwrap();
            kinds.insert(def.id);
        }
    }
    assert_eq!(kinds.len(), defs.len(), "every field has values");
    s.stop().await;
}

#[tokio::test]
async fn every_contact_and_deal_endpoint_needs_a_token() {
    let (_dir, s, _token) = demo().await;
    let calls: [(&'static str, &str); 16] = [
        ("GET", "/api/v1/contacts/1"),
        ("PATCH", "/api/v1/contacts/1"),
        ("GET", "/api/v1/custom-fields"),
        ("PUT", "/api/v1/contacts/1/crm/HubSpot/company"),
        ("GET", "/api/v1/contacts/1/notes"),
        ("POST", "/api/v1/contacts/1/notes"),
        ("GET", "/api/v1/pipelines"),
        ("GET", "/api/v1/conversations/1/deal"),
        ("PUT", "/api/v1/conversations/1/deal"),
        ("GET", "/api/v1/contacts/1/tasks"),
        ("POST", "/api/v1/contacts/1/tasks"),
        ("PATCH", "/api/v1/tasks/1"),
        ("GET", "/api/v1/conversations/1/reminders"),
        ("POST", "/api/v1/conversations/1/reminders"),
        ("GET", "/api/v1/conversations/1/calendar-events"),
        ("POST", "/api/v1/conversations/1/calendar-events"),
    ];
    for (method, path) in calls {
        let (status, text) = s.call(method, path, None, Some("{}")).await;
        assert_eq!(status, 401, "{method} {path}: {text}");
        assert_eq!(
            crate::common::api_error(&text).code,
            ErrorCode::Unauthorized
        );
    }
    s.stop().await;
}
