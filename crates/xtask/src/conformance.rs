//! `cargo xtask conformance --url URL (--email E --password P | --token T)`: the conformance
//! kit (`crates/conformance`) against a running backend, with its output and exit code.

use crate::step::{cargo, describe};
use std::path::Path;
use std::process::ExitCode;

/// Builds and runs `switchboard-conformance` with `args`; exits as it exits (0 only when
/// every check passed, 1 when one failed, 2 on a usage error).
pub fn run(root: &Path, args: &[String]) -> ExitCode {
    let mut cmd = cargo(
        ["run", "--quiet", "-p", "switchboard-conformance", "--"],
        root,
    );
    cmd.args(args);
    match cmd.status() {
        Ok(status) => match status.code() {
            Some(code) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
            None => ExitCode::FAILURE,
        },
        Err(e) => {
            eprintln!("cannot run {}: {e}", describe(&cmd));
            ExitCode::FAILURE
        }
    }
}
