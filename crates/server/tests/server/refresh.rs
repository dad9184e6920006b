//! Short-lived access tokens and the refresh cookie (`switchboard_server::refresh`): the
//! cookie's attributes, rotation, reuse refused (and ending the sign-in), sign-out
//! clearing it, an expired access token refused, and a refresh after that expiry.

use crate::common::Server;
use switchboard_protocol::{ServerFrame, SignInResponse};
use switchboard_server::Config;

/// An answer with its `Set-Cookie` headers.
struct Answer {
    status: u16,
    cookies: Vec<String>,
    body: String,
}

impl Answer {
    /// The refresh token the answer set (`None` when it set none or deleted it).
    fn refresh(&self) -> Option<String> {
        self.cookies.iter().find_map(|c| {
            let value = c.strip_prefix("switchboard_refresh=")?.split(';').next()?;
            (!value.is_empty()).then(|| value.to_owned())
        })
    }

    fn token(&self) -> String {
        assert_eq!(self.status, 200, "{}", self.body);
        serde_json::from_str::<SignInResponse>(&self.body)
            .unwrap()
            .token
    }
}

/// A request with an optional bearer token and refresh cookie.
async fn send(
    server: &Server,
    method: &'static str,
    path: &str,
    bearer: Option<&str>,
    cookie: Option<&str>,
) -> Answer {
    let url = format!("{}{path}", server.base);
    let bearer = bearer.map(|t| format!("Bearer {t}"));
    let cookie = cookie.map(|c| format!("switchboard_refresh={c}"));
    tokio::task::spawn_blocking(move || {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        let mut headers = Vec::new();
        headers.extend(bearer.map(|b| ("Authorization", b)));
        headers.extend(cookie.map(|c| ("Cookie", c)));
        let result = match method {
            "GET" => {
                let mut r = agent.get(&url);
                for (k, v) in &headers {
                    r = r.header(*k, v);
                }
                r.call()
            }
            "DELETE" => {
                let mut r = agent.delete(&url);
                for (k, v) in &headers {
                    r = r.header(*k, v);
                }
                r.call()
            }
            _ => {
                let mut r = agent.post(&url);
                for (k, v) in &headers {
                    r = r.header(*k, v);
                }
                r.send_empty()
            }
        };
        let mut resp = result.expect("request goes through");
        let cookies = resp
            .headers()
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .collect();
        Answer {
            status: resp.status().as_u16(),
            cookies,
            body: resp.body_mut().read_to_string().unwrap(),
        }
    })
    .await
    .unwrap()
}

/// A demo server whose access tokens live `access_secs` and whose rotated cookies get no
/// grace.
async fn server(access_secs: u64) -> (tempfile::TempDir, Server) {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::new(dir.path().to_path_buf(), dir.path().join("no-such-dist"));
    config.demo = true;
    config.access_token_secs = access_secs;
    config.refresh_reuse_grace_secs = 0;
    let server = Server::start_with(&config).await;
    (dir, server)
}

async fn wait_past_expiry(secs: u64) {
    tokio::time::sleep(std::time::Duration::from_millis(secs * 1000 + 300)).await;
}

#[tokio::test]
async fn sign_in_sets_an_http_only_strict_cookie_on_the_session_path_only() {
    let (_dir, server) = server(900).await;
    for path in ["/api/v1/session/demo", "/api/v1/session/refresh"] {
        let cookie = if path.ends_with("refresh") {
            let first = send(&server, "POST", "/api/v1/session/demo", None, None).await;
            first.refresh()
        } else {
            None
        };
        let a = send(&server, "POST", path, None, cookie.as_deref()).await;
        assert_eq!(a.status, 200, "{path}: {}", a.body);
        assert_eq!(a.cookies.len(), 1, "{path}: {:?}", a.cookies);
        let attributes: Vec<&str> = a.cookies[0].split("; ").skip(1).collect();
        for wanted in [
            "Path=/api/v1/session",
            "HttpOnly",
            "Secure",
            "SameSite=Strict",
            "Max-Age=2592000",
        ] {
            assert!(attributes.contains(&wanted), "{path}: {:?}", a.cookies);
        }
        // The refresh token is only in the cookie, the access token only in the body.
        let refresh = a.refresh().unwrap();
        assert!(!a.body.contains(&refresh), "{path}");
        assert!(!a.cookies[0].contains(&a.token()), "{path}");
    }
}

#[tokio::test]
async fn refresh_rotates_the_cookie_and_the_rotated_one_is_refused_ending_the_sign_in() {
    let (_dir, server) = server(900).await;
    let first = send(&server, "POST", "/api/v1/session/demo", None, None).await;
    let (access1, cookie1) = (first.token(), first.refresh().unwrap());
    let second = send(
        &server,
        "POST",
        "/api/v1/session/refresh",
        None,
        Some(&cookie1),
    )
    .await;
    let (access2, cookie2) = (second.token(), second.refresh().unwrap());
    assert_ne!(cookie1, cookie2);
    assert_ne!(access1, access2);
    for token in [&access1, &access2] {
        let me = send(&server, "GET", "/api/v1/session", Some(token), None).await;
        assert_eq!(me.status, 200, "{}", me.body);
    }
    let mut socket = server.socket(&access2, None).await;
    assert!(matches!(
        socket.next().await,
        Some(ServerFrame::Ready { .. })
    ));

    // The rotated-away cookie again: taken for theft, refused, and the whole sign-in ends.
    let reused = send(
        &server,
        "POST",
        "/api/v1/session/refresh",
        None,
        Some(&cookie1),
    )
    .await;
    assert_eq!(reused.status, 401, "{}", reused.body);
    assert!(reused.refresh().is_none());
    let newest = send(
        &server,
        "POST",
        "/api/v1/session/refresh",
        None,
        Some(&cookie2),
    )
    .await;
    assert_eq!(newest.status, 401, "the newest cookie dies with the family");
    for token in [&access1, &access2] {
        let me = send(&server, "GET", "/api/v1/session", Some(token), None).await;
        assert_eq!(me.status, 401);
    }
    loop {
        match socket.next().await {
            Some(ServerFrame::Unauthorized) => break,
            Some(_) => continue,
            None => panic!("the socket closed without `unauthorized`"),
        }
    }
}

