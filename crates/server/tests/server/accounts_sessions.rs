//! Sessions of agent accounts: the sign-in methods, the demo agents' passwords, sign-out,
//! a disabled agent, expiry, slowing repeated failures, CORS for an app on another origin,
//! and no password in the server's output.

use crate::accounts::{agent, sessions, sign_in, text};
use crate::common::{api_error, Server};
use crate::util::{request, sign_in_as, store};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use switchboard_protocol::{
    ErrorCode, ServerFrame, Session, SignInMethod, SignInMethods, SignInResponse,
};
use switchboard_server::Config;

fn token(answer: &crate::util::Answer) -> String {
    assert_eq!(answer.status, 200, "{}", answer.body);
    serde_json::from_str::<SignInResponse>(&answer.body)
        .unwrap()
        .token
}

async fn ready(server: &Server, token: &str) -> crate::common::Socket {
    let mut ws = server.socket(token, None).await;
    assert!(matches!(ws.next().await, Some(ServerFrame::Ready { .. })));
    ws
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_methods_with_and_without_demo() {
    for demo in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        let server = Server::start(dir.path(), demo).await;
        let got = request(&server, "GET", "/api/v1/session/methods", None, None, &[]).await;
        assert_eq!(got.status, 200, "{}", got.body);
        let methods: SignInMethods = serde_json::from_str(&got.body).unwrap();
        let mut want = vec![SignInMethod::Password];
        if demo {
            want.push(SignInMethod::Demo);
        }
        want.push(SignInMethod::Kiosk);
        assert_eq!(methods.methods, want);
        server.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_agents_sign_in_by_password() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), true).await;
    let got = sign_in(&server, " Marta@Demo.Switchboard", "demo").await;
    assert_eq!(got.status, 200, "{}", got.body);
    let signed: switchboard_protocol::SignInResponse = serde_json::from_str(&got.body).unwrap();
    assert_eq!(signed.agent.email, "marta@demo.switchboard");
    let expires = signed.expires_at.expect("an expiry");
    // A short-lived access token (renewed through the refresh cookie: `refresh.rs`).
    let minutes = (expires - chrono::Utc::now()).num_minutes();
    assert!((14..=15).contains(&minutes), "{expires}");
    let session: Session = server
        .json("GET", "/api/v1/session", &signed.token, None, 200)
        .await;
    assert_eq!(session.agent.id, signed.agent.id);
    assert_eq!(session.expires_at, Some(expires));
    for email in ["alex", "dmitri", "claire", "lucia"] {
        let got = sign_in(&server, &format!("{email}@demo.switchboard"), "demo").await;
        assert_eq!(got.status, 200, "{email}: {}", got.body);
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_out_kills_the_token_and_closes_its_sockets() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), true).await;
    let a = token(&sign_in(&server, "alex@demo.switchboard", "demo").await);
    let b = token(&sign_in(&server, "alex@demo.switchboard", "demo").await);
    let mut ws_a = ready(&server, &a).await;
    let mut ws_b = ready(&server, &b).await;
    let out = request(&server, "DELETE", "/api/v1/session", Some(&a), None, &[]).await;
    assert_eq!(out.status, 204, "{}", out.body);
    assert_eq!(
        ws_a.next_within(2_000).await,
        Some(ServerFrame::Unauthorized)
    );
    assert_eq!(ws_a.next().await, None, "then closed");
    let (status, _) = server.call("GET", "/api/v1/session", Some(&a), None).await;
    assert_eq!(status, 401, "the token died at once");
    let again = request(&server, "DELETE", "/api/v1/session", Some(&a), None, &[]).await;
    assert_eq!(again.status, 401);
    // The other session of the same agent goes on.
    assert!(ws_b.quiet(500).await);
    let (status, _) = server.call("GET", "/api/v1/session", Some(&b), None).await;
    assert_eq!(status, 200);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_disabled_agent_is_refused_and_its_tokens_die_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), true).await;
    let marta = token(&sign_in(&server, "marta@demo.switchboard", "demo").await);
    let mut ws = ready(&server, &marta).await;
    // `agent disable` is another process on the same database.
    let off = agent(
        dir.path(),
        &["disable", "--email", "marta@demo.switchboard"],
        "",
    );
    assert!(off.status.success(), "{}", text(&off.stderr));
    let (status, body) = server
        .call("GET", "/api/v1/session", Some(&marta), None)
        .await;
    assert_eq!(status, 401, "{body}");
    let refused = sign_in(&server, "marta@demo.switchboard", "demo").await;
    assert_eq!(refused.status, 401);
    assert_eq!(api_error(&refused.body).message, "wrong email or password");
    // The open socket notices at its next token check (every 5 s).
    assert_eq!(ws.next_within(8_000).await, Some(ServerFrame::Unauthorized));
    assert_eq!(ws.next().await, None);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expired_session_is_401() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), true).await;
    let token = sign_in_as(dir.path(), "claire@demo.switchboard");
    store(dir.path())
        .execute(
            "UPDATE sessions SET expires_at = ?1 WHERE rowid = (SELECT MAX(rowid) FROM sessions)",
            [switchboard_server::db::now_ms() - 1],
        )
        .unwrap();
    let (status, body) = server
        .call("GET", "/api/v1/session", Some(&token), None)
        .await;
    assert_eq!(status, 401, "{body}");
    assert_eq!(api_error(&body).code, ErrorCode::Unauthorized);
    let mut ws = server.socket(&token, None).await;
    assert_eq!(ws.next().await, Some(ServerFrame::Unauthorized));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn repeated_failures_are_slowed() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), true).await;
    let before = sessions(dir.path());
    // A success clears its email's failures: 4 + 4 failures never reach the limit of 5.
    for round in 0..2 {
        for _ in 0..4 {
            assert_eq!(
                sign_in(&server, "claire@demo.switchboard", "x")
                    .await
                    .status,
                401
            );
        }
        if round == 0 {
            token(&sign_in(&server, "claire@demo.switchboard", "demo").await);
        }
    }
    // Five failures for one email: the sixth try is 429, even with the right password.
    for _ in 0..5 {
        assert_eq!(
            sign_in(&server, "alex@demo.switchboard", "x").await.status,
            401
        );
    }
    let slowed = sign_in(&server, "ALEX@demo.switchboard", "demo").await;
    assert_eq!(slowed.status, 429, "{}", slowed.body);
    assert_eq!(api_error(&slowed.body).code, ErrorCode::RateLimited);
    let wait: u64 = slowed.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=900).contains(&wait), "{wait}");
    // Other emails go on from the same address, until the address reaches 20 failures.
    token(&sign_in(&server, "marta@demo.switchboard", "demo").await);
    for i in 0..7 {
        let got = sign_in(&server, &format!("guess{i}@demo.switchboard"), "x").await;
        assert_eq!(got.status, 401);
    }
    let by_address = sign_in(&server, "dmitri@demo.switchboard", "demo").await;
    assert_eq!(by_address.status, 429);
    assert!(by_address.header("retry-after").is_some());
    assert_eq!(sessions(dir.path()), before + 2, "only the two successes");
    server.stop().await;
}

