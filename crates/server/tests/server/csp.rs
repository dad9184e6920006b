//! The Content-Security-Policy of the app's HTML answers: built from the `index.html`
//! actually served (its inline scripts by hash) and the backend named in `config.json`,
//! with no `'unsafe-inline'` or `'unsafe-eval'`; and the two headers of every answer.

use crate::common::Server;
use crate::util::{request, Answer};
use switchboard_server::Config;

/// An `index.html` as Trunk writes it: an inline module loader beside file assets.
const LOADER: &str = "\nimport init from '/switchboard-abc.js';\nawait init({ module_or_path: '/switchboard-abc_bg.wasm' });\n";

/// A data directory and a built app with `index` as its `index.html` and `config_json` as
/// its `config.json`, if any.
fn app(index: &str, config_json: Option<&str>) -> (tempfile::TempDir, Config) {
    let dir = tempfile::tempdir().unwrap();
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), index).unwrap();
    std::fs::write(dist.join("app.js"), "console.log(1)").unwrap();
    if let Some(json) = config_json {
        std::fs::write(dist.join("config.json"), json).unwrap();
    }
    let config = Config::new(dir.path().join("data"), dist);
    (dir, config)
}

fn trunk_index() -> String {
    format!(
        "<!doctype html><html><head><script type=\"module\">{LOADER}</script>\
         <link rel=\"modulepreload\" href=\"/switchboard-abc.js\"></head><body></body></html>"
    )
}

/// One directive of an answer's policy (`script-src …`), without the name.
fn directive<'a>(a: &'a Answer, name: &str) -> &'a str {
    let csp = a.header("content-security-policy").expect("a CSP");
    csp.split(';')
        .map(str::trim)
        .find_map(|d| d.strip_prefix(name)?.strip_prefix(' '))
        .unwrap_or_else(|| panic!("no {name} in {csp}"))
}

