//! The kit against the reference server (every check passes) and against servers that
//! break the contract on purpose (the check that guards it fails, and the summary and the
//! exit code say so).

mod proxy;

use proxy::Break;
use std::path::Path;
use std::time::Instant;
use switchboard_conformance::{run, Credentials, Options, Report, Verdict};
use switchboard_server::{start, Config, Running};

/// The other origin the app is served from (the reference server allows it).
const APP_ORIGIN: &str = "http://app.example";

/// A demo reference server in a fresh directory, and a demo token.
async fn demo(dir: &Path) -> (Running, String, String) {
    let mut config = Config::new(dir.to_path_buf(), dir.join("no-such-dist"));
    config.demo = true;
    config.cors_origins = vec![APP_ORIGIN.to_owned()];
    let running = start(&config).await.expect("server starts");
    let base = format!("http://{}", running.addr);
    let reply = reqwest::Client::new()
        .post(format!("{base}/api/v1/session/demo"))
        .send()
        .await
        .expect("demo sign-in answers");
    assert_eq!(reply.status().as_u16(), 200);
    let body: serde_json::Value = reply.json().await.expect("sign-in is JSON");
    let token = body["token"].as_str().expect("a token").to_owned();
    (running, base, token)
}

async fn kit(url: &str, token: &str) -> Report {
    let options = Options::new(url, Credentials::Token(token.to_owned()));
    run(&options, |o| println!("{o}")).await
}