async fn preflight(server: &Server, origin: &str) -> crate::util::Answer {
    let headers = [
        ("Origin", origin),
        ("Access-Control-Request-Method", "DELETE"),
        (
            "Access-Control-Request-Headers",
            "authorization,content-type",
        ),
    ];
    request(server, "OPTIONS", "/api/v1/session", None, None, &headers).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cors_lets_the_listed_origin_call_everything() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::new(dir.path().to_path_buf(), dir.path().join("no-such-dist"));
    config.demo = true;
    config.cors_origins = vec!["http://app.example:8081".into()];
    let server = Server::start_with(&config).await;
    let ok = preflight(&server, "http://app.example:8081").await;
    assert!(ok.status < 300, "{}", ok.status);
    let allowed = ok.header("access-control-allow-origin");
    assert_eq!(allowed, Some("http://app.example:8081"));
    let methods = ok
        .header("access-control-allow-methods")
        .unwrap()
        .to_lowercase();
    for m in ["get", "post", "put", "patch", "delete"] {
        assert!(methods.contains(m), "{methods}");
    }
    let allowed = ok
        .header("access-control-allow-headers")
        .unwrap()
        .to_lowercase();
    assert!(allowed.contains("authorization") && allowed.contains("content-type"));
    let refused = preflight(&server, "http://evil.example").await;
    assert_eq!(refused.header("access-control-allow-origin"), None);
    // A real call from the app's origin can read Retry-After.
    let origin = [("Origin", "http://app.example:8081")];
    let got = request(
        &server,
        "GET",
        "/api/v1/session/methods",
        None,
        None,
        &origin,
    )
    .await;
    assert_eq!(got.status, 200);
    let exposed = got
        .header("access-control-expose-headers")
        .unwrap()
        .to_lowercase();
    assert!(exposed.contains("retry-after"), "{exposed}");
    server.stop().await;
}

#[test]
fn no_password_reaches_the_server_output() {
    let dir = tempfile::tempdir().unwrap();
    let add = agent(
        dir.path(),
        &[
            "add",
            "--email",
            "eve@example.org",
            "--name",
            "Eve",
            "--role",
            "agent",
        ],
        "",
    );
    let password = crate::accounts::last_line(&add);
    let mut child = Command::new(env!("CARGO_BIN_EXE_switchboard-server"))
        .args(["--listen", "127.0.0.1:0", "--data"])
        .arg(dir.path())
        .arg("--static")
        .arg(dir.path().join("no-such-dist"))
        .env_remove("SWITCHBOARD_DATA")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    let base = first
        .trim()
        .strip_prefix("Switchboard is running at ")
        .unwrap_or_else(|| panic!("{first}"))
        .trim_end_matches('/')
        .to_owned();
    let http: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    for pw in [password.as_str(), "Wrong-Guess-Secret-42"] {
        let body = serde_json::json!({ "email": "eve@example.org", "password": pw });
        let url = format!("{base}/api/v1/session");
        let status = http.post(&url).send_json(&body).unwrap().status().as_u16();
        assert!(status == 200 || status == 401, "{status}");
    }
    child.kill().unwrap();
    let out = child.wait_with_output().unwrap();
    let mut all = first + &text(&out.stdout) + &text(&out.stderr);
    all.push_str(&text(&add.stderr));
    assert!(!all.contains(&password), "{all}");
    assert!(!all.contains("Wrong-Guess-Secret-42"), "{all}");
}
