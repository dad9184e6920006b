//! Every JSON example of `docs/protocol.md` decodes into the protocol type its code fence
//! names (```` ```json Message ````), and its re-encoding decodes again.

use serde::de::DeserializeOwned;
use serde::Serialize;
use switchboard_protocol::*;

/// Decodes the example, and decodes its re-encoding again (what the app would send back).
fn check<T: DeserializeOwned + Serialize>(json: &str) -> Result<(), String> {
    let value: T = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let again = serde_json::to_value(&value).map_err(|e| e.to_string())?;
    serde_json::from_value::<T>(again).map_err(|e| e.to_string())?;
    Ok(())
}

fn decode(type_name: &str, json: &str) -> Result<(), String> {
    match type_name {
        "ApiError" => check::<ApiError>(json),
        "SignInResponse" => check::<SignInResponse>(json),
        "Session" => check::<Session>(json),
        "ConversationPage" => check::<ConversationPage>(json),
        "ConversationDetail" => check::<ConversationDetail>(json),
        "MessagePage" => check::<MessagePage>(json),
        "Message" => check::<Message>(json),
        "SendMessage" => check::<SendMessage>(json),
        "InboundMessage" => check::<InboundMessage>(json),
        "ClientFrame" => check::<ClientFrame>(json),
        "TranslateRequest" => check::<TranslateRequest>(json),
        "Translation" => check::<Translation>(json),
        "DetectRequest" => check::<DetectRequest>(json),
        "DetectedLanguage" => check::<DetectedLanguage>(json),
        "Suggestions" => check::<Suggestions>(json),
        "PromptRequest" => check::<PromptRequest>(json).and_then(|()| {
            // `Unknown` would swallow a typo in the example's "kind".
            let p: PromptRequest = serde_json::from_str(json).map_err(|e| e.to_string())?;
            (p.prompt != Prompt::Unknown)
                .then_some(())
                .ok_or("decodes to Unknown".into())
        }),
        "PromptResult" => check::<PromptResult>(json),
        "Summary" => check::<Summary>(json),
        "Feedback" => check::<Feedback>(json),
        "FaultSettings" => check::<FaultSettings>(json),
        "ServerFrame" => check::<ServerFrame>(json).and_then(|()| {
            // `Unknown` would swallow a typo in the example's "type".
            let f: ServerFrame = serde_json::from_str(json).map_err(|e| e.to_string())?;
            (f != ServerFrame::Unknown)
                .then_some(())
                .ok_or("decodes to Unknown".into())
        }),
        "Event" => check::<Event>(json).and_then(|()| {
            let e: Event = serde_json::from_str(json).map_err(|e| e.to_string())?;
            (e != Event::Unknown)
                .then_some(())
                .ok_or("decodes to Unknown".into())
        }),
        other => Err(format!("no protocol type named {other}")),
    }
}

#[test]
fn every_documented_example_decodes() {
    let doc = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/protocol.md"
    ))
    .expect("docs/protocol.md exists");
    let mut checked = 0;
    let mut lines = doc.lines().enumerate();
    while let Some((n, line)) = lines.next() {
        let Some(type_name) = line.trim().strip_prefix("```json ") else {
            continue;
        };
        let body: Vec<&str> = lines
            .by_ref()
            .map(|(_, l)| l)
            .take_while(|l| l.trim() != "```")
            .collect();
        let json = body.join("\n");
        if let Err(e) = decode(type_name.trim(), &json) {
            panic!("docs/protocol.md line {}: {type_name}: {e}\n{json}", n + 1);
        }
        checked += 1;
    }
    assert!(checked >= 12, "only {checked} examples found");
}
