//! Tasks, reminders and calendar events: created, changed, refused; every change and
//! refusal through the Zulip-style [`check`].

use crate::common::demo;
use crate::consistency::{check, Scope};
use crate::contacts::{db, id, refused};
use chrono::{Duration, Utc};
use serde_json::json;
use switchboard_protocol::*;

#[tokio::test]
async fn tasks_are_created_changed_and_checked() {
    let (dir, s, token) = demo().await;
    let conn = db(&dir);
    let conv = id(&conn, "SELECT id FROM conversations ORDER BY id LIMIT 1");
    let contact = id(
        &conn,
        &format!("SELECT contact_id FROM conversations WHERE id = {conv}"),
    );
    let other = id(
        &conn,
        &format!("SELECT id FROM conversations WHERE contact_id <> {contact} LIMIT 1"),
    );
    let scope = Scope {
        contacts: vec![contact],
        ..Scope::default()
    };
    let path = format!("/api/v1/contacts/{contact}/tasks");
    let due = Utc::now() + Duration::days(1);
    let body =
        json!({ "description": "Call back", "due_at": due, "conversation_id": conv }).to_string();
    let mut created = None;
    let events = check(&s, &token, &scope, || async {
        let t: Task = s.json("POST", &path, &token, Some(&body), 201).await;
        assert!(!t.done && t.conversation_id == Some(ConversationId(conv)));
        let t: Task = s
            .json(
                "PATCH",
                &format!("/api/v1/tasks/{}", t.id),
                &token,
                Some(r#"{"done":true,"description":"Called"}"#),
                200,
            )
            .await;
        assert!(t.done && t.description == "Called");
        created = Some(t.id);
    })
    .await;
    assert!(matches!(
        &events[..],
        [Event::TaskUpdated { .. }, Event::TaskUpdated { .. }]
    ));
    let task = created.unwrap();
    let events = check(&s, &token, &scope, || async {
        let empty = json!({ "description": " ", "due_at": due }).to_string();
        refused(
            &s,
            &token,
            "POST",
            &path,
            Some(&empty),
            422,
            ErrorCode::Invalid,
        )
        .await;
        let foreign =
            json!({ "description": "x", "due_at": due, "conversation_id": other }).to_string();
        refused(
            &s,
            &token,
            "POST",
            &path,
            Some(&foreign),
            422,
            ErrorCode::Invalid,
        )
        .await;
        refused(
            &s,
            &token,
            "POST",
            &path,
            Some(r#"{"description":"x","due_at":"tomorrow"}"#),
            400,
            ErrorCode::BadRequest,
        )
        .await;
        refused(
            &s,
            &token,
            "POST",
            "/api/v1/contacts/999999/tasks",
            Some(&body),
            404,
            ErrorCode::NotFound,
        )
        .await;
        refused(
            &s,
            &token,
            "PATCH",
            &format!("/api/v1/tasks/{task}"),
            Some("{}"),
            422,
            ErrorCode::Invalid,
        )
        .await;
        refused(
            &s,
            &token,
            "PATCH",
            "/api/v1/tasks/999999",
            Some(r#"{"done":true}"#),
            404,
            ErrorCode::NotFound,
        )
        .await;
        refused(
            &s,
            &token,
            "PATCH",
            "/api/v1/tasks/x",
            Some(r#"{"done":true}"#),
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
async fn reminders_and_calendar_events_are_created_and_checked() {
    let (dir, s, token) = demo().await;
    let conv = id(
        &db(&dir),
        "SELECT id FROM conversations ORDER BY id LIMIT 1",
    );
    let scope = Scope {
        conversations: vec![conv],
        ..Scope::default()
    };
    let reminders = format!("/api/v1/conversations/{conv}/reminders");
    let calendar = format!("/api/v1/conversations/{conv}/calendar-events");
    let start = Utc::now() + Duration::days(2);
    let reminder = json!({ "at": Utc::now() + Duration::hours(3), "text": "Ask about the parcel" })
        .to_string();
    let meeting =
        json!({ "title": "Demo", "starts_at": start, "ends_at": start + Duration::hours(1) })
            .to_string();
    let events = check(&s, &token, &scope, || async {
        let r: Reminder = s
            .json("POST", &reminders, &token, Some(&reminder), 201)
            .await;
        assert_eq!(r.author, AgentId(1));
        let e: CalendarEvent = s.json("POST", &calendar, &token, Some(&meeting), 201).await;
        assert!(e.ends_at > e.starts_at);
    })
    .await;
    assert!(matches!(
        &events[..],
        [
            Event::ReminderCreated { .. },
            Event::CalendarEventCreated { .. }
        ]
    ));
    let events = check(&s, &token, &scope, || async {
        let past = json!({ "at": Utc::now() - Duration::minutes(1), "text": "late" }).to_string();
        refused(
            &s,
            &token,
            "POST",
            &reminders,
            Some(&past),
            422,
            ErrorCode::Invalid,
        )
        .await;
        let blank = json!({ "at": Utc::now() + Duration::hours(1), "text": "" }).to_string();
        refused(
            &s,
            &token,
            "POST",
            &reminders,
            Some(&blank),
            422,
            ErrorCode::Invalid,
        )
        .await;
        refused(
            &s,
            &token,
            "POST",
            "/api/v1/conversations/999999/reminders",
            Some(&reminder),
            404,
            ErrorCode::NotFound,
        )
        .await;
        let backwards =
            json!({ "title": "Demo", "starts_at": start, "ends_at": start }).to_string();
        refused(
            &s,
            &token,
            "POST",
            &calendar,
            Some(&backwards),
            422,
            ErrorCode::Invalid,
        )
        .await;
        let untitled =
            json!({ "title": " ", "starts_at": start, "ends_at": start + Duration::hours(1) })
                .to_string();
        refused(
            &s,
            &token,
            "POST",
            &calendar,
            Some(&untitled),
            422,
            ErrorCode::Invalid,
        )
        .await;
        refused(
            &s,
            &token,
            "POST",
            "/api/v1/conversations/999999/calendar-events",
            Some(&meeting),
            404,
            ErrorCode::NotFound,
        )
        .await;
        refused(
            &s,
            &token,
            "POST",
            &calendar,
            Some("{"),
            400,
            ErrorCode::BadRequest,
        )
        .await;
    })
    .await;
    assert!(events.is_empty(), "{events:?}");
    refused(
        &s,
        &token,
        "GET",
        "/api/v1/conversations/999999/reminders",
        None,
        404,
        ErrorCode::NotFound,
    )
    .await;
    refused(
        &s,
        &token,
        "GET",
        "/api/v1/conversations/999999/calendar-events",
        None,
        404,
        ErrorCode::NotFound,
    )
    .await;
    s.stop().await;
}