/// `'sha256-…'` of a text, computed here independently of the server's code.
fn sha256_source(text: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    let digest = sha2::Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_served_loader_is_allowed_by_its_hash_and_nothing_inline_else() {
    let (_dir, config) = app(&trunk_index(), None);
    let s = Server::start_with(&config).await;
    for path in ["/", "/index.html", "/conversations/5"] {
        let a = request(&s, "GET", path, None, None, &[]).await;
        assert_eq!(a.status, 200, "{path}");
        let csp = a.header("content-security-policy").unwrap();
        assert_eq!(
            directive(&a, "script-src"),
            format!("'self' 'wasm-unsafe-eval' {}", sha256_source(LOADER)),
            "{path}"
        );
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        assert!(!csp.contains("'unsafe-eval'"), "{csp}");
        assert_eq!(directive(&a, "object-src"), "'none'");
        assert_eq!(directive(&a, "base-uri"), "'none'");
        assert_eq!(directive(&a, "form-action"), "'self'");
        assert_eq!(directive(&a, "default-src"), "'self'");
        assert_eq!(directive(&a, "img-src"), "'self' data: blob:");
        assert_eq!(directive(&a, "media-src"), "'self' blob:");
        // Without config.json the app talks to its own origin only.
        assert_eq!(directive(&a, "connect-src"), "'self'");
        // The email frame's own sheet (and no other inline style).
        let email = sha256_source(switchboard_core::message_parts::EMAIL_STYLE);
        assert_eq!(directive(&a, "style-src"), format!("'self' {email}"));
    }
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connect_src_names_the_backend_of_config_json() {
    let (_dir, config) = app(
        &trunk_index(),
        Some(
            r#"{"api_base":"https://api.example.com/api/v1","host_origins":["https://crm.example.com"]}"#,
        ),
    );
    let s = Server::start_with(&config).await;
    let a = request(&s, "GET", "/sign-in", None, None, &[]).await;
    assert_eq!(
        directive(&a, "connect-src"),
        "'self' https://api.example.com wss://api.example.com"
    );
    // Files come from the API's origin too.
    assert_eq!(
        directive(&a, "img-src"),
        "'self' data: blob: https://api.example.com"
    );
    assert_eq!(
        directive(&a, "media-src"),
        "'self' blob: https://api.example.com"
    );
    assert_eq!(
        directive(&a, "frame-ancestors"),
        "'self' https://crm.example.com"
    );
    s.stop().await;
    let (_dir, config) = app(
        &trunk_index(),
        Some(
            r#"{"api_base":"http://127.0.0.1:9000/api/v1","socket_url":"ws://127.0.0.1:9001/ws"}"#,
        ),
    );
    let s = Server::start_with(&config).await;
    let a = request(&s, "GET", "/", None, None, &[]).await;
    assert_eq!(
        directive(&a, "connect-src"),
        "'self' http://127.0.0.1:9000 ws://127.0.0.1:9001"
    );
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rebuilt_index_html_is_served_with_its_own_hash() {
    let (dir, config) = app(&trunk_index(), None);
    let s = Server::start_with(&config).await;
    let before = request(&s, "GET", "/", None, None, &[]).await;
    assert!(directive(&before, "script-src").contains(&sha256_source(LOADER)));
    let rebuilt = "<!doctype html><script type=\"module\">import('/switchboard-def.js')</script>";
    std::fs::write(dir.path().join("dist/index.html"), rebuilt).unwrap();
    let after = request(&s, "GET", "/conversations/1", None, None, &[]).await;
    assert!(after.body.contains("switchboard-def"));
    let script_src = directive(&after, "script-src");
    assert!(
        script_src.contains(&sha256_source("import('/switchboard-def.js')")),
        "{script_src}"
    );
    assert!(!script_src.contains(&sha256_source(LOADER)), "{script_src}");
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_answer_says_nosniff_and_its_referrer_policy() {
    let (_dir, config) = app(&trunk_index(), None);
    let s = Server::start_with(&config).await;
    for path in ["/", "/app.js", "/api/v1/health", "/api/v1/nope"] {
        let a = request(&s, "GET", path, None, None, &[]).await;
        assert_eq!(
            a.header("x-content-type-options"),
            Some("nosniff"),
            "{path}"
        );
        assert_eq!(
            a.header("referrer-policy"),
            Some("strict-origin-when-cross-origin"),
            "{path}"
        );
    }
    // The policy is for documents: a script or JSON answer does not carry it.
    let js = request(&s, "GET", "/app.js", None, None, &[]).await;
    assert_eq!(js.header("content-security-policy"), None);
    s.stop().await;
}

#[test]
fn the_csp_command_prints_the_headers_for_another_host() {
    let (dir, _config) = app(&trunk_index(), None);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_switchboard-server"))
        .arg("--static")
        .arg(dir.path().join("dist"))
        .args(["--host-origin", "https://crm.example.com", "csp"])
        .args(["--api-base", "https://api.example.com/api/v1"])
        .env_remove("SWITCHBOARD_STATIC")
        .env_remove("SWITCHBOARD_HOST_ORIGINS")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csp = text
        .lines()
        .find_map(|l| l.strip_prefix("Content-Security-Policy: "))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(csp.contains(&sha256_source(LOADER)), "{csp}");
    assert!(csp.contains("connect-src 'self' https://api.example.com wss://api.example.com;"));
    assert!(
        csp.ends_with("frame-ancestors 'self' https://crm.example.com"),
        "{csp}"
    );
    assert!(text.contains("X-Content-Type-Options: nosniff\n"));
    assert!(text.contains("Referrer-Policy: strict-origin-when-cross-origin\n"));
    assert!(
        !text.contains("X-Frame-Options"),
        "hosts are listed: {text}"
    );
    // A wrong backend URL is refused with the flag's name.
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_switchboard-server"))
        .arg("--static")
        .arg(dir.path().join("dist"))
        .args(["csp", "--api-base", "ftp://x"])
        .env_remove("SWITCHBOARD_HOST_ORIGINS")
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--api-base"));
}