#[tokio::test]
async fn a_refresh_within_the_grace_gets_an_access_token_without_rotating_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::new(dir.path().to_path_buf(), dir.path().join("no-such-dist"));
    config.demo = true;
    let server = Server::start_with(&config).await;
    let first = send(&server, "POST", "/api/v1/session/demo", None, None).await;
    let cookie1 = first.refresh().unwrap();
    let winner = send(
        &server,
        "POST",
        "/api/v1/session/refresh",
        None,
        Some(&cookie1),
    )
    .await;
    let cookie2 = winner.refresh().unwrap();
    // Another tab sent the same cookie at the same moment.
    let late = send(
        &server,
        "POST",
        "/api/v1/session/refresh",
        None,
        Some(&cookie1),
    )
    .await;
    let late_access = late.token();
    assert!(late.cookies.is_empty(), "{:?}", late.cookies);
    let me = send(&server, "GET", "/api/v1/session", Some(&late_access), None).await;
    assert_eq!(me.status, 200);
    let next = send(
        &server,
        "POST",
        "/api/v1/session/refresh",
        None,
        Some(&cookie2),
    )
    .await;
    assert_eq!(next.status, 200, "the winner's cookie still works");
}

#[tokio::test]
async fn sign_out_ends_the_sign_in_and_clears_the_cookie() {
    let (_dir, server) = server(900).await;
    let first = send(&server, "POST", "/api/v1/session/demo", None, None).await;
    let (access, cookie) = (first.token(), first.refresh().unwrap());
    let out = send(
        &server,
        "DELETE",
        "/api/v1/session",
        Some(&access),
        Some(&cookie),
    )
    .await;
    assert_eq!(out.status, 204, "{}", out.body);
    assert_eq!(out.cookies.len(), 1);
    assert!(
        out.cookies[0].starts_with("switchboard_refresh=;"),
        "{:?}",
        out.cookies
    );
    assert!(out.cookies[0].contains("Max-Age=0"), "{:?}", out.cookies);
    let again = send(
        &server,
        "POST",
        "/api/v1/session/refresh",
        None,
        Some(&cookie),
    )
    .await;
    assert_eq!(again.status, 401);
    let me = send(&server, "GET", "/api/v1/session", Some(&access), None).await;
    assert_eq!(me.status, 401);

    // The bearer token alone ends its whole sign-in too (the cookie included).
    let other = send(&server, "POST", "/api/v1/session/demo", None, None).await;
    let (access, cookie) = (other.token(), other.refresh().unwrap());
    let out = send(&server, "DELETE", "/api/v1/session", Some(&access), None).await;
    assert_eq!(out.status, 204);
    let again = send(
        &server,
        "POST",
        "/api/v1/session/refresh",
        None,
        Some(&cookie),
    )
    .await;
    assert_eq!(again.status, 401);

    // Neither known: 401.
    let out = send(
        &server,
        "DELETE",
        "/api/v1/session",
        Some(&access),
        Some(&cookie),
    )
    .await;
    assert_eq!(out.status, 401);
}

#[tokio::test]
async fn an_expired_access_token_is_refused_and_the_cookie_renews_it() {
    let (_dir, server) = server(1).await;
    let first = send(&server, "POST", "/api/v1/session/demo", None, None).await;
    let (access, cookie) = (first.token(), first.refresh().unwrap());
    let me = send(&server, "GET", "/api/v1/session", Some(&access), None).await;
    assert_eq!(me.status, 200);
    wait_past_expiry(1).await;
    let me = send(&server, "GET", "/api/v1/session", Some(&access), None).await;
    assert_eq!(me.status, 401, "{}", me.body);
    let renewed = send(
        &server,
        "POST",
        "/api/v1/session/refresh",
        None,
        Some(&cookie),
    )
    .await;
    let fresh = renewed.token();
    let me = send(&server, "GET", "/api/v1/session", Some(&fresh), None).await;
    assert_eq!(me.status, 200, "{}", me.body);
    // No cookie at all: refused.
    let none = send(&server, "POST", "/api/v1/session/refresh", None, None).await;
    assert_eq!(none.status, 401);
}

#[tokio::test]
async fn a_socket_outlives_its_access_token_while_the_sign_in_can_be_refreshed() {
    let (_dir, server) = server(1).await;
    let first = send(&server, "POST", "/api/v1/session/demo", None, None).await;
    let (access, cookie) = (first.token(), first.refresh().unwrap());
    let mut socket = server.socket(&access, None).await;
    assert!(matches!(
        socket.next().await,
        Some(ServerFrame::Ready { .. })
    ));
    // Past the expiry and one token recheck (5 s): still open.
    let until = std::time::Instant::now() + std::time::Duration::from_secs(7);
    while std::time::Instant::now() < until {
        let frame = socket.next_within(500).await;
        assert!(
            !matches!(frame, Some(ServerFrame::Unauthorized)),
            "closed at the access token's expiry"
        );
    }
    let out = send(&server, "DELETE", "/api/v1/session", None, Some(&cookie)).await;
    assert_eq!(out.status, 204);
    loop {
        match socket.next().await {
            Some(ServerFrame::Unauthorized) => break,
            Some(_) => continue,
            None => panic!("the socket closed without `unauthorized`"),
        }
    }
}
