//! Kiosk desks: `device add` → claim (once, unexpired) → roster → PIN sign-in → a session
//! that sees only the desk's team (list, counts, detail, messages, search, socket events),
//! wrong PINs refused alike and slowed, device and agent tokens kept apart, and
//! `device remove` ending the desk's sessions.

use crate::common::{api_error, Server};
use crate::consistency::{check, listen, Scope};
use crate::util::{request, sign_in_as, store, Answer};
use switchboard_protocol::*;
use switchboard_server::cli::{self, DeviceCommand};

/// Runs `device add` on the server's data and returns the code (its last line).
fn add_desk(dir: &std::path::Path, team: &str, name: &str) -> String {
    let mut out = Vec::new();
    let command = DeviceCommand::Add {
        team: team.into(),
        name: name.into(),
    };
    cli::run_device(dir, &command, &mut out).expect("device add");
    let text = String::from_utf8(out).unwrap();
    text.lines().last().unwrap().to_owned()
}

fn team_id(dir: &std::path::Path, name: &str) -> TeamId {
    TeamId(
        store(dir)
            .query_row("SELECT id FROM teams WHERE name = ?1", [name], |r| r.get(0))
            .unwrap(),
    )
}

pub(crate) fn agent_id(dir: &std::path::Path, email: &str) -> AgentId {
    AgentId(
        store(dir)
            .query_row("SELECT id FROM agents WHERE email = ?1", [email], |r| {
                r.get(0)
            })
            .unwrap(),
    )
}

/// A live conversation of a team whose contact is not blocked, on a network without a
/// messaging window (so a reply goes out).
fn conversation_of(dir: &std::path::Path, team: TeamId) -> i64 {
    store(dir)
        .query_row(
            "SELECT c.id FROM conversations c JOIN contacts k ON k.id = c.contact_id \
             WHERE c.team_id = ?1 AND c.archived = 0 AND k.blocked = 0 \
             AND c.channel IN ('telegram', 'webchat') ORDER BY c.id LIMIT 1",
            [team.0],
            |r| r.get(0),
        )
        .unwrap()
}

async fn post(s: &Server, path: &str, token: Option<&str>, body: &str) -> Answer {
    request(s, "POST", path, token, Some(body), &[]).await
}

async fn claim(s: &Server, code: &str) -> Answer {
    let body = serde_json::json!({ "code": code }).to_string();
    post(s, "/api/v1/devices/claim", None, &body).await
}

async fn pin_sign_in(s: &Server, device: &str, agent: AgentId, pin: &str) -> Answer {
    let body = serde_json::json!({ "agent_id": agent.0, "pin": pin }).to_string();
    post(s, "/api/v1/desk/session", Some(device), &body).await
}

/// A demo server with a claimed desk of `Support`: (dir, server, the claim's answer).
pub(crate) async fn claimed_desk() -> (tempfile::TempDir, Server, Answer) {
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start(dir.path(), true).await;
    let code = add_desk(dir.path(), "Support", "Front desk");
    let got = claim(&s, &code).await;
    assert_eq!(got.status, 200, "{}", got.body);
    (dir, s, got)
}

/// A demo server with a claimed desk of `Support`: (dir, server, device token).
async fn desk() -> (tempfile::TempDir, Server, String) {
    let (dir, s, got) = claimed_desk().await;
    let cred: DeviceCredential = serde_json::from_str(&got.body).unwrap();
    (dir, s, cred.device_token)
}

