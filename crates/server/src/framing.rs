//! Framing is opt-in: the Content-Security-Policy of every HTML answer (the app's
//! `index.html` and its single-page fallback; `crate::csp`, sent by `crate::headers`) ends
//! in `frame-ancestors 'self' <host origins…>`, so only the app's own origin and the listed
//! host pages may put it in a frame. With no host origins the answer also carries
//! `X-Frame-Options: SAMEORIGIN` for browsers without CSP level 2 (left out otherwise: it
//! cannot list origins, and a browser that knows both obeys CSP).
//!
//! The host origins are the union, in this order and without repeats, of `host_origins` in
//! the `config.json` of the static folder (the same file the app reads), `--host-origin`
//! (repeatable) and `SWITCHBOARD_HOST_ORIGINS` (comma-separated). Each must be an origin:
//! `http` or `https`, a host, an optional port, nothing else (one trailing `/` is
//! forgiven); a bad one stops the server at start with its name. A `config.json` that is
//! not JSON, or whose `host_origins` is not a list of strings, is the app's problem more
//! than the server's: it is reported on stderr and contributes no origins (so framing
//! stays closed), and the server starts.

use std::path::Path;

/// The checked, normalised form of one origin (`https://host.example:8443`): scheme and
/// host in lower case, no trailing `/`. The error names the value and what is wrong.
pub fn parse_origin(raw: &str) -> Result<String, String> {
    let bad = |why: &str| format!("bad host origin {raw:?}: {why}");
    let s = raw.trim();
    let s = s.strip_suffix('/').unwrap_or(s);
    let (scheme, rest) = s
        .split_once("://")
        .ok_or_else(|| bad("expected scheme://host[:port]"))?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return Err(bad("the scheme must be http or https"));
    }
    if rest.contains(['/', '?', '#', '@', '*']) || rest.chars().any(char::is_whitespace) {
        return Err(bad(
            "an origin has no path, query, user, wildcard or spaces",
        ));
    }
    // An IPv6 literal is bracketed; its colons are not the port's.
    let (host, port) = if let Some(v6) = rest.strip_prefix('[') {
        let (inner, after) = v6
            .split_once(']')
            .ok_or_else(|| bad("an unclosed [ in the host"))?;
        if inner.is_empty() || !inner.chars().all(|c| c.is_ascii_hexdigit() || c == ':') {
            return Err(bad("not an IPv6 address"));
        }
        let port = match after {
            "" => None,
            p => Some(
                p.strip_prefix(':')
                    .ok_or_else(|| bad("junk after the host"))?,
            ),
        };
        (format!("[{}]", inner.to_ascii_lowercase()), port)
    } else {
        let (host, port) = match rest.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (rest, None),
        };
        let ok = !host.is_empty()
            && !host.starts_with(['.', '-'])
            && !host.ends_with(['.', '-'])
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
        if !ok {
            return Err(bad("not a host name"));
        }
        (host.to_ascii_lowercase(), port)
    };
    let port = match port {
        None => String::new(),
        Some(p) => match p.parse::<u16>() {
            Ok(n) if n > 0 && p.bytes().all(|b| b.is_ascii_digit()) => format!(":{n}"),
            _ => return Err(bad("the port must be a number from 1 to 65535")),
        },
    };
    Ok(format!("{scheme}://{host}{port}"))
}

/// The `host_origins` of the `config.json` in `static_dir` (none when there is no such
/// file). `Err` when the file is there but unreadable or mis-shaped: the caller warns.
pub fn config_origins(static_dir: &Path) -> Result<Vec<String>, String> {
    let path = static_dir.join("config.json");
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(format!("{}: {e}", path.display())),
    };
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: not JSON ({e})", path.display()))?;
    match json.get("host_origins") {
        None | Some(serde_json::Value::Null) => Ok(Vec::new()),
        Some(serde_json::Value::Array(list)) => list
            .iter()
            .map(|v| {
                v.as_str().map(str::to_owned).ok_or_else(|| {
                    format!("{}: host_origins must be a list of strings", path.display())
                })
            })
            .collect(),
        Some(_) => Err(format!(
            "{}: host_origins must be a list of strings",
            path.display()
        )),
    }
}

/// Every host origin, checked, in order and without repeats: `from_config` first, then
/// `from_flags` (`--host-origin` and `SWITCHBOARD_HOST_ORIGINS`; empty items skipped).
pub fn merge(from_config: &[String], from_flags: &[String]) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    for raw in from_config.iter().chain(from_flags) {
        if raw.trim().is_empty() {
            continue;
        }
        let origin = parse_origin(raw)?;
        if !out.contains(&origin) {
            out.push(origin);
        }
    }
    Ok(out)
}

/// The host origins of a server: `config.json` (a bad file warned about on stderr and
/// skipped) merged with the flags. `Err` names a bad origin.
pub fn host_origins(static_dir: &Path, from_flags: &[String]) -> Result<Vec<String>, String> {
    let from_config = config_origins(static_dir).unwrap_or_else(|problem| {
        eprintln!("warning: {problem}; no host origins taken from it (framing stays closed)");
        Vec::new()
    });
    merge(&from_config, from_flags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_checked_and_normalised() {
        assert_eq!(
            parse_origin("HTTPS://Portal.Example.com").unwrap(),
            "https://portal.example.com"
        );
        assert_eq!(
            parse_origin(" http://localhost:3000/ ").unwrap(),
            "http://localhost:3000"
        );
        assert_eq!(
            parse_origin("http://[::1]:8080").unwrap(),
            "http://[::1]:8080"
        );
        for bad in [
            "portal.example.com",
            "ftp://x.io",
            "https://x.io/app",
            "https://x.io?a=1",
            "https://*.x.io",
            "*",
            "https://",
            "https://x.io:0",
            "https://x.io:99999",
            "https://u@x.io",
            "https://x .io",
            "'self'",
        ] {
            let e = parse_origin(bad).unwrap_err();
            assert!(e.contains(&format!("{bad:?}")), "{e}");
        }
    }

    #[test]
    fn sources_merge_in_order_without_repeats() {
        let config = vec!["https://a.io".to_owned(), "https://b.io/".to_owned()];
        let flags = vec![
            "https://B.io".to_owned(),
            "".into(),
            "http://c.io:81".into(),
        ];
        assert_eq!(
            merge(&config, &flags).unwrap(),
            ["https://a.io", "https://b.io", "http://c.io:81"]
        );
        assert!(merge(&config, &["nope".into()])
            .unwrap_err()
            .contains("\"nope\""));
    }

    #[test]
    fn config_json_gives_its_host_origins() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(config_origins(dir.path()).unwrap(), Vec::<String>::new());
        std::fs::write(
            dir.path().join("config.json"),
            r#"{"auth":"kiosk","host_origins":["https://crm.example.com"]}"#,
        )
        .unwrap();
        assert_eq!(
            config_origins(dir.path()).unwrap(),
            ["https://crm.example.com"]
        );
        std::fs::write(dir.path().join("config.json"), "{not json").unwrap();
        assert!(config_origins(dir.path()).unwrap_err().contains("not JSON"));
        std::fs::write(dir.path().join("config.json"), r#"{"host_origins":"x"}"#).unwrap();
        assert!(config_origins(dir.path()).is_err());
        assert!(host_origins(dir.path(), &[]).unwrap().is_empty());
    }
}
