//! `docs/embedding.md` is decoded against the code, so the guide a CRM vendor follows
//! cannot drift from what the app hears and says:
//! - every ```` ```json host-command ```` block is a command the app carries out
//!   ([`hear`] gives [`Heard::Act`] from an allowed origin in the parent window);
//! - every ```` ```json host-refused ```` block is one it refuses, and the `host-result`
//!   block after it is the exact answer ([`result`] with [`hear`]'s reason);
//! - every ```` ```json host-result ```` block is shaped as [`result`] builds it;
//! - every ```` ```json host-event ```` block has the keys and payload keys that
//!   [`Event::envelope`] gives its `type`, with values of the same JSON kinds;
//! - every command in [`Command::KINDS`] and every event in [`Event::KINDS`] has an
//!   example.

use serde_json::{Map, Value};
use std::collections::BTreeSet;
use switchboard_core::host_api::{hear, result, Command, Event, Heard, Sender};
use switchboard_protocol::{ConversationId, MessageId};

/// The host page's origin in the guide's examples.
const HOST: &str = "https://crm.example.com";

/// A fenced block: its info string after the language (`host-command`), its text, and
/// the line it starts on (for messages).
struct Block {
    tag: String,
    text: String,
    line: usize,
}

fn doc() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/embedding.md");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The ```` ```json host-… ```` blocks of the document, in order.
fn blocks(doc: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut open: Option<Block> = None;
    for (n, line) in doc.lines().enumerate() {
        let fence = line.trim_start().starts_with("```");
        match open.take() {
            Some(block) if fence => out.push(block),
            Some(mut block) => {
                block.text.push_str(line);
                block.text.push('\n');
                open = Some(block);
            }
            None if fence => {
                let info: Vec<&str> = line.trim_start()[3..].split_whitespace().collect();
                // Other fences (shell, JavaScript, plain JSON) are opened and skipped alike.
                let tag = match info.as_slice() {
                    ["json", tag, ..] if tag.starts_with("host-") => (*tag).to_owned(),
                    _ => String::new(),
                };
                open = Some(Block {
                    tag,
                    text: String::new(),
                    line: n + 1,
                });
            }
            None => {}
        }
    }
    assert!(open.is_none(), "docs/embedding.md: a fence is never closed");
    out.retain(|b| !b.tag.is_empty());
    out
}

fn heard(block: &Block) -> Heard {
    let sender = Sender {
        origin: HOST,
        is_parent: true,
    };
    hear(sender, &[HOST.to_owned()], || Some(block.text.clone()))
}

fn json(block: &Block) -> Value {
    serde_json::from_str(&block.text)
        .unwrap_or_else(|e| panic!("line {}: not JSON: {e}\n{}", block.line, block.text))
}

/// One event of each kind, to compare the examples' shapes with.
fn sample(kind: &str) -> Event {
    let events = [
        Event::Ready,
        Event::UnreadChanged {
            total: 3,
            mailboxes: vec![("mine".into(), 2)],
        },
        Event::ConversationOpened(ConversationId(1)),
        Event::MessageSent(ConversationId(1), MessageId(2)),
        Event::MessageReceived(ConversationId(1), MessageId(2)),
        Event::SignedOut,
        Event::AuthExpired,
        Event::OutboxChanged(1),
    ];
    let kinds: BTreeSet<&str> = events.iter().map(Event::kind).collect();
    assert_eq!(
        kinds,
        Event::KINDS.into_iter().collect(),
        "a sample for every event kind"
    );
    events
        .into_iter()
        .find(|e| e.kind() == kind)
        .unwrap_or_else(|| panic!("no event of type {kind}"))
}

fn keys(map: &Map<String, Value>) -> BTreeSet<&str> {
    map.keys().map(String::as_str).collect()
}

