//! The app's Content-Security-Policy: what its pages may run, load and talk to.
//!
//! The policy is strict: no `'unsafe-inline'` and no `'unsafe-eval'` anywhere, so markup
//! that ever slipped into the page could neither run a script nor apply a style. What the
//! app needs, and why:
//!
//! - `script-src 'self' 'wasm-unsafe-eval'` plus the `sha256` hash of each inline
//!   `<script>` of the served `index.html`: Trunk's loader is an inline module script that
//!   imports the bundle's JavaScript and compiles its WebAssembly (which is what
//!   `'wasm-unsafe-eval'` allows, and nothing else). Hashes, not a nonce: the file is
//!   static and the same for every answer.
//! - `style-src 'self'` plus the hash of each inline `<style>` of `index.html` (none
//!   today) and of the email frame's style sheet ([`EMAIL_STYLE`]): a `srcdoc` frame lives
//!   under its page's policy, so an email keeps that plain style and loses its own.
//!   The app's own styles are files, and its dynamic styles (`style:height=…`) go through
//!   the CSSOM, which the policy does not cover; a `style="…"` attribute would be refused.
//! - `img-src 'self' data: blob:` and `media-src 'self' blob:`: the unread badge favicon is
//!   a `data:` SVG; thumbnails of pictures being attached and the voice note preview are
//!   `blob:` URLs. Files from the API's origin (`api_base` of `config.json`) are allowed
//!   there too: the app loads a server path from that origin.
//! - `connect-src 'self'` plus the API's origin and the socket's (`socket_url`, or the
//!   API's origin with `http` made `ws`); `'self'` covers the page's own `ws:`/`wss:`.
//! - `object-src 'none'`, `base-uri 'none'`, `form-action 'self'`, and `default-src
//!   'self'` for everything not named (fonts, frames, workers, manifests).
//! - `frame-ancestors`: `'self'` and the host origins (`crate::framing`).
//!
//! The reference server builds it from the files it serves (`crate::headers`); other
//! hosts get the same text from `switchboard-server csp` (`docs/deployment.md`).

use base64::Engine;
use sha2::{Digest, Sha256};
use std::path::Path;
use switchboard_core::message_parts::EMAIL_STYLE;
use switchboard_core::runtime_config::{origin_of, RuntimeConfig};

/// The `'sha256-…'` source of an inline script or style with this text.
///
/// The browser hashes the element's text after the HTML parser normalised its line
/// breaks (`\r\n` and a lone `\r` become `\n`), so this does too: a file saved with
/// Windows line endings still gets a hash that matches.
pub fn hash_source(text: &str) -> String {
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    let digest = Sha256::digest(normalised.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The texts of the inline `<tag>` elements of `html` (`script` or `style`: raw text
/// elements, which end at the first `</tag`), in document order. A `<script src=…>` is
/// not inline and is skipped; so is anything inside a comment.
pub fn inline_elements<'a>(html: &'a str, tag: &str) -> Vec<&'a str> {
    // ASCII lower-casing keeps every byte offset, so positions in `lower` are in `html`.
    let lower = html.to_ascii_lowercase();
    let open = format!("<{tag}");
    let close = format!("</{tag}");
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(i) = lower[at..].find('<') {
        let start = at + i;
        let rest = &lower[start..];
        if rest.starts_with("<!--") {
            match rest.find("-->") {
                Some(end) => at = start + end + 3,
                None => break,
            }
            continue;
        }
        let after_name = start + open.len();
        let is_tag = rest.starts_with(&open)
            && lower[after_name..]
                .starts_with(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/');
        if !is_tag {
            at = start + 1;
            continue;
        }
        let Some(tag_end) = lower[after_name..].find('>') else {
            break;
        };
        let attributes = &lower[after_name..after_name + tag_end];
        let body = after_name + tag_end + 1;
        let Some(len) = lower[body..].find(&close) else {
            break;
        };
        if !attribute_names(attributes).any(|name| name == "src") {
            found.push(&html[body..body + len]);
        }
        at = body + len + close.len();
    }
    found
}

/// The attribute names in the inside of an opening tag (`type="module" src=a.js`),
/// skipping their values (quoted or not).
fn attribute_names(inside: &str) -> impl Iterator<Item = &str> {
    let mut rest = inside;
    std::iter::from_fn(move || loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if rest.is_empty() {
            return None;
        }
        let end = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let name = &rest[..end];
        rest = rest[end..].trim_start();
        if let Some(value) = rest.strip_prefix('=') {
            let value = value.trim_start();
            rest = match value.chars().next() {
                Some(q @ ('"' | '\'')) => value[1..].find(q).map_or("", |e| &value[e + 2..]),
                _ => value
                    .find(|c: char| c.is_ascii_whitespace())
                    .map_or("", |e| &value[e..]),
            };
        }
        if !name.is_empty() {
            return Some(name);
        }
    })
}

/// The backend's origins as the app will use them, from its `config.json`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Backend {
    /// The API's origin when `api_base` is absolute (`https://api.example.com`).
    pub api: Option<String>,
    /// The socket's origin when it is not the page's (`wss://api.example.com`).
    pub socket: Option<String>,
}

