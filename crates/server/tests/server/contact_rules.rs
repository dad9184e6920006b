//! The app checks a contact's fields before it sends them (`switchboard_core::
//! contact_rules`), so a bad value is refused at once with a clear message. These tests hold
//! it to the server's rules: the shared cases go to a real server's `PATCH /contacts/{id}`,
//! and both sides must accept and refuse the same values.

use crate::common::demo;
use crate::contacts::{crm_contact, db};
use serde_json::json;
use switchboard_core::contact_rules::{self, cases, parse_value};
use switchboard_protocol::{CustomFieldDef, FieldKind, FieldValue};

#[tokio::test]
async fn the_apps_field_rules_agree_with_the_server() {
    let (dir, s, token) = demo().await;
    let (contact, _) = crm_contact(&db(&dir));
    let path = format!("/api/v1/contacts/{contact}");
    let defs: Vec<CustomFieldDef> = s
        .json("GET", "/api/v1/custom-fields", &token, None, 200)
        .await;
    let field_of = |want: fn(&FieldKind) -> bool| defs.iter().find(|d| want(&d.kind)).unwrap().id;
    let number = field_of(|k| matches!(k, FieldKind::Number));
    let link = field_of(|k| matches!(k, FieldKind::Link));

    let mut bodies = Vec::new();
    for (v, app) in cases::EMAILS {
        bodies.push((json!({ "email": v }), *app));
    }
    for (v, app) in cases::PHONES {
        bodies.push((json!({ "phone": v }), *app));
    }
    for (v, app) in cases::COUNTRIES {
        bodies.push((json!({ "country": v }), *app));
    }
    for (v, app) in cases::NUMBERS {
        let value = json!({ "type": "number", "value": v });
        bodies.push((
            json!({ "custom": [{ "field": number, "value": value }] }),
            *app,
        ));
    }
    for (v, app) in cases::LINKS {
        let value = json!({ "type": "link", "value": v });
        bodies.push((
            json!({ "custom": [{ "field": link, "value": value }] }),
            *app,
        ));
    }
    for (v, app) in [
        ("", false),
        (&*"n".repeat(200), true),
        (&*"n".repeat(201), false),
    ] {
        assert_eq!(contact_rules::is_name(v), app, "name {v:?}");
        bodies.push((json!({ "name": v }), app));
    }
    for (v, app) in [
        (&*"t".repeat(50), true),
        (&*"t".repeat(51), false),
        (" ", false),
    ] {
        assert_eq!(contact_rules::is_tag(v), app, "tag {v:?}");
        bodies.push((json!({ "tags": [v] }), app));
    }
    for (body, app) in bodies {
        let (status, text) = s
            .call("PATCH", &path, Some(&token), Some(&body.to_string()))
            .await;
        let server = match status {
            200 => true,
            422 => false,
            other => panic!("{body}: unexpected {other} {text}"),
        };
        assert_eq!(server, app, "{body}: server {status} {text}");
    }
}

#[test]
fn custom_value_checks_match_the_servers() {
    let list = FieldKind::List {
        options: vec!["Morning".into(), "Evening".into()],
    };
    let kinds = [
        FieldKind::Text,
        FieldKind::Number,
        FieldKind::Date,
        list,
        FieldKind::Checkbox,
        FieldKind::Link,
    ];
    let values = [
        FieldValue::Text("Nova".into()),
        FieldValue::Text("x".repeat(1001)),
        FieldValue::Number("1250.50".into()),
        FieldValue::Number("12abc".into()),
        FieldValue::Number(" 7 ".into()),
        FieldValue::Date(chrono::NaiveDate::from_ymd_opt(1990, 4, 1).unwrap()),
        FieldValue::List("Evening".into()),
        FieldValue::List("Night".into()),
        FieldValue::Checkbox(false),
        FieldValue::Link("https://a.example".into()),
        FieldValue::Link("a.example".into()),
    ];
    for kind in &kinds {
        for value in &values {
            let app = contact_rules::check_value(kind, value).is_ok();
            let server = switchboard_server::db::crm::check_value(kind, value).is_ok();
            assert_eq!(app, server, "{kind:?} {value:?}");
        }
    }
    // What the editors produce is what the server stores.
    assert_eq!(
        parse_value(&FieldKind::Number, " 990 "),
        Ok(Some(FieldValue::Number("990".into())))
    );
}