/// Claire Lefèvre (a plain agent of Support) signed in at the desk.
async fn claire_at_desk(dir: &std::path::Path, s: &Server, device: &str) -> String {
    let claire = agent_id(dir, "claire@demo.switchboard");
    let got = pin_sign_in(s, device, claire, "1234").await;
    assert_eq!(got.status, 200, "{}", got.body);
    serde_json::from_str::<SignInResponse>(&got.body)
        .unwrap()
        .token
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_desk_is_set_up_once_and_signs_agents_in_by_pin() {
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start(dir.path(), true).await;
    let code = add_desk(dir.path(), "support", "Front desk");
    assert_eq!(code.len(), 9, "{code}");
    assert_eq!(&code[4..5], "-");
    // Compared without case, spaces or dashes.
    let typed = format!(" {} {} ", &code[..4], &code[5..]).to_lowercase();
    let got = claim(&s, &typed).await;
    assert_eq!(got.status, 200, "{}", got.body);
    let cred: DeviceCredential = serde_json::from_str(&got.body).unwrap();
    let support = team_id(dir.path(), "Support");
    let desk = Desk {
        name: "Front desk".into(),
        team: support,
        team_name: "Support".into(),
    };
    assert_eq!(cred.desk, desk);
    // One-time: the same code again is refused, and only hashes are stored.
    let again = claim(&s, &code).await;
    assert_eq!(again.status, 401);
    assert_eq!(api_error(&again.body).code, ErrorCode::Unauthorized);
    let (stored_code, stored_token): (Option<String>, String) = store(dir.path())
        .query_row("SELECT code_hash, token_hash FROM devices", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(stored_code, None);
    assert_ne!(stored_token, cred.device_token);
    // The roster: Support's enabled agents with a PIN, by name.
    let (status, text) = s
        .call("GET", "/api/v1/desk", Some(&cred.device_token), None)
        .await;
    assert_eq!(status, 200, "{text}");
    let roster: DeskRoster = serde_json::from_str(&text).unwrap();
    assert_eq!(roster.desk, desk);
    let names: Vec<&str> = roster.agents.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Alex Morgan", "Claire Lefèvre", "Marta Kovalenko"]);
    // A PIN opens the agent's own session, at the desk.
    let token = claire_at_desk(dir.path(), &s, &cred.device_token).await;
    let me: Session = s.json("GET", "/api/v1/session", &token, None, 200).await;
    assert_eq!(me.agent.email, "claire@demo.switchboard");
    assert_eq!(me.desk, Some(desk));
    // An ordinary session has no desk.
    let plain = sign_in_as(dir.path(), "claire@demo.switchboard");
    let me: Session = s.json("GET", "/api/v1/session", &plain, None, 200).await;
    assert_eq!(me.desk, None);
    // Kiosk is offered.
    let (_, text) = s.call("GET", "/api/v1/session/methods", None, None).await;
    let methods: SignInMethods = serde_json::from_str(&text).unwrap();
    assert!(methods.methods.contains(&SignInMethod::Kiosk));
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn expired_and_unknown_device_codes_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start(dir.path(), true).await;
    let code = add_desk(dir.path(), "Sales", "Back office");
    store(dir.path())
        .execute("UPDATE devices SET code_expires_at = 1", [])
        .unwrap();
    for code in [code.as_str(), "AAAA-AAAA", ""] {
        let got = claim(&s, code).await;
        assert_eq!(got.status, 401, "{code}: {}", got.body);
        assert!(!got.body.contains(code) || code.is_empty(), "never quoted");
    }
    let bad = post(&s, "/api/v1/devices/claim", None, r#"{"kode":"x"}"#).await;
    assert_eq!(bad.status, 400);
    // Unknown team, duplicate name: errors, nothing added.
    let mut out = Vec::new();
    let unknown = DeviceCommand::Add {
        team: "Nobody".into(),
        name: "X".into(),
    };
    assert!(cli::run_device(dir.path(), &unknown, &mut out).is_err());
    let duplicate = DeviceCommand::Add {
        team: "Sales".into(),
        name: "back OFFICE".into(),
    };
    assert!(cli::run_device(dir.path(), &duplicate, &mut out).is_err());
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_pins_are_refused_alike_and_slowed_after_five() {
    let (dir, s, device) = desk().await;
    let claire = agent_id(dir.path(), "claire@demo.switchboard");
    let dmitri = agent_id(dir.path(), "dmitri@demo.switchboard"); // not in Support
    let wrong = pin_sign_in(&s, &device, claire, "9999").await;
    assert_eq!(wrong.status, 401);
    let outsider = pin_sign_in(&s, &device, dmitri, "1234").await;
    assert_eq!(outsider.status, 401, "another team's agent");
    assert_eq!(wrong.body, outsider.body, "one generic refusal");
    assert!(!wrong.body.contains("9999"));
    // A disabled agent and one without a PIN: the same refusal.
    let conn = store(dir.path());
    conn.execute(
        "UPDATE agents SET pin_hash = NULL WHERE email = 'marta@demo.switchboard'",
        [],
    )
    .unwrap();
    let marta = agent_id(dir.path(), "marta@demo.switchboard");
    assert_eq!(
        pin_sign_in(&s, &device, marta, "1234").await.body,
        wrong.body
    );
    for _ in 0..4 {
        assert_eq!(pin_sign_in(&s, &device, claire, "0000").await.status, 401);
    }
    // Five wrong PINs for Claire at this desk: even the right one waits.
    let slowed = pin_sign_in(&s, &device, claire, "1234").await;
    assert_eq!(slowed.status, 429, "{}", slowed.body);
    assert_eq!(api_error(&slowed.body).code, ErrorCode::RateLimited);
    let wait: u64 = slowed.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=900).contains(&wait), "{wait}");
    // Another agent at the desk goes on.
    let alex = agent_id(dir.path(), "alex@demo.switchboard");
    assert_eq!(pin_sign_in(&s, &device, alex, "1234").await.status, 200);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn device_and_agent_tokens_do_not_cross() {
    let (dir, s, device) = desk().await;
    let agent = sign_in_as(dir.path(), "claire@demo.switchboard");
    // An agent's token is no device token.
    assert_eq!(
        s.call("GET", "/api/v1/desk", Some(&agent), None).await.0,
        401
    );
    let claire = agent_id(dir.path(), "claire@demo.switchboard");
    assert_eq!(pin_sign_in(&s, &agent, claire, "1234").await.status, 401);
    // A device token is no agent's token: REST and socket.
    for path in [
        "/api/v1/session",
        "/api/v1/conversations",
        "/api/v1/conversations/counts",
        "/api/v1/templates",
    ] {
        let (status, text) = s.call("GET", path, Some(&device), None).await;
        assert_eq!(status, 401, "{path}: {text}");
    }
    let mut ws = s.socket(&device, None).await;
    assert_eq!(ws.next().await, Some(ServerFrame::Unauthorized));
    assert_eq!(s.call("GET", "/api/v1/desk", None, None).await.0, 401);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_desk_session_sees_only_its_teams_conversations() {
    let (dir, s, device) = desk().await;
    let token = claire_at_desk(dir.path(), &s, &device).await;
    let support = team_id(dir.path(), "Support");
    let sales = team_id(dir.path(), "Sales");
    // The list and the counts: Support's conversations only.
    let mine = crate::util::all(&s, &token, "", 50).await;
    assert!(!mine.is_empty());
    assert!(mine.iter().all(|c| c.team == Some(support)));
    let plain = sign_in_as(dir.path(), "claire@demo.switchboard");
    let everything = crate::util::all(&s, &plain, "", 50).await;
    let want = everything
        .iter()
        .filter(|c| c.team == Some(support))
        .count();
    assert_eq!(mine.len(), want);
    assert!(everything.len() > want);
    let counts: ConversationCounts = s
        .json("GET", "/api/v1/conversations/counts", &token, None, 200)
        .await;
    assert_eq!(counts.all as usize, want);
    assert_eq!(counts.mailboxes[&format!("team:{}", sales.0)], 0);
    // Another team's conversation is not there at all.
    let ours = conversation_of(dir.path(), support);
    let theirs = conversation_of(dir.path(), sales);
    for path in [
        format!("/api/v1/conversations/{theirs}"),
        format!("/api/v1/conversations/{theirs}/messages"),
        format!("/api/v1/conversations/{theirs}/messages/search?q=a"),
        format!("/api/v1/conversations/{theirs}/deal"),
    ] {
        let (status, text) = s.call("GET", &path, Some(&token), None).await;
        assert_eq!(status, 404, "{path}: {text}");
    }
    let (status, _) = s
        .call(
            "GET",
            &format!("/api/v1/conversations/{ours}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(status, 200);
    // Search through the list stays inside the team too.
    let found = crate::util::all(&s, &token, "q=a", 50).await;
    assert!(found.iter().all(|c| c.team == Some(support)));
    // A reply at the desk is signed by the agent.
    let sent = crate::kit::send(&s, &token, ours, &crate::kit::text("From the desk")).await;
    assert_eq!(sent.0, 201, "{}", sent.1);
    let message: Message = serde_json::from_str(&sent.1).unwrap();
    assert!(
        matches!(message.author, Author::Agent { id, .. } if id == agent_id(dir.path(), "claire@demo.switchboard"))
    );
    // Socket: another team's events come redacted (seq kept), the desk's in full.
    let (mut ws, _) = listen(&s, &token).await;
    s.inbound(&plain, theirs, "Sales only").await;
    s.inbound(&plain, ours, "Support here").await;
    let mut heard = Vec::new();
    while let Some(frame) = ws.next_within(600).await {
        if let ServerFrame::Event { event, .. } = frame {
            heard.push(event);
        }
    }
    let text = serde_json::to_string(&heard).unwrap();
    assert!(!text.contains("Sales only"), "{text}");
    assert!(text.contains("Support here"), "{text}");
    assert!(heard.contains(&Event::Unknown), "redacted, not dropped");
    assert!(heard.iter().all(|e| match e {
        Event::ConversationUpdated { conversation } => conversation.team == Some(support),
        Event::MessageCreated { message } => message.conversation_id.0 == ours,
        _ => true,
    }));
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_desk_sessions_snapshot_and_events_agree() {
    let (dir, s, device) = desk().await;
    let token = claire_at_desk(dir.path(), &s, &device).await;
    let plain = sign_in_as(dir.path(), "claire@demo.switchboard");
    let ours = conversation_of(dir.path(), team_id(dir.path(), "Support"));
    let theirs = conversation_of(dir.path(), team_id(dir.path(), "Sales"));
    let scope = Scope {
        logs: vec![ours, theirs],
        ..Scope::default()
    };
    check(&s, &token, &scope, || async {
        s.inbound(&plain, theirs, "Elsewhere").await;
        s.inbound(&plain, ours, "Here").await;
        let sent = crate::kit::send(&s, &token, ours, &crate::kit::text("Answer")).await;
        assert_eq!(sent.0, 201, "{}", sent.1);
    })
    .await;
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn removing_a_desk_ends_its_sessions() {
    let (dir, s, device) = desk().await;
    let token = claire_at_desk(dir.path(), &s, &device).await;
    let plain = sign_in_as(dir.path(), "claire@demo.switchboard");
    let (mut ws, _) = listen(&s, &token).await;
    let mut out = Vec::new();
    cli::run_device(dir.path(), &DeviceCommand::List, &mut out).unwrap();
    let list = String::from_utf8(out).unwrap();
    assert!(
        list.contains("Front desk") && list.contains("Support"),
        "{list}"
    );
    assert!(list.contains("set up"), "{list}");
    let mut out = Vec::new();
    let remove = DeviceCommand::Remove {
        name: "front desk".into(),
    };
    cli::run_device(dir.path(), &remove, &mut out).unwrap();
    assert!(String::from_utf8(out).unwrap().contains("1 session"));
    // The socket hears `unauthorized` within the 5 s recheck, then closes (the deadline is
    // generous: a loaded CI machine runs the recheck late; a passing run ends at once).
    let mut got_unauthorized = false;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while std::time::Instant::now() < deadline {
        match ws.next_within(1_000).await {
            Some(ServerFrame::Unauthorized) => {
                got_unauthorized = true;
                break;
            }
            Some(_) => {}
            None if ws.quiet(10).await => {}
            None => break,
        }
    }
    assert!(
        got_unauthorized,
        "the desk session's socket is told and closed"
    );
    assert_eq!(
        s.call("GET", "/api/v1/session", Some(&token), None).await.0,
        401
    );
    assert_eq!(
        s.call("GET", "/api/v1/desk", Some(&device), None).await.0,
        401
    );
    // The agent's own session elsewhere goes on.
    assert_eq!(
        s.call("GET", "/api/v1/session", Some(&plain), None).await.0,
        200
    );
    assert!(cli::run_device(dir.path(), &remove, &mut Vec::new()).is_err());
    s.stop().await;
}

#[test]
fn the_openapi_document_describes_the_desk_endpoints() {
    let doc: serde_json::Value =
        serde_json::from_str(&switchboard_server::openapi::document_json()).unwrap();
    let op = |path: &str, method: &str| doc["paths"][format!("/api/v1{path}")][method].clone();
    let claim = op("/devices/claim", "post");
    assert!(claim.get("security").is_none(), "the claim needs no token");
    for (path, method) in [("/devices/claim", "post"), ("/desk/session", "post")] {
        let r = &op(path, method)["responses"];
        for status in ["200", "401", "429"] {
            assert!(r.get(status).is_some(), "{method} {path} {status}");
        }
    }
    assert_eq!(
        op("/desk", "get")["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/DeskRoster"
    );
    assert!(doc["components"]["schemas"]["Session"]["properties"]
        .get("desk")
        .is_some());
}