impl Backend {
    /// The origins of a parsed `config.json`: its `api_base` and `socket_url` (or the
    /// socket derived from `api_base`, as the app derives it).
    pub fn of(config: &RuntimeConfig) -> Backend {
        let api = config.api_origin().map(str::to_owned);
        let socket = match (&config.socket_url, &api) {
            (Some(url), _) => origin_of(url).map(str::to_owned),
            (None, Some(_)) => origin_of(&config.socket("")).map(str::to_owned),
            (None, None) => None,
        };
        Backend { api, socket }
    }

    /// The origins of the `config.json` in `static_dir`: none without the file (the API is
    /// on the page's origin). `Err` when the file is there but the app would refuse it
    /// (the app then shows "Switchboard cannot start"); the caller warns.
    pub fn from_static_dir(static_dir: &Path) -> Result<Backend, String> {
        let path = static_dir.join("config.json");
        match std::fs::read_to_string(&path) {
            Ok(text) => RuntimeConfig::parse(&text)
                .map(|c| Backend::of(&c))
                .map_err(|e| format!("{}: {}: {}", path.display(), e.key, e.problem)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Backend::default()),
            Err(e) => Err(format!("{}: {e}", path.display())),
        }
    }
}

/// What the policy is made of beyond its fixed parts.
#[derive(Clone, Debug, Default)]
pub struct Sources {
    /// The text of `index.html` as served (its inline scripts and styles are hashed).
    pub index_html: String,
    /// The backend's origins.
    pub backend: Backend,
    /// The checked host origins that may frame the app (`crate::framing`).
    pub host_origins: Vec<String>,
}