fn failed(report: &Report, name: &str) -> String {
    match &report
        .get(name)
        .unwrap_or_else(|| panic!("no check {name}\n{report}"))
        .verdict
    {
        Verdict::Fail(why) => why.clone(),
        other => panic!("{name} should fail, got {other:?}\n{report}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_reference_server_passes_every_check() {
    let dir = tempfile::tempdir().unwrap();
    let (server, base, token) = demo(dir.path()).await;
    let started = Instant::now();
    let mut options = Options::new(&base, Credentials::Token(token.clone()));
    options.origin = Some(APP_ORIGIN.to_owned());
    let report = run(&options, |o| println!("{o}")).await;
    println!(
        "{} in {:.1} s",
        report.summary(),
        started.elapsed().as_secs_f32()
    );
    assert!(report.all_passed(), "{report}");
    assert!(report.total() >= 40, "{report}");
    for name in [
        "health",
        "session",
        "conversations-paging",
        "messages",
        "send-repeat",
        "send-once-in-history",
        "socket-events-gapless",
        "socket-replay",
        "socket-resync-ahead",
        "socket-heartbeat",
        "socket-unauthorized",
        "cors-preflight",
        "cors-answer",
    ] {
        assert!(report.get(name).is_some(), "no check {name}");
    }
    // The reference server declares every capability: nothing is skipped but the refresh
    // cookie, which needs a password sign-in (checked below).
    assert!(
        !report
            .outcomes
            .iter()
            .any(|o| matches!(o.verdict, Verdict::Skipped(_)) && o.name != "session-refresh"),
        "{report}"
    );
    server.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_a_password_the_refresh_cookie_is_checked_and_passes() {
    let dir = tempfile::tempdir().unwrap();
    let (server, base, _) = demo(dir.path()).await;
    let credentials = Credentials::Password {
        email: "marta@demo.switchboard".into(),
        password: "demo".into(),
    };
    let report = run(&Options::new(&base, credentials), |o| println!("{o}")).await;
    assert!(report.all_passed(), "{report}");
    assert_eq!(
        report.get("session-refresh").map(|o| &o.verdict),
        Some(&Verdict::Pass(Some(
            "rotated; refused after sign-out".into()
        ))),
        "{report}"
    );
    server.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_page_of_the_wrong_shape_fails_its_check() {
    let dir = tempfile::tempdir().unwrap();
    let (server, base, token) = demo(dir.path()).await;
    let proxy = proxy::start(&base, Break::NullHasMoreAfter).await;
    let report = kit(&proxy, &token).await;
    let why = failed(&report, "messages");
    assert!(
        why.contains("$.has_more_after: expected boolean, got null"),
        "{why}"
    );
    assert!(!report.all_passed());
    assert!(report.summary().starts_with("conformance: "));
    assert!(report.passed() < report.total(), "{}", report.summary());
    // The rest of the contract still holds through the proxy.
    assert_eq!(report.get("health").map(|o| o.passed()), Some(true));
    server.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_accepted_out_of_range_limit_fails_its_check() {
    let dir = tempfile::tempdir().unwrap();
    let (server, base, token) = demo(dir.path()).await;
    let proxy = proxy::start(&base, Break::AcceptAnyLimit).await;
    // And an origin the server does not allow.
    let mut options = Options::new(&proxy, Credentials::Token(token.clone()));
    options.origin = Some("http://not-allowed.example".to_owned());
    let report = run(&options, |o| println!("{o}")).await;
    let why = failed(&report, "cors-preflight");
    assert!(why.contains("Access-Control-Allow-Origin"), "{why}");
    let why = failed(&report, "conversations-limit-out-of-range");
    assert!(why.contains("expected status 422, got 200"), "{why}");
    failed(&report, "messages-limit-out-of-range");
    assert_eq!(report.get("conversations").map(|o| o.passed()), Some(true));
    server.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_seq_and_a_plain_text_404_fail_their_checks() {
    let dir = tempfile::tempdir().unwrap();
    let (server, base, token) = demo(dir.path()).await;
    let proxy = proxy::start(&base, Break::DropFirstEventAndPlain404).await;
    let report = kit(&proxy, &token).await;
    let why = failed(&report, "socket-events-gapless");
    assert!(why.starts_with("expected seq "), "{why}");
    let why = failed(&report, "conversation-unknown-404");
    assert!(why.contains("not JSON"), "{why}");
    assert_eq!(report.get("socket-ready").map(|o| o.passed()), Some(true));
    server.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn password_sign_in_and_undeclared_parts_are_skipped_not_failed() {
    let dir = tempfile::tempdir().unwrap();
    let (server, base, _) = demo(dir.path()).await;
    let proxy = proxy::start(&base, Break::PasswordSignInWithoutDeals).await;
    let credentials = Credentials::Password {
        email: "alex@demo.switchboard".into(),
        password: "demo".into(),
    };
    let report = run(&Options::new(&proxy, credentials), |o| println!("{o}")).await;
    assert!(report.all_passed(), "{report}");
    for name in ["sign-in", "sign-in-refused"] {
        assert_eq!(report.get(name).map(|o| o.passed()), Some(true), "{report}");
    }
    for name in ["pipelines", "deal"] {
        let line = report.get(name).unwrap().to_string();
        assert_eq!(line, format!("PASS {name} (skipped: `deals` not declared)"));
    }
    assert_eq!(
        report.get("templates").map(|o| &o.verdict),
        Some(&Verdict::Pass(Some("10 items".into()))),
        "{report}"
    );

    // Without a capability list, an optional endpoint answering 404 is "not offered".
    let proxy = proxy::start(&base, Break::NoCapabilitiesNoViews).await;
    let report = kit(&proxy, &token_of(&base).await).await;
    assert!(report.all_passed(), "{report}");
    assert_eq!(
        report.get("views").unwrap().to_string(),
        "PASS views (skipped: 404: not offered)"
    );
    server.stop().await.unwrap();
}

async fn token_of(base: &str) -> String {
    let reply = reqwest::Client::new()
        .post(format!("{base}/api/v1/session/demo"))
        .send()
        .await
        .unwrap();
    let body: serde_json::Value = reply.json().await.unwrap();
    body["token"].as_str().unwrap().to_owned()
}

/// The binary itself: the output format and the exit code, passing and failing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_prints_one_line_per_check_and_exits_by_the_result() {
    let dir = tempfile::tempdir().unwrap();
    let (server, base, token) = demo(dir.path()).await;
    let run_bin = |args: Vec<String>| {
        tokio::task::spawn_blocking(move || {
            std::process::Command::new(env!("CARGO_BIN_EXE_switchboard-conformance"))
                .args(args)
                .output()
                .expect("the binary runs")
        })
    };
    let good = run_bin(vec![
        "--url".into(),
        base.clone(),
        "--token".into(),
        token.clone(),
    ]);
    let bad = run_bin(vec![
        "--url".into(),
        base.clone(),
        "--token".into(),
        "not-a-token".into(),
    ]);
    let (good, bad) = (good.await.unwrap(), bad.await.unwrap());

    let stdout = String::from_utf8(good.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    let (summary, checks) = lines.split_last().expect("some output");
    assert!(checks.len() >= 40, "{stdout}");
    assert!(checks.iter().all(|l| l.starts_with("PASS ")), "{stdout}");
    assert_eq!(
        *summary,
        format!("conformance: {0}/{0} checks passed", checks.len())
    );
    assert_eq!(good.status.code(), Some(0), "{stdout}");

    let stdout = String::from_utf8(bad.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    let (summary, checks) = lines.split_last().expect("some output");
    assert!(
        checks
            .iter()
            .all(|l| l.starts_with("PASS ") || l.starts_with("FAIL ")),
        "{stdout}"
    );
    let failures = checks.iter().filter(|l| l.starts_with("FAIL ")).count();
    assert!(
        checks
            .iter()
            .any(|l| l.starts_with("FAIL session: expected status 200, got 401")),
        "{stdout}"
    );
    assert_eq!(
        *summary,
        format!(
            "conformance: {}/{} checks passed",
            checks.len() - failures,
            checks.len()
        )
    );
    assert_eq!(bad.status.code(), Some(1), "{stdout}");

    // Usage errors: clap's exit code 2, nothing run.
    let usage = run_bin(vec!["--url".into(), base]).await.unwrap();
    assert_eq!(usage.status.code(), Some(2));
    let https = vec![
        "--url".into(),
        "https://example.invalid".into(),
        "--token".into(),
        "t".into(),
    ];
    let https = run_bin(https).await.unwrap();
    assert_eq!(https.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&https.stderr).contains("http://"));
    server.stop().await.unwrap();
}