/// The JSON kind of a value, one level deep (`mailboxes` is an object of numbers).
fn shape(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(_) => "bool".into(),
        Value::Number(_) => "number".into(),
        Value::String(_) => "string".into(),
        Value::Array(_) => "array".into(),
        Value::Object(m) => {
            let inner: BTreeSet<String> = m.values().map(shape).collect();
            format!("object of {inner:?}")
        }
    }
}

fn check_result(block: &Block, expected: Option<&Value>) {
    let value = json(block);
    let Value::Object(map) = &value else {
        panic!("line {}: a result is an object", block.line);
    };
    let id = map.get("id").and_then(Value::as_str).unwrap_or_default();
    let outcome = match map.get("ok") {
        Some(Value::Bool(true)) => Ok(()),
        Some(Value::Bool(false)) => Err(map
            .get("error")
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("line {}: ok:false needs an error", block.line))
            .to_owned()),
        _ => panic!("line {}: ok must be true or false", block.line),
    };
    assert_eq!(
        value,
        result(id, outcome),
        "line {}: not shaped as host_api::result",
        block.line
    );
    if let Some(expected) = expected {
        assert_eq!(
            &value, expected,
            "line {}: not the answer the app gives to the refused command above",
            block.line
        );
    }
}

fn check_event(block: &Block) -> &'static str {
    let value = json(block);
    let kind = value["type"].as_str().unwrap_or_default();
    let Some(kind) = Event::KINDS.into_iter().find(|k| *k == kind) else {
        panic!("line {}: unknown event type {kind:?}", block.line);
    };
    let id = value["id"].as_str().unwrap_or_default();
    assert!(!id.is_empty(), "line {}: an event has an id", block.line);
    let expected = sample(kind).envelope(id);
    let (Value::Object(got), Value::Object(want)) = (&value, &expected) else {
        panic!("line {}: an event is an object", block.line);
    };
    assert_eq!(keys(got), keys(want), "line {}: envelope keys", block.line);
    assert_eq!(
        got["switchboard"], want["switchboard"],
        "line {}",
        block.line
    );
    let (Value::Object(got), Value::Object(want)) = (&got["payload"], &want["payload"]) else {
        panic!("line {}: the payload is an object", block.line);
    };
    assert_eq!(keys(got), keys(want), "line {}: payload keys", block.line);
    for (key, v) in want {
        assert_eq!(
            shape(&got[key]),
            shape(v),
            "line {}: payload.{key}",
            block.line
        );
    }
    kind
}

#[test]
fn the_embedding_guide_matches_the_code() {
    let doc = doc();
    let blocks = blocks(&doc);
    let mut commands = BTreeSet::new();
    let mut events = BTreeSet::new();
    let mut refused: Option<Value> = None;
    let mut results = 0;
    for block in &blocks {
        match block.tag.as_str() {
            "host-command" => match heard(block) {
                Heard::Act { command, .. } => {
                    commands.insert(command.kind());
                }
                other => panic!(
                    "line {}: the app would not act on this: {other:?}\n{}",
                    block.line, block.text
                ),
            },
            "host-refused" => match heard(block) {
                Heard::Refuse { id, error } => refused = Some(result(&id, Err(error))),
                other => panic!(
                    "line {}: the app would not refuse this: {other:?}",
                    block.line
                ),
            },
            "host-result" => {
                check_result(block, refused.take().as_ref());
                results += 1;
            }
            "host-event" => {
                events.insert(check_event(block));
            }
            other => panic!("line {}: unknown block tag {other}", block.line),
        }
        assert!(
            refused.is_none() || block.tag == "host-refused",
            "line {}: a host-refused block is followed by its host-result",
            block.line
        );
    }
    assert!(
        refused.is_none(),
        "the last host-refused block has no result"
    );
    assert!(results >= 2, "an ok and an ok:false result at least");
    for kind in Command::KINDS {
        assert!(commands.contains(kind), "no host-command example of {kind}");
    }
    for kind in Event::KINDS {
        assert!(events.contains(kind), "no host-event example of {kind}");
    }
}
