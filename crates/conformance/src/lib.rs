//! The Switchboard conformance kit: runs the protocol's contract (`docs/protocol*.md`,
//! `docs/openapi.json`) against a running backend and reports one line per check.
//!
//! ```text
//! switchboard-conformance --url http://127.0.0.1:8080 --email E --password P
//! switchboard-conformance --url http://127.0.0.1:8080 --token T
//! ```
//!
//! Every line starts `PASS` or `FAIL`; the last is `conformance: P/N checks passed`. A
//! check of an optional part the backend does not declare in `capabilities` prints
//! `PASS <name> (skipped: <capability> not declared)` and counts as passed. See the README
//! for what each check asserts.

pub mod checks;
pub mod http;
pub mod schema;
pub mod socket;

use std::fmt;
use std::time::Duration;

/// How the kit signs in.
#[derive(Clone)]
pub enum Credentials {
    /// A bearer token the backend already issued.
    Token(String),
    /// Email and password, for `POST /api/v1/session`.
    Password {
        /// The agent's email.
        email: String,
        /// The password (never printed).
        password: String,
    },
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credentials::Token(_) => f.write_str("Token(<hidden>)"),
            Credentials::Password { email, .. } => write!(f, "Password({email}, <hidden>)"),
        }
    }
}

/// What to check and where.
#[derive(Clone, Debug)]
pub struct Options {
    /// The backend's base URL (`http://127.0.0.1:8080`); the API is under `/api/v1`.
    pub url: String,
    /// How to sign in.
    pub credentials: Credentials,
    /// The conversation the writing checks use (an internal note); default: the first the
    /// backend lists.
    pub conversation: Option<i64>,
    /// The origin the app is served from when it is not the backend's (`config.json`'s
    /// `api_base` on another origin): checks CORS for it. `None`: not checked.
    pub origin: Option<String>,
    /// How long to wait for the first unprompted heartbeat (the protocol's 10 s plus slack).
    pub heartbeat_wait: Duration,
    /// How long a silent socket may stay open (the protocol's 10 s plus slack).
    pub auth_wait: Duration,
}

impl Options {
    /// The defaults for a URL and credentials.
    pub fn new(url: impl Into<String>, credentials: Credentials) -> Options {
        Options {
            url: url.into().trim_end_matches('/').to_owned(),
            credentials,
            conversation: None,
            origin: None,
            heartbeat_wait: Duration::from_secs(13),
            auth_wait: Duration::from_secs(13),
        }
    }
}

/// How one check ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// It holds (with an optional remark: what was seen).
    Pass(Option<String>),
    /// An optional part the backend does not declare: not run, counted as passed.
    Skipped(String),
    /// It does not hold: why (expected vs got).
    Fail(String),
}

/// One check's result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The check's stable name (`socket-replay`).
    pub name: String,
    /// How it ended.
    pub verdict: Verdict,
}

impl Outcome {
    /// Whether it counts as passed.
    pub fn passed(&self) -> bool {
        !matches!(self.verdict, Verdict::Fail(_))
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let one_line = |s: &str| s.replace(['\n', '\r'], " ");
        match &self.verdict {
            Verdict::Pass(None) => write!(f, "PASS {}", self.name),
            Verdict::Pass(Some(note)) => write!(f, "PASS {} ({})", self.name, one_line(note)),
            Verdict::Skipped(why) => write!(f, "PASS {} (skipped: {})", self.name, one_line(why)),
            Verdict::Fail(why) => write!(f, "FAIL {}: {}", self.name, one_line(why)),
        }
    }
}

/// Every check's outcome, in the order they ran.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// The outcomes.
    pub outcomes: Vec<Outcome>,
}

impl Report {
    /// How many passed (skipped ones included).
    pub fn passed(&self) -> usize {
        self.outcomes.iter().filter(|o| o.passed()).count()
    }

    /// How many ran.
    pub fn total(&self) -> usize {
        self.outcomes.len()
    }

    /// Whether every check passed.
    pub fn all_passed(&self) -> bool {
        self.passed() == self.total()
    }

    /// The last line: `conformance: P/N checks passed`.
    pub fn summary(&self) -> String {
        format!(
            "conformance: {}/{} checks passed",
            self.passed(),
            self.total()
        )
    }

    /// The outcome of a check by name.
    pub fn get(&self, name: &str) -> Option<&Outcome> {
        self.outcomes.iter().find(|o| o.name == name)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for o in &self.outcomes {
            writeln!(f, "{o}")?;
        }
        write!(f, "{}", self.summary())
    }
}

/// Runs every check against the backend; `line` is called with each outcome as it is
/// known (the binary prints it at once).
pub async fn run(options: &Options, line: impl FnMut(&Outcome)) -> Report {
    checks::run(options, line).await
}
