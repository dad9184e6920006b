//! `switchboard-conformance --url URL (--email E --password P | --token T)`: runs the
//! protocol's contract against a running backend, prints one line per check and
//! `conformance: P/N checks passed`, and exits 0 only when every check passed.

use clap::{ArgGroup, Parser};
use std::process::ExitCode;
use switchboard_conformance::{run, Credentials, Options};

/// Checks a running backend against the Switchboard protocol (docs/protocol.md,
/// docs/openapi.json). Writes one internal note into a conversation the backend lists.
#[derive(Parser)]
#[command(version, group(ArgGroup::new("auth").required(true).args(["token", "email"])))]
struct Args {
    /// The backend's base URL; the API is under /api/v1 (e.g. http://127.0.0.1:8080).
    #[arg(long)]
    url: String,
    /// Sign in with this email (POST /api/v1/session); needs --password.
    #[arg(long, requires = "password")]
    email: Option<String>,
    /// The password for --email.
    #[arg(long, requires = "email")]
    password: Option<String>,
    /// A bearer token the backend already issued (instead of --email/--password).
    #[arg(long, conflicts_with_all = ["email", "password"])]
    token: Option<String>,
    /// The conversation the writing checks use (default: the first the backend lists).
    #[arg(long)]
    conversation: Option<i64>,
    /// The origin the app is served from, when not the backend's (e.g.
    /// https://app.example.com): checks that CORS lets it call the API.
    #[arg(long)]
    origin: Option<String>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let credentials = match (args.token, args.email, args.password) {
        (Some(token), _, _) => Credentials::Token(token),
        (None, Some(email), Some(password)) => Credentials::Password { email, password },
        _ => unreachable!("clap requires --token or --email with --password"),
    };
    if !args.url.starts_with("http://") {
        eprintln!(
            "--url must be an http:// URL (this build has no TLS: run it beside the backend \
             or through a TLS-terminating proxy)"
        );
        return ExitCode::from(2);
    }
    let mut options = Options::new(args.url, credentials);
    options.conversation = args.conversation;
    options.origin = args.origin;
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("cannot start the runtime: {e}");
            return ExitCode::from(2);
        }
    };
    let report = runtime.block_on(run(&options, |outcome| println!("{outcome}")));
    println!("{}", report.summary());
    if report.all_passed() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
