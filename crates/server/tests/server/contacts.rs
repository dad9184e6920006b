//! Contacts: the card, `PATCH`, custom fields, CRM properties and notes; every change and
//! every refusal goes through the Zulip-style [`check`] (a refusal emits nothing and
//! leaves the fresh snapshot equal to the old one).

use crate::common::{api_error, demo, Server};
use crate::consistency::{check, Scope};
use rusqlite::Connection;
use serde_json::json;
use switchboard_protocol::*;

/// A second connection to the server's database (for picking rows and setting roles).
pub fn db(dir: &tempfile::TempDir) -> Connection {
    crate::common::store(dir.path())
}

/// An id from a query with no parameters.
pub fn id(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

/// A demo contact with a phone and a HubSpot group, and its conversation.
pub fn crm_contact(conn: &Connection) -> (i64, i64) {
    let contact = id(
        conn,
        "SELECT contact_id FROM crm_properties WHERE system = 'HubSpot' AND key = 'phone' \
         AND value <> '' ORDER BY contact_id LIMIT 1",
    );
    let conv = id(
        conn,
        &format!("SELECT id FROM conversations WHERE contact_id = {contact}"),
    );
    (contact, conv)
}

/// Asserts a refusal: status and typed error code.
pub async fn refused(
    s: &Server,
    token: &str,
    method: &'static str,
    path: &str,
    body: Option<&str>,
    status: u16,
    code: ErrorCode,
) {
    let (got, text) = s.call(method, path, Some(token), body).await;
    assert_eq!(got, status, "{method} {path} {body:?}: {text}");
    assert_eq!(api_error(&text).code, code, "{method} {path}: {text}");
}

#[tokio::test]
async fn contact_card_has_every_field_and_unknown_ids_are_typed_errors() {
    let (dir, s, token) = demo().await;
    // Masking is the demo's setting; this test reads the full card.
    crate::common::with_settings(dir.path(), |st| st.phone_masking = false);
    let (contact, _) = crm_contact(&db(&dir));
    let c: Contact = s
        .json(
            "GET",
            &format!("/api/v1/contacts/{contact}"),
            &token,
            None,
            200,
        )
        .await;
    assert_eq!(c.id, ContactId(contact));
    assert!(c.external_id.is_some() && c.phone.is_some() && !c.phone_masked);
    assert!(!c.channels.is_empty());
    let hub = c
        .crm
        .iter()
        .find(|g| g.system == "HubSpot")
        .expect("HubSpot group");
    assert!(hub.record_url.as_deref().unwrap().starts_with("https://"));
    for p in &hub.properties {
        assert_eq!(
            p.editable,
            !matches!(p.key.as_str(), "email" | "phone"),
            "{}",
            p.key
        );
    }
    let defs: Vec<CustomFieldDef> = s
        .json("GET", "/api/v1/custom-fields", &token, None, 200)
        .await;
    assert_eq!(defs.len(), 6);
    for kind in ["text", "number", "date", "list", "checkbox", "link"] {
        let has = defs
            .iter()
            .any(|d| serde_json::to_value(&d.kind).unwrap()["type"] == kind);
        assert!(has, "{kind}");
    }
    refused(
        &s,
        &token,
        "GET",
        "/api/v1/contacts/999999",
        None,
        404,
        ErrorCode::NotFound,
    )
    .await;
    refused(
        &s,
        &token,
        "GET",
        "/api/v1/contacts/abc",
        None,
        400,
        ErrorCode::BadRequest,
    )
    .await;
    refused(
        &s,
        &token,
        "GET",
        "/api/v1/contacts/999999/notes",
        None,
        404,
        ErrorCode::NotFound,
    )
    .await;
    let (status, _) = s
        .call("GET", &format!("/api/v1/contacts/{contact}"), None, None)
        .await;
    assert_eq!(status, 401);
    s.stop().await;
}

#[tokio::test]
async fn patch_changes_fields_and_custom_values_and_renames_rows() {
    let (dir, s, token) = demo().await;
    let (contact, conv) = crm_contact(&db(&dir));
    let scope = Scope {
        contacts: vec![contact],
        conversations: vec![conv],
        ..Scope::default()
    };
    let body = json!({
        "name": "Renamed Customer", "email": "new@mail.example", "phone": "+380 50 111 22 33",
        "country": "PL", "tags": ["vip", "b2b"], "responsible": 2,
        "custom": [
            { "field": 1, "value": { "type": "text", "value": "Acme" } },
            { "field": 2, "value": { "type": "number", "value": "1250.50" } },
            { "field": 3, "value": { "type": "date", "value": "1990-04-01" } },
            { "field": 4, "value": { "type": "list", "value": "Evening" } },
            { "field": 5, "value": { "type": "checkbox", "value": true } },
            { "field": 6, "value": { "type": "link", "value": "https://acme.example/about" } }
        ]
    })
    .to_string();
    let path = format!("/api/v1/contacts/{contact}");
    let events = check(&s, &token, &scope, || async {
        let c: Contact = s.json("PATCH", &path, &token, Some(&body), 200).await;
        assert_eq!(c.name, "Renamed Customer");
        assert_eq!(c.country.as_deref(), Some("PL"));
        assert_eq!(c.responsible, Some(AgentId(2)));
        assert_eq!(c.custom.len(), 6);
    })
    .await;
    assert!(
        matches!(&events[0], Event::ContactUpdated { contact: c } if c.name == "Renamed Customer")
    );
    assert!(
        matches!(&events[1], Event::ConversationUpdated { conversation: c } if c.contact.name == "Renamed Customer")
    );
    // Clearing: empty strings and `clear_custom`.
    let clear = json!({ "email": "", "responsible": 0, "clear_custom": [1, 2] }).to_string();
    check(&s, &token, &scope, || async {
        let c: Contact = s.json("PATCH", &path, &token, Some(&clear), 200).await;
        assert_eq!((c.email, c.responsible, c.custom.len()), (None, None, 4));
    })
    .await;
    s.stop().await;
}

#[tokio::test]
async fn invalid_patches_are_refused_whole_and_write_nothing() {
    let (dir, s, token) = demo().await;
    let (contact, conv) = crm_contact(&db(&dir));
    let scope = Scope {
        contacts: vec![contact],
        conversations: vec![conv],
        ..Scope::default()
    };
    let path = format!("/api/v1/contacts/{contact}");
    let before: Contact = s.json("GET", &path, &token, None, 200).await;
    let cv = |field: i64, t: &str, v: serde_json::Value| json!({ "name": "Partial", "custom": [{ "field": field, "value": { "type": t, "value": v } }] });
    let bad = [
        json!({ "name": "  " }),
        json!({ "name": "Partial", "email": "not-an-email" }),
        json!({ "name": "Partial", "phone": "0671234567" }),
        json!({ "name": "Partial", "phone": "+12345" }),
        json!({ "name": "Partial", "country": "ua" }),
        json!({ "name": "Partial", "responsible": 999 }),
        json!({ "name": "Partial", "clear_custom": [999] }),
        cv(999, "text", json!("x")),
        cv(2, "number", json!("12,5")),
        cv(4, "list", json!("Midnight")),
        cv(6, "link", json!("ftp://files.example")),
        cv(1, "checkbox", json!(true)),
    ];
    let events = check(&s, &token, &scope, || async {
        for b in &bad {
            refused(
                &s,
                &token,
                "PATCH",
                &path,
                Some(&b.to_string()),
                422,
                ErrorCode::Invalid,
            )
            .await;
        }
        refused(
            &s,
            &token,
            "PATCH",
            &path,
            Some("{\"name\":"),
            400,
            ErrorCode::BadRequest,
        )
        .await;
        refused(
            &s,
            &token,
            "PATCH",
            &path,
            Some(r#"{"custom":[{"field":3,"value":{"type":"date","value":"2024-02-30"}}]}"#),
            400,
            ErrorCode::BadRequest,
        )
        .await;
        let body = json!({ "name": "X" }).to_string();
        refused(
            &s,
            &token,
            "PATCH",
            "/api/v1/contacts/999999",
            Some(&body),
            404,
            ErrorCode::NotFound,
        )
        .await;
    })
    .await;
    assert!(events.is_empty(), "{events:?}");
    let after: Contact = s.json("GET", &path, &token, None, 200).await;
    assert_eq!(before, after);
    s.stop().await;
}
