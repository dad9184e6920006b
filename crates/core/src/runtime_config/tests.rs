use super::*;

fn err(text: &str) -> ConfigError {
    RuntimeConfig::parse(text).unwrap_err()
}

#[test]
fn an_empty_object_is_every_default() {
    let c = RuntimeConfig::parse("{}").unwrap();
    assert_eq!(c, RuntimeConfig::default());
    assert_eq!(c.api_root(), "/api/v1");
    assert_eq!(
        c.socket("https://app.example.com"),
        "wss://app.example.com/api/v1/ws"
    );
    assert_eq!(c.file_url("/api/v1/files/1?sig=x"), "/api/v1/files/1?sig=x");
}

#[test]
fn every_key_is_read() {
    let c = RuntimeConfig::parse(
        r#"{
            "_comment": "staging",
            "api_base": "https://api.example.com:8443/api/v1/",
            "auth": "password",
            "language": "uk",
            "theme": "dark",
            "host_origins": ["https://crm.example.com", "http://127.0.0.1:9000/"],
            "kiosk": { "idle_blur_s": 30, "idle_sign_out_s": 300 }
        }"#,
    )
    .unwrap();
    assert_eq!(c.api_root(), "https://api.example.com:8443/api/v1");
    assert_eq!(c.auth, Some(AuthMode::Password));
    assert_eq!(c.language, Some(Locale::Uk));
    assert_eq!(c.theme, Some(Theme::Dark));
    assert_eq!(
        c.host_origins,
        ["https://crm.example.com", "http://127.0.0.1:9000"]
    );
    assert_eq!(
        c.kiosk,
        Some(KioskIdle {
            blur_s: Some(30),
            sign_out_s: Some(300)
        })
    );
    // The socket and the files follow the API to its origin.
    assert_eq!(
        c.socket("http://app.example.com"),
        "wss://api.example.com:8443/api/v1/ws"
    );
    assert_eq!(c.api_origin(), Some("https://api.example.com:8443"));
    assert_eq!(
        c.file_url("/api/v1/files/7?exp=1&sig=ab"),
        "https://api.example.com:8443/api/v1/files/7?exp=1&sig=ab"
    );
    // A URL that is already absolute is left alone.
    assert_eq!(
        c.file_url("https://cdn.example.com/a.png"),
        "https://cdn.example.com/a.png"
    );
    assert_eq!(
        c.file_url("//cdn.example.com/a.png"),
        "//cdn.example.com/a.png"
    );
}

#[test]
fn an_explicit_socket_url_wins() {
    let c = RuntimeConfig::parse(
        r#"{"api_base": "http://127.0.0.1:8081/api/v1", "socket_url": "ws://127.0.0.1:9001/live"}"#,
    )
    .unwrap();
    assert_eq!(
        c.socket("http://127.0.0.1:8080"),
        "ws://127.0.0.1:9001/live"
    );
    let c = RuntimeConfig::parse(r#"{"api_base": "http://127.0.0.1:8081/api/v1"}"#).unwrap();
    assert_eq!(
        c.socket("http://127.0.0.1:8080"),
        "ws://127.0.0.1:8081/api/v1/ws"
    );
}

#[test]
fn each_bad_key_is_named() {
    let cases = [
        ("[]", "(file)"),
        ("{", "(file)"),
        (r#"{"api_bsae": "/x"}"#, "api_bsae"),
        (r#"{"api_base": 8080}"#, "api_base"),
        (r#"{"api_base": "api.example.com"}"#, "api_base"),
        (r#"{"api_base": "ftp://api.example.com"}"#, "api_base"),
        (r#"{"api_base": "//api.example.com"}"#, "api_base"),
        (r#"{"api_base": ""}"#, "api_base"),
        (
            r#"{"socket_url": "https://api.example.com/ws"}"#,
            "socket_url",
        ),
        (r#"{"auth": "oauth"}"#, "auth"),
        (r#"{"language": "de"}"#, "language"),
        (r#"{"theme": "blue"}"#, "theme"),
        (
            r#"{"host_origins": "https://crm.example.com"}"#,
            "host_origins",
        ),
        (
            r#"{"host_origins": ["https://crm.example.com/page"]}"#,
            "host_origins",
        ),
        (r#"{"host_origins": ["*"]}"#, "host_origins"),
        (r#"{"kiosk": {"idle_blur_s": 2}}"#, "kiosk.idle_blur_s"),
        (
            r#"{"kiosk": {"idle_sign_out_s": "60"}}"#,
            "kiosk.idle_sign_out_s",
        ),
        (r#"{"kiosk": {"idle": 60}}"#, "kiosk.idle"),
        (r#"{"kiosk": 60}"#, "kiosk"),
    ];
    for (text, key) in cases {
        let e = err(text);
        assert_eq!(e.key, key, "{text}: {e:?}");
        assert!(!e.problem.is_empty());
    }
    assert!(err(r#"{"auth": "oauth"}"#)
        .problem
        .contains("password, demo, host, kiosk"));
    assert!(err(r#"{"language": "de"}"#)
        .problem
        .contains("en, ru, uk, fr"));
}

#[test]
fn the_kiosk_accepts_the_shortest_idle_time() {
    let c = RuntimeConfig::parse(r#"{"kiosk": {"idle_blur_s": 5}}"#).unwrap();
    assert_eq!(c.kiosk.unwrap().blur_s, Some(MIN_IDLE_S));
}