/// The `Content-Security-Policy` header value.
pub fn policy(sources: &Sources) -> String {
    let scripts = inline_elements(&sources.index_html, "script");
    let styles = inline_elements(&sources.index_html, "style");
    let backend = &sources.backend;
    let mut script_src = vec!["'self'".to_owned(), "'wasm-unsafe-eval'".to_owned()];
    script_src.extend(scripts.into_iter().map(hash_source));
    let mut style_src = vec!["'self'".to_owned()];
    style_src.extend(
        styles
            .into_iter()
            .chain(std::iter::once(EMAIL_STYLE))
            .map(hash_source),
    );
    let api: Vec<String> = backend.api.iter().cloned().collect();
    let with_api = |fixed: &[&str]| {
        let mut list: Vec<String> = fixed.iter().map(|s| (*s).to_owned()).collect();
        list.extend(api.iter().cloned());
        list
    };
    let mut connect_src = with_api(&["'self'"]);
    connect_src.extend(backend.socket.iter().cloned());
    let mut frame_ancestors = vec!["'self'".to_owned()];
    frame_ancestors.extend(sources.host_origins.iter().cloned());
    let directives: [(&str, Vec<String>); 10] = [
        ("default-src", vec!["'self'".into()]),
        ("script-src", script_src),
        ("style-src", style_src),
        ("img-src", with_api(&["'self'", "data:", "blob:"])),
        ("media-src", with_api(&["'self'", "blob:"])),
        ("connect-src", connect_src),
        ("object-src", vec!["'none'".into()]),
        ("base-uri", vec!["'none'".into()]),
        ("form-action", vec!["'self'".into()]),
        ("frame-ancestors", frame_ancestors),
    ];
    directives
        .iter()
        .map(|(name, list)| {
            let mut unique: Vec<&str> = Vec::new();
            for s in list {
                if !unique.contains(&s.as_str()) {
                    unique.push(s);
                }
            }
            format!("{name} {}", unique.join(" "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page as Trunk writes it: an inline module loader, a module preload, a comment.
    const TRUNK_INDEX: &str = "<!doctype html><html><head>\n\
        <!-- <script>not this</script> -->\n\
        <script type=\"module\">\nimport init from '/sb-1.js';\nawait init();\n</script>\n\
        <SCRIPT src=\"/other.js\"></SCRIPT><script src=/x.js defer></script>\n\
        <style>b{color:red}</style><scripts>no</scripts>\n\
        <link rel=\"modulepreload\" href=\"/sb-1.js\"></head><body></body></html>";

    #[test]
    fn finds_inline_scripts_and_styles_only() {
        assert_eq!(
            inline_elements(TRUNK_INDEX, "script"),
            ["\nimport init from '/sb-1.js';\nawait init();\n"]
        );
        assert_eq!(inline_elements(TRUNK_INDEX, "style"), ["b{color:red}"]);
        assert!(inline_elements("<p>no scripts</p>", "script").is_empty());
        // A `src` inside another attribute's value is not a `src` attribute.
        assert_eq!(
            inline_elements("<script data-x=\"src=y\">a()</script>", "script"),
            ["a()"]
        );
        // Unclosed: nothing (the browser would not run it as written either).
        assert!(inline_elements("<script>a()", "script").is_empty());
    }

    #[test]
    fn hashes_as_the_browser_does() {
        // `printf 'alert(1)' | openssl dgst -sha256 -binary | openssl base64`
        assert_eq!(
            hash_source("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
        assert_eq!(hash_source("a\r\nb\rc"), hash_source("a\nb\nc"));
    }

    #[test]
    fn backend_origins_follow_the_app() {
        let parse = |json: &str| Backend::of(&RuntimeConfig::parse(json).unwrap());
        assert_eq!(parse("{}"), Backend::default());
        assert_eq!(parse(r#"{"api_base":"/api/v1"}"#), Backend::default());
        assert_eq!(
            parse(r#"{"api_base":"https://api.example.com/api/v1"}"#),
            Backend {
                api: Some("https://api.example.com".into()),
                socket: Some("wss://api.example.com".into()),
            }
        );
        assert_eq!(
            parse(
                r#"{"api_base":"http://10.0.0.2:8080/api/v1","socket_url":"wss://rt.example.com/ws"}"#
            ),
            Backend {
                api: Some("http://10.0.0.2:8080".into()),
                socket: Some("wss://rt.example.com".into()),
            }
        );
    }

    #[test]
    fn the_policy_is_strict_and_complete() {
        let sources = Sources {
            index_html: TRUNK_INDEX.into(),
            backend: Backend {
                api: Some("https://api.example.com".into()),
                socket: Some("wss://api.example.com".into()),
            },
            host_origins: vec!["https://crm.example.com".into()],
        };
        let p = policy(&sources);
        let loader = hash_source("\nimport init from '/sb-1.js';\nawait init();\n");
        assert!(
            p.contains(&format!("script-src 'self' 'wasm-unsafe-eval' {loader};")),
            "{p}"
        );
        assert!(p.contains(&format!(
            "style-src 'self' {} {};",
            hash_source("b{color:red}"),
            hash_source(EMAIL_STYLE)
        )));
        assert!(p.contains("img-src 'self' data: blob: https://api.example.com;"));
        assert!(p.contains("media-src 'self' blob: https://api.example.com;"));
        assert!(p.contains("connect-src 'self' https://api.example.com wss://api.example.com;"));
        for fixed in [
            "default-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
        ] {
            assert!(p.contains(fixed), "{fixed}: {p}");
        }
        assert!(p.ends_with("frame-ancestors 'self' https://crm.example.com"));
        assert!(
            !p.contains("unsafe-inline") && !p.contains("'unsafe-eval'"),
            "{p}"
        );
        // Nothing from the backend: the page's own origin only.
        let p = policy(&Sources::default());
        assert!(p.contains("connect-src 'self';"), "{p}");
        assert!(p.contains("script-src 'self' 'wasm-unsafe-eval';"), "{p}");
        assert!(p.ends_with("frame-ancestors 'self'"), "{p}");
    }
}
