//! Every event kind and frame survives a JSON round trip, and unknown kinds are skipped.

use chrono::{TimeZone, Utc};
use switchboard_protocol::*;

fn message() -> Message {
    Message {
        id: MessageId(9),
        conversation_id: ConversationId(3),
        client_id: Some(ClientMsgId("0190f3a2-7b1c-7def-8abc-0123456789ab".into())),
        author: Author::Agent {
            id: AgentId(1),
            name: "Alex Morgan".into(),
        },
        visibility: Visibility::Internal,
        content: Content::Text {
            text: "Call her back".into(),
        },
        created_at: Utc.with_ymd_and_hms(2026, 11, 20, 9, 30, 0).unwrap(),
        status: DeliveryStatus::Failed {
            reason: "window closed".into(),
        },
    }
}

fn conversation() -> ConversationSummary {
    let m = message();
    ConversationSummary {
        id: ConversationId(3),
        contact: ContactBrief {
            id: ContactId(4),
            name: "Olena".into(),
            avatar_url: Some("https://example.org/a.png".into()),
        },
        channel: Channel::Viber,
        status: ConversationStatus::InProgress,
        assignee: Some(AgentId(1)),
        tags: vec!["vip".into()],
        unread_count: 2,
        unanswered: true,
        last_message: Some(MessagePreview::of(&m)),
        last_activity_at: m.created_at,
        snoozed_until: None,
        deal: Some(DealBrief {
            stage: "Negotiation".into(),
            amount_minor: 120000,
            currency: "EUR".into(),
        }),
    }
}

fn roundtrip<T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(
    v: &T,
) {
    let json = serde_json::to_string(v).unwrap();
    let back: T = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, v, "{json}");
}

#[test]
fn every_event_kind_round_trips() {
    let events = [
        Event::MessageCreated { message: message() },
        Event::MessageUpdated { message: message() },
        Event::ConversationCreated {
            conversation: conversation(),
        },
        Event::ConversationUpdated {
            conversation: conversation(),
        },
        Event::Unknown,
    ];
    for (seq, event) in events.into_iter().enumerate() {
        roundtrip(&event);
        roundtrip(&ServerFrame::Event {
            seq: seq as u64 + 1,
            event,
        });
    }
}

#[test]
fn every_frame_round_trips() {
    for f in [
        ServerFrame::Ready { head: 5 },
        ServerFrame::ResyncRequired { head: 5 },
        ServerFrame::Heartbeat { head: 5 },
        ServerFrame::Unauthorized,
    ] {
        roundtrip(&f);
    }
    roundtrip(&ClientFrame::Auth {
        token: "t".into(),
        resume_after: Some(3),
    });
    roundtrip(&ClientFrame::Ping);
}

#[test]
fn wire_names_are_snake_case_and_tagged() {
    let json = serde_json::to_value(Event::MessageCreated { message: message() }).unwrap();
    assert_eq!(json["type"], "message_created");
    assert_eq!(json["message"]["author"]["kind"], "agent");
    assert_eq!(json["message"]["visibility"], "internal");
    assert_eq!(json["message"]["status"]["state"], "failed");
    assert_eq!(json["message"]["content"]["type"], "text");
    let json = serde_json::to_value(conversation()).unwrap();
    assert_eq!(json["status"], "in_progress");
    assert_eq!(json["channel"], "viber");
}

#[test]
fn unknown_kinds_decode_to_their_fallbacks() {
    let ev: Event = serde_json::from_str(r#"{"type":"poll_created","poll":{"q":"?"}}"#).unwrap();
    assert_eq!(ev, Event::Unknown);
    let f: ServerFrame = serde_json::from_str(r#"{"type":"maintenance","at":1}"#).unwrap();
    assert_eq!(f, ServerFrame::Unknown);
    let c: Content = serde_json::from_str(r#"{"type":"hologram","url":"x"}"#).unwrap();
    assert_eq!(c, Content::Unsupported);
    let ch: Channel = serde_json::from_str(r#""line""#).unwrap();
    assert_eq!(ch, Channel::Other);
    let s: ConversationStatus = serde_json::from_str(r#""escalated""#).unwrap();
    assert_eq!(s, ConversationStatus::Other);
    let e: ApiError = serde_json::from_str(r#"{"code":"rate_limited","message":"slow"}"#).unwrap();
    assert_eq!(e.code, ErrorCode::Other);
}

#[test]
fn optional_fields_may_be_absent() {
    let json = r#"{"id":1,"contact":{"id":2,"name":"N"},"channel":"email","status":"open",
        "last_activity_at":"2026-11-20T09:00:00Z"}"#;
    let c: ConversationSummary = serde_json::from_str(json).unwrap();
    assert_eq!(c.unread_count, 0);
    assert!(c.tags.is_empty() && c.last_message.is_none() && c.assignee.is_none());
}

#[test]
fn channel_and_status_names_parse_back() {
    for c in Channel::ALL {
        assert_eq!(Channel::parse(c.as_str()), c);
        assert_eq!(serde_json::to_value(c).unwrap(), c.as_str());
    }
    for s in [
        ConversationStatus::Open,
        ConversationStatus::InProgress,
        ConversationStatus::Closed,
        ConversationStatus::Snoozed,
    ] {
        assert_eq!(ConversationStatus::parse(s.as_str()), s);
        assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
    }
}
