//! Agent accounts: the `agent …` commands (through the real binary and called directly),
//! and password sign-in's one generic refusal.

use crate::common::{api_error, Server};
use crate::util::{request, store, Answer};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use switchboard_protocol::{ErrorCode, Role};
use switchboard_server::cli::{self, AgentCommand};

/// Runs `switchboard-server agent ARGS --data DIR`, feeding `stdin`.
pub fn agent(dir: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_switchboard-server"))
        .arg("agent")
        .args(args)
        .arg("--data")
        .arg(dir)
        .env_remove("SWITCHBOARD_DATA")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// Text of an output stream.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The last line of a successful command's stdout (a generated password).
pub fn last_line(out: &Output) -> String {
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout).lines().last().unwrap().to_owned()
}

/// `POST /api/v1/session` with this email and password.
pub async fn sign_in(s: &Server, email: &str, password: &str) -> Answer {
    let body = serde_json::json!({ "email": email, "password": password }).to_string();
    request(s, "POST", "/api/v1/session", None, Some(&body), &[]).await
}

/// How many sessions the store holds.
pub fn sessions(dir: &Path) -> i64 {
    store(dir)
        .query_row("SELECT COUNT(*) FROM sessions", [], |r| r.get(0))
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_agent_command_through_the_binary() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let add = agent(
        d,
        &[
            "add",
            "--email",
            "Ann@Example.org",
            "--name",
            "Ann",
            "--role",
            "admin",
        ],
        "",
    );
    let generated = last_line(&add);
    assert!(generated.len() >= 16, "a strong password: {generated}");
    assert!(!text(&add.stderr).contains(&generated));
    let args = [
        "add",
        "--email",
        "bo@example.org",
        "--name",
        "Bo",
        "--role",
        "agent",
    ];
    let bo = agent(
        d,
        &[&args[..], &["--password-stdin"]].concat(),
        "bo's pass\n",
    );
    assert!(bo.status.success(), "{}", text(&bo.stderr));
    assert!(!text(&bo.stdout).contains("bo's pass"));
    // Refusals: a duplicate (any case), a bad role, an empty password, unknown emails.
    let dup = agent(
        d,
        &[
            "add",
            "--email",
            "ann@example.ORG",
            "--name",
            "A",
            "--role",
            "agent",
        ],
        "",
    );
    assert!(!dup.status.success());
    assert!(text(&dup.stderr).contains("already exists"), "{dup:?}");
    let role = agent(
        d,
        &[
            "add",
            "--email",
            "c@example.org",
            "--name",
            "C",
            "--role",
            "boss",
        ],
        "",
    );
    assert!(!role.status.success());
    assert!(text(&role.stderr).contains("unknown role"), "{role:?}");
    let empty = agent(
        d,
        &[
            "set-password",
            "--email",
            "bo@example.org",
            "--password-stdin",
        ],
        "\n",
    );
    assert!(!empty.status.success());
    assert!(text(&empty.stderr).contains("empty password"));
    for pin in ["123", "123456789", "12a4"] {
        let bad = agent(
            d,
            &["set-pin", "--email", "bo@example.org", "--pin", pin],
            "",
        );
        assert!(!bad.status.success(), "{pin}");
        assert!(text(&bad.stderr).contains("4 to 8 digits"), "{bad:?}");
    }
    let pin = agent(
        d,
        &["set-pin", "--email", "Bo@example.org", "--pin", "4821"],
        "",
    );
    assert!(pin.status.success(), "{}", text(&pin.stderr));
    assert!(!text(&pin.stdout).contains("4821"));
    let pin_hash: String = store(d)
        .query_row(
            "SELECT pin_hash FROM agents WHERE email = 'bo@example.org'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(switchboard_server::password::verify("4821", &pin_hash));
    for cmd in [
        &["set-password"][..],
        &["set-pin", "--pin", "1234"],
        &["disable"],
    ] {
        let unknown = agent(d, &[cmd, &["--email", "nobody@example.org"]].concat(), "");
        assert!(!unknown.status.success(), "{cmd:?}");
        assert!(text(&unknown.stderr).contains("no agent has the email"));
    }
    // A new generated password replaces the old one; disable turns Bo off.
    let reset = agent(d, &["set-password", "--email", "ann@example.org"], "");
    let new = last_line(&reset);
    assert_ne!(new, generated);
    assert!(agent(d, &["disable", "--email", "BO@example.org"], "")
        .status
        .success());
    let list = agent(d, &["list"], "");
    let listed = text(&list.stdout);
    assert!(list.status.success());
    assert!(!listed.contains("$argon2"), "never a hash: {listed}");
    let lines: Vec<Vec<&str>> = listed
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(lines[0], ["EMAIL", "NAME", "ROLE", "ENABLED"]);
    assert_eq!(lines[1], ["Ann@Example.org", "Ann", "admin", "yes"]);
    assert_eq!(lines[2], ["bo@example.org", "Bo", "agent", "no"]);
    // The server signs them in (or not) accordingly.
    let server = Server::start(d, false).await;
    assert_eq!(
        sign_in(&server, "ann@example.org", &generated).await.status,
        401
    );
    assert_eq!(sign_in(&server, "ann@example.org", &new).await.status, 200);
    assert_eq!(
        sign_in(&server, "bo@example.org", "bo's pass").await.status,
        401
    );
    server.stop().await;
    assert!(agent(d, &["enable", "--email", "bo@example.org"], "")
        .status
        .success());
    let server = Server::start(d, false).await;
    assert_eq!(
        sign_in(&server, "bo@example.org", "bo's pass").await.status,
        200
    );
    server.stop().await;
}

#[test]
fn the_command_functions_directly() {
    let dir = tempfile::tempdir().unwrap();
    let run = |command: AgentCommand, stdin: &str| {
        let mut out = Vec::new();
        let done = cli::run(dir.path(), &command, &mut stdin.as_bytes(), &mut out);
        done.map(|()| String::from_utf8(out).unwrap())
    };
    let add = |email: &str, role| AgentCommand::Add {
        email: email.into(),
        name: "Zoé".into(),
        role,
        language: "fr".into(),
        password_stdin: true,
    };
    let out = run(add("zoe@example.org", Role::Supervisor), "pw-zoe").unwrap();
    assert_eq!(out, "added Zoé <zoe@example.org> as supervisor\n");
    let dup = run(add("ZOE@example.org", Role::Agent), "pw").unwrap_err();
    assert!(dup.contains("already exists"), "{dup}");
    assert!(run(add("not-an-email", Role::Agent), "pw").is_err());
    let list = run(AgentCommand::List, "").unwrap();
    assert!(
        list.contains("zoe@example.org  Zoé   supervisor  yes"),
        "{list}"
    );
    let conn = store(dir.path());
    let hash: String = conn
        .query_row("SELECT password_hash FROM agents", [], |r| r.get(0))
        .unwrap();
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    assert!(!hash.contains("pw-zoe"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_refusal_is_the_same_401_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), true).await;
    assert!(agent(
        dir.path(),
        &["disable", "--email", "lucia@demo.switchboard"],
        ""
    )
    .status
    .success());
    let before = sessions(dir.path());
    let wrong = sign_in(&server, "alex@demo.switchboard", "not-demo").await;
    let unknown = sign_in(&server, "nobody@demo.switchboard", "demo").await;
    let disabled = sign_in(&server, "lucia@demo.switchboard", "demo").await;
    for got in [&wrong, &unknown, &disabled] {
        assert_eq!(got.status, 401);
        assert_eq!(got.body, wrong.body);
    }
    let e = api_error(&wrong.body);
    assert_eq!(e.code, ErrorCode::Unauthorized);
    assert_eq!(e.message, "wrong email or password");
    // A body of the wrong shape is a 400 that does not quote it.
    let odd = request(
        &server,
        "POST",
        "/api/v1/session",
        None,
        Some(r#""hunter2-secret""#),
        &[],
    )
    .await;
    assert_eq!(odd.status, 400);
    assert!(!odd.body.contains("hunter2"), "{}", odd.body);
    assert_eq!(sessions(dir.path()), before, "no session row on a refusal");
    server.stop().await;
}
