//! Files that could run script (SVG, HTML, XML, a picture that is really an SVG) and names
//! that lie (a direction override, markup, a path) are served inert: downloaded, never
//! shown as their own type, in a sandbox that loads nothing, under a sanitised name.

use crate::common::Server;
use crate::kit::{quiet_demo, raw, upload, Raw};
use switchboard_protocol::Upload;
use switchboard_server::http::uploads::DOWNLOAD_CSP;

/// An SVG whose script and `onload` would call back to a watcher.
const HOSTILE_SVG: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" onload="fetch('http://127.0.0.1:9/x')"><script>fetch('http://127.0.0.1:9/y')</script></svg>"#;

async fn stored(s: &Server, token: &str, name: &str, body: &str) -> Upload {
    let answer = upload(s, token, name, body.as_bytes().to_vec()).await;
    assert_eq!(answer.status, 201, "{name}: {}", answer.text());
    serde_json::from_slice(&answer.body).unwrap()
}

fn assert_inert(got: &Raw, what: &str) {
    assert_eq!(got.status, 200, "{what}");
    assert_eq!(
        got.header("x-content-type-options"),
        Some("nosniff"),
        "{what}"
    );
    assert_eq!(
        got.header("content-security-policy"),
        Some(DOWNLOAD_CSP),
        "{what}"
    );
    let csp = got.header("content-security-policy").unwrap();
    assert!(
        csp.contains("sandbox") && csp.contains("default-src 'none'"),
        "{what}"
    );
    assert!(!csp.contains("script-src"), "{what}: {csp}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn active_files_are_downloaded_never_run() {
    let (dir, s, token) = quiet_demo().await;
    // A workspace that lets agents attach SVG and HTML (the seeds allow neither).
    let conn = rusqlite::Connection::open(dir.path().join("switchboard.sqlite3")).unwrap();
    let mut settings = switchboard_server::db::settings::load(&conn).unwrap();
    for ext in ["svg", "html", "htm", "xhtml"] {
        settings.file_limits.allowed_extensions.push(ext.into());
    }
    switchboard_server::db::settings::save(&conn, &settings).unwrap();

    for name in [
        "logo.svg",
        "page.html",
        "page.htm",
        "page.xhtml",
        "feed.xml",
    ] {
        let up = stored(&s, &token, name, HOSTILE_SVG).await;
        for url in [up.url.clone(), format!("{}&inline=1", up.url)] {
            let got = raw(&s, "GET", &url, None, None).await;
            assert_inert(&got, &url);
            assert_eq!(
                got.header("content-type"),
                Some("application/octet-stream"),
                "{name} is never served as its own type"
            );
            let disposition = got.header("content-disposition").unwrap();
            assert!(
                disposition.starts_with("attachment;"),
                "{name}: {disposition}"
            );
        }
    }

    // An SVG named as a PNG is announced as a PNG, and nosniff keeps it one: an image
    // that fails to decode, never a document.
    let fake = stored(&s, &token, "photo.png", HOSTILE_SVG).await;
    let got = raw(&s, "GET", &format!("{}&inline=1", fake.url), None, None).await;
    assert_inert(&got, "svg named png");
    assert_eq!(got.header("content-type"), Some("image/png"));
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lying_names_are_saved_plain() {
    let (_dir, s, token) = quiet_demo().await;
    let cases = [
        (
            "invoice\u{202E}gpj.zip",
            "attachment; filename=\"invoicegpj.zip\"; filename*=UTF-8''invoicegpj.zip",
        ),
        (
            "\"><img src=x onerror=alert(1)>.png",
            "attachment; filename=\"___img src=x onerror=alert(1)_.png\"; \
             filename*=UTF-8''___img%20src%3Dx%20onerror%3Dalert%281%29_.png",
        ),
        (
            "..\\..\\win.ini.txt",
            "attachment; filename=\"_.._win.ini.txt\"; filename*=UTF-8''_.._win.ini.txt",
        ),
    ];
    for (name, expected) in cases {
        let up = stored(&s, &token, name, "x").await;
        assert_eq!(
            up.name, name,
            "the name is kept as sent; only what is saved is cleaned"
        );
        let got = raw(&s, "GET", &up.url, None, None).await;
        assert_inert(&got, name);
        assert_eq!(
            got.header("content-disposition"),
            Some(expected),
            "{name:?}"
        );
    }
    s.stop().await;
}
