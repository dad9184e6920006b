//! The security headers of the server's answers.
//!
//! - Every answer: `X-Content-Type-Options: nosniff` (a file is only ever what its type
//!   says: an uploaded "picture" is never run as a script or style) and
//!   `Referrer-Policy: strict-origin-when-cross-origin` (a link out tells only the origin,
//!   never a conversation's path).
//! - Every HTML answer (`index.html` and its single-page fallback): the
//!   `Content-Security-Policy` of `crate::csp`, and `X-Frame-Options: SAMEORIGIN` when no
//!   host may frame the app (`crate::framing`).
//!
//! The policy hashes the inline scripts of the `index.html` being served, so it is built
//! from that file: at start, and again whenever the file changes (each HTML answer first
//! compares its modification time and size). A `trunk build` under a running server
//! writes a loader naming the new bundle, and a policy still holding the old loader's hash
//! would leave agents a blank page. The backend's origins come from `config.json`, read at
//! start like the host origins.

use crate::csp::{self, Backend, Sources};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

/// `Referrer-Policy`.
pub const REFERRER_POLICY: &str = "strict-origin-when-cross-origin";

/// What identifies one version of `index.html`: its modification time and size.
type Stamp = Option<(SystemTime, u64)>;

/// The headers of one server, with the policy kept in step with its `index.html`.
#[derive(Debug)]
pub struct Headers {
    index: PathBuf,
    backend: Backend,
    host_origins: Vec<String>,
    current: Mutex<(Stamp, HeaderValue)>,
}

fn stamp(path: &Path) -> Stamp {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

impl Headers {
    /// The headers for the app in `static_dir` framed by `host_origins` (checked), talking
    /// to `backend`.
    pub fn new(static_dir: &Path, backend: Backend, host_origins: Vec<String>) -> Headers {
        let headers = Headers {
            index: static_dir.join("index.html"),
            backend,
            host_origins,
            current: Mutex::new((None, HeaderValue::from_static("default-src 'none'"))),
        };
        headers.refresh();
        headers
    }

    /// The headers for the app in `static_dir`, its backend taken from the `config.json`
    /// there (a file the app would refuse is warned about on stderr and gives no origin:
    /// the app then shows its "cannot start" page, which needs none).
    pub fn for_static_dir(static_dir: &Path, host_origins: Vec<String>) -> Headers {
        let backend = Backend::from_static_dir(static_dir).unwrap_or_else(|problem| {
            eprintln!("warning: {problem}; no backend origin taken from it for the CSP");
            Backend::default()
        });
        Headers::new(static_dir, backend, host_origins)
    }

    /// The policy's text for the `index.html` there now.
    fn build(&self) -> String {
        csp::policy(&Sources {
            index_html: std::fs::read_to_string(&self.index).unwrap_or_default(),
            backend: self.backend.clone(),
            host_origins: self.host_origins.clone(),
        })
    }

    /// Builds the policy again if `index.html` changed since it was last built.
    fn refresh(&self) -> HeaderValue {
        let now = stamp(&self.index);
        let Ok(mut current) = self.current.lock() else {
            return HeaderValue::from_static("default-src 'none'");
        };
        if current.0 != now || now.is_none() {
            // Hashes, checked origins and fixed words: visible ASCII only. Should it ever
            // not be, the answer gets the strictest policy rather than none.
            current.1 = HeaderValue::from_str(&self.build())
                .unwrap_or(HeaderValue::from_static("default-src 'none'"));
            current.0 = now;
        }
        current.1.clone()
    }

    /// `Content-Security-Policy` as it is now.
    pub fn csp(&self) -> HeaderValue {
        self.refresh()
    }

    /// `X-Frame-Options`, only without host origins (it cannot list them).
    pub fn xfo(&self) -> Option<HeaderValue> {
        self.host_origins
            .is_empty()
            .then_some(HeaderValue::from_static("SAMEORIGIN"))
    }

    /// Every header of an HTML answer, as `Name: value` lines (for other hosts:
    /// `switchboard-server csp`).
    pub fn lines(&self) -> String {
        let mut out = format!(
            "Content-Security-Policy: {}\n",
            self.csp().to_str().unwrap_or_default()
        );
        if self.xfo().is_some() {
            out.push_str("X-Frame-Options: SAMEORIGIN\n");
        }
        out.push_str("X-Content-Type-Options: nosniff\n");
        out.push_str(&format!("Referrer-Policy: {REFERRER_POLICY}\n"));
        out
    }
}

/// Adds the headers to every answer (the policy and framing ones to HTML answers).
pub async fn middleware(
    State(headers): State<Arc<Headers>>,
    request: Request,
    next: Next,
) -> Response {
    let mut resp = next.run(request).await;
    let html = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().to_ascii_lowercase().starts_with("text/html"));
    if html {
        let csp = headers.csp();
        let h = resp.headers_mut();
        h.insert(header::CONTENT_SECURITY_POLICY, csp);
        if let Some(xfo) = headers.xfo() {
            h.insert(header::X_FRAME_OPTIONS, xfo);
        }
    }
    let h = resp.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static(REFERRER_POLICY),
    );
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xfo_only_without_host_origins() {
        let dir = tempfile::tempdir().unwrap();
        let none = Headers::new(dir.path(), Backend::default(), Vec::new());
        assert_eq!(none.xfo().unwrap(), "SAMEORIGIN");
        assert!(none.lines().contains("X-Frame-Options: SAMEORIGIN\n"));
        let some = Headers::new(
            dir.path(),
            Backend::default(),
            vec!["https://a.io".into(), "http://b.io:81".into()],
        );
        assert!(some.xfo().is_none());
        let csp = some.csp();
        assert!(csp
            .to_str()
            .unwrap()
            .ends_with("frame-ancestors 'self' https://a.io http://b.io:81"));
        assert!(!some.lines().contains("X-Frame-Options"));
    }

    #[test]
    fn a_new_index_html_gets_a_new_policy() {
        let dir = tempfile::tempdir().unwrap();
        let index = dir.path().join("index.html");
        std::fs::write(&index, "<script>first()</script>").unwrap();
        let headers = Headers::new(dir.path(), Backend::default(), Vec::new());
        let first = csp::hash_source("first()");
        assert!(headers.csp().to_str().unwrap().contains(&first));
        // Another build: another loader (its size differs, whatever the clock says).
        std::fs::write(&index, "<script>second(2)</script>").unwrap();
        let csp = headers.csp();
        let csp = csp.to_str().unwrap();
        assert!(csp.contains(&csp::hash_source("second(2)")), "{csp}");
        assert!(!csp.contains(&first), "{csp}");
    }
}
