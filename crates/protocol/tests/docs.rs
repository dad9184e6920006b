//! Every JSON example of `docs/protocol.md` and `docs/protocol/*.md` decodes into the
//! protocol type its code fence names (```` ```json Message ````), and its re-encoding
//! decodes again. A fence naming a type this test does not know fails it.

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
        "SignInMethods" => check::<SignInMethods>(json),
        "DeviceClaim" => check::<DeviceClaim>(json),
        "DeviceCredential" => check::<DeviceCredential>(json),
        "Desk" => check::<Desk>(json),
        "DeskRoster" => check::<DeskRoster>(json),
        "PinSignIn" => check::<PinSignIn>(json),
        "ConversationPage" => check::<ConversationPage>(json),
        "ConversationDetail" => check::<ConversationDetail>(json),
        "MessagePage" => check::<MessagePage>(json),
        "Message" => check::<Message>(json),
        "SendMessage" => check::<SendMessage>(json),
        "InboundMessage" => check::<InboundMessage>(json),
        "Health" => check::<Health>(json),
        "PresenceUpdate" => check::<PresenceUpdate>(json),
        "MessageQuery" => check::<MessageQuery>(json),
        "MessageSearch" => check::<MessageSearch>(json),
        "ConversationSummary" => check::<ConversationSummary>(json),
        "ConversationCounts" => check::<ConversationCounts>(json),
        "ConversationFilter" => check::<ConversationFilter>(json),
        "CustomView" => check::<CustomView>(json),
        "NewView" => check::<NewView>(json),
        "ConversationAction" => check::<ConversationAction>(json),
        "Automation" => check::<Automation>(json),
        "Contact" => check::<Contact>(json),
        "ContactPatch" => check::<ContactPatch>(json),
        "CustomFieldDef" => check::<CustomFieldDef>(json),
        "CrmPropertyUpdate" => check::<CrmPropertyUpdate>(json),
        "ContactSearch" => check::<ContactSearch>(json),
        "NewContact" => check::<NewContact>(json),
        "ContactNote" => check::<ContactNote>(json),
        "NewNote" => check::<NewNote>(json),
        "Pipeline" => check::<Pipeline>(json),
        "Deal" => check::<Deal>(json),
        "DealUpdate" => check::<DealUpdate>(json),
        "Task" => check::<Task>(json),
        "NewTask" => check::<NewTask>(json),
        "TaskUpdate" => check::<TaskUpdate>(json),
        "Reminder" => check::<Reminder>(json),
        "NewReminder" => check::<NewReminder>(json),
        "CalendarEvent" => check::<CalendarEvent>(json),
        "NewCalendarEvent" => check::<NewCalendarEvent>(json),
        "Template" => check::<Template>(json),
        "Variable" => check::<Variable>(json),
        "Upload" => check::<Upload>(json),
        "OutboundRequest" => check::<OutboundRequest>(json),
        "OutboundResult" => check::<OutboundResult>(json),
        "Settings" => check::<Settings>(json),
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

/// `docs/protocol.md` and every `docs/protocol/*.md`.
fn documents() -> Vec<(String, String)> {
    let docs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs");
    let mut paths = vec![docs.join("protocol.md")];
    if let Ok(dir) = std::fs::read_dir(docs.join("protocol")) {
        let mut more: Vec<_> = dir
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
            .collect();
        more.sort();
        paths.extend(more);
    }
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable doc");
            (p.display().to_string(), text)
        })
        .collect()
}

#[test]
fn every_documented_example_decodes() {
    let mut checked = 0;
    for (name, doc) in documents() {
        checked += check_document(&name, &doc);
    }
    assert!(checked >= 12, "only {checked} examples found");
}

/// Decodes every example of one document; returns how many there were.
fn check_document(name: &str, doc: &str) -> usize {
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
            panic!("{name} line {}: {type_name}: {e}\n{json}", n + 1);
        }
        checked += 1;
    }
    checked
}
