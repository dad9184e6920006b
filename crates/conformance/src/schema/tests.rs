//! The validator against the embedded document and small hand-written ones.

use super::*;
use serde_json::json;

fn spec() -> &'static Spec {
    Spec::embedded()
}

#[test]
fn every_example_of_the_protocol_validates() {
    let page = json!({
        "items": [{
            "id": 12, "contact": { "id": 40, "name": "Olena" }, "channel": "telegram",
            "status": "open", "assignee": 1, "tags": ["delivery"], "unread_count": 2,
            "last_activity_at": "2026-11-21T09:14:03Z",
            "last_message": { "id": 310, "author": { "kind": "contact" }, "visibility": "public",
                "text": "hi", "created_at": "2026-11-21T09:14:03Z", "status": { "state": "sent" } }
        }],
        "next_cursor": "x", "total": 72
    });
    spec().validate_named("ConversationPage", &page).unwrap();
    let frame = json!({ "type": "ready", "head": 3 });
    spec().validate_named("ServerFrame", &frame).unwrap();
}

#[test]
fn a_wrong_type_is_named_with_its_path() {
    let page = json!({ "items": [], "has_more_before": false, "has_more_after": null });
    let err = spec().validate_named("MessagePage", &page).unwrap_err();
    assert_eq!(err, "$.has_more_after: expected boolean, got null");
    let err = spec()
        .validate_named(
            "ConversationPage",
            &json!({ "items": [{ "id": "12" }], "total": 1 }),
        )
        .unwrap_err();
    assert!(err.starts_with("$.items[0]"), "{err}");
}

#[test]
fn required_fields_and_bounds() {
    let err = spec()
        .validate_named("ApiError", &json!({ "code": "not_found" }))
        .unwrap_err();
    assert_eq!(err, "$: missing required field `message`");
    let err = spec()
        .validate_named("ServerFrame", &json!({ "type": "ready", "head": -1 }))
        .unwrap_err();
    assert!(err.contains("at least 0"), "{err}");
    let err = spec()
        .validate_named("ServerFrame", &json!({ "type": "ready", "head": 1.5 }))
        .unwrap_err();
    assert!(err.contains("expected integer"), "{err}");
}

#[test]
fn optional_fields_may_be_null_or_absent() {
    let base = json!({ "id": 1, "contact": { "id": 2, "name": "A" }, "channel": "email",
        "status": "open", "last_activity_at": "2026-11-21T09:14:03Z" });
    spec().validate_named("ConversationSummary", &base).unwrap();
    let mut with_null = base.clone();
    with_null["assignee"] = Value::Null;
    spec()
        .validate_named("ConversationSummary", &with_null)
        .unwrap();
    let mut bad_date = base;
    bad_date["last_activity_at"] = json!("yesterday");
    let err = spec()
        .validate_named("ConversationSummary", &bad_date)
        .unwrap_err();
    assert!(err.contains("RFC 3339"), "{err}");
}

#[test]
fn unknown_names_tags_and_kinds_are_spec_legal() {
    // An open enum (it lists `other`): any string.
    spec().validate_named("Channel", &json!("line")).unwrap();
    spec()
        .validate_named("ErrorCode", &json!("teapot"))
        .unwrap();
    assert!(spec().validate_named("Channel", &json!(5)).is_err());
    // Unknown frames and events (fallback variants).
    spec()
        .validate_named("ServerFrame", &json!({ "type": "maintenance", "x": 1 }))
        .unwrap();
    let redacted = json!({ "type": "event", "seq": 4, "event": { "type": "redacted" } });
    spec().validate_named("ServerFrame", &redacted).unwrap();
    // A known tag is checked against its own variant.
    let err = spec()
        .validate_named("ServerFrame", &json!({ "type": "heartbeat" }))
        .unwrap_err();
    assert_eq!(err, "$: missing required field `head`");
    assert!(spec()
        .validate_named("ServerFrame", &json!({ "head": 1 }))
        .is_err());
}

#[test]
fn a_closed_enum_and_a_tag_without_fallback_are_strict() {
    let doc = json!({
        "paths": {},
        "components": { "schemas": {
            "Color": { "type": "string", "enum": ["red", "blue"] },
            "Shape": { "oneOf": [
                { "type": "object", "required": ["kind"], "properties": { "kind": { "type": "string", "enum": ["dot"] } } },
                { "type": "object", "required": ["kind", "r"], "properties": { "kind": { "type": "string", "enum": ["disc"] }, "r": { "type": "number" } } }
            ] },
            "Wrapped": { "allOf": [ { "$ref": "#/components/schemas/Color" } ], "nullable": true },
            "Either": { "anyOf": [ { "type": "string" }, { "type": "integer" } ] },
            "Map": { "type": "object", "additionalProperties": { "type": "integer" } }
        } }
    });
    let spec = Spec::from_json(&doc.to_string()).unwrap();
    assert!(spec.validate_named("Color", &json!("green")).is_err());
    spec.validate_named("Shape", &json!({ "kind": "disc", "r": 2 }))
        .unwrap();
    let err = spec
        .validate_named("Shape", &json!({ "kind": "square" }))
        .unwrap_err();
    assert_eq!(err, "$: unknown `kind` \"square\"");
    assert!(spec
        .validate_named("Shape", &json!({ "kind": "disc" }))
        .is_err());
    spec.validate_named("Wrapped", &Value::Null).unwrap();
    spec.validate_named("Wrapped", &json!("red")).unwrap();
    assert!(spec.validate_named("Wrapped", &json!("pink")).is_err());
    spec.validate_named("Either", &json!(3)).unwrap();
    assert!(spec.validate_named("Either", &json!(true)).is_err());
    spec.validate_named("Map", &json!({ "a": 1 })).unwrap();
    assert_eq!(
        spec.validate_named("Map", &json!({ "a": "1" }))
            .unwrap_err(),
        "$.a: expected integer, got \"1\""
    );
}

#[test]
fn responses_are_looked_up_by_operation_and_status() {
    let s = spec();
    let ok = s
        .response_schema("GET", "/api/v1/conversations", 200)
        .unwrap();
    assert!(ok.is_some());
    let err = s
        .response_schema("GET", "/api/v1/conversations", 418)
        .unwrap_err();
    assert!(err.contains("not documented"), "{err}");
    assert!(s.statuses("get", "/api/v1/health").unwrap().contains(&200));
}
