//! Framing is opt-in: every HTML answer of the static folder carries `frame-ancestors`
//! (in its Content-Security-Policy) with the host origins of `config.json` and the flags,
//! and `X-Frame-Options` only when there are none; API answers need neither.

use crate::common::Server;
use crate::util::{request, Answer};
use switchboard_server::Config;

/// The `frame-ancestors` directive of an answer's Content-Security-Policy.
fn frame_ancestors(a: &Answer) -> Option<&str> {
    a.header("content-security-policy")?
        .split(';')
        .map(str::trim)
        .find(|d| d.starts_with("frame-ancestors "))
}

/// A data directory and a built app (with `config_json` as its `config.json`, if any).
fn app(config_json: Option<&str>) -> (tempfile::TempDir, Config) {
    let dir = tempfile::tempdir().unwrap();
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!doctype html><title>SB</title>").unwrap();
    std::fs::write(dist.join("app.js"), "console.log(1)").unwrap();
    if let Some(json) = config_json {
        std::fs::write(dist.join("config.json"), json).unwrap();
    }
    let config = Config::new(dir.path().join("data"), dist);
    (dir, config)
}

const HTML_PATHS: [&str; 4] = ["/", "/index.html", "/conversations/5", "/sign-in"];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_host_origins_only_the_app_itself_may_frame_it() {
    let (_dir, config) = app(None);
    let s = Server::start_with(&config).await;
    for path in HTML_PATHS {
        let a = request(&s, "GET", path, None, None, &[]).await;
        assert_eq!(a.status, 200, "{path}");
        assert_eq!(
            frame_ancestors(&a),
            Some("frame-ancestors 'self'"),
            "{path}"
        );
        assert_eq!(a.header("x-frame-options"), Some("SAMEORIGIN"), "{path}");
    }
    let api = request(&s, "GET", "/api/v1/health", None, None, &[]).await;
    assert_eq!(api.status, 200);
    assert!(api
        .header("content-type")
        .unwrap()
        .starts_with("application/json"));
    assert_eq!(api.header("x-frame-options"), None);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn host_origins_from_config_json_and_flags_are_merged() {
    let (_dir, mut config) = app(Some(
        r#"{"auth":"password","host_origins":["https://crm.example.com","http://localhost:3000/"]}"#,
    ));
    // What `--host-origin` and `SWITCHBOARD_HOST_ORIGINS` fill in.
    config.host_origins = vec![
        "HTTPS://CRM.example.com".into(),
        "https://portal.example.org:8443".into(),
    ];
    let s = Server::start_with(&config).await;
    let want = "frame-ancestors 'self' https://crm.example.com http://localhost:3000 \
                https://portal.example.org:8443";
    for path in HTML_PATHS {
        let a = request(&s, "GET", path, None, None, &[]).await;
        assert_eq!(a.status, 200, "{path}");
        assert_eq!(frame_ancestors(&a), Some(want), "{path}");
        assert_eq!(
            a.header("x-frame-options"),
            None,
            "{path}: XFO cannot list them"
        );
    }
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_host_origin_stops_the_start() {
    let (_dir, mut config) = app(None);
    config.host_origins = vec!["https://crm.example.com/app".into()];
    let Err(e) = switchboard_server::start(&config).await else {
        panic!("a bad host origin must not start");
    };
    assert!(e.to_string().contains("https://crm.example.com/app"), "{e}");
    let (_dir, config) = app(Some(r#"{"host_origins":["*"]}"#));
    let Err(e) = switchboard_server::start(&config).await else {
        panic!("a wildcard must not start");
    };
    assert!(e.to_string().contains("\"*\""), "{e}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broken_config_json_keeps_framing_closed() {
    let (_dir, config) = app(Some("{ not json"));
    let s = Server::start_with(&config).await;
    let a = request(&s, "GET", "/sign-in", None, None, &[]).await;
    assert_eq!(frame_ancestors(&a), Some("frame-ancestors 'self'"));
    assert_eq!(a.header("x-frame-options"), Some("SAMEORIGIN"));
    s.stop().await;
}
