//! `cargo xtask csp [--backend URL] [--socket-url URL] [--host-origin ORIGIN]…`: the
//! headers that whoever serves `dist/` must send on every HTML answer, printed for the
//! `index.html` built there (`docs/deployment.md`, "Security headers").
//!
//! The policy hashes the inline loader Trunk writes into `dist/index.html`, which changes
//! with every build; hashing takes SHA-256, which xtask (standard library only) does not
//! have, and the policy's rules live in the server (`switchboard_server::csp`). So this
//! runs `switchboard-server csp` on `dist/`: one definition of the policy for the
//! reference server and for every other host.

use crate::step::{cargo, describe};
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask csp [--backend API_BASE_URL] [--socket-url WS_URL] \
                     [--host-origin ORIGIN]...";

/// The server's `csp` arguments for ours: `(top-level flags, csp flags)`; `Err` on a
/// usage error.
fn translate(args: &[String]) -> Result<(Vec<String>, Vec<String>), String> {
    let (mut top, mut csp) = (Vec::new(), Vec::new());
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) => (f, Some(v.to_owned())),
            None => (arg.as_str(), None),
        };
        let target = match flag {
            "--backend" | "--api-base" => (&mut csp, "--api-base"),
            "--socket-url" => (&mut csp, "--socket-url"),
            "--host-origin" => (&mut top, "--host-origin"),
            other => return Err(format!("unknown argument `{other}`")),
        };
        let value = match inline {
            Some(v) => v,
            None => it
                .next()
                .cloned()
                .ok_or_else(|| format!("`{flag}` needs a value"))?,
        };
        target.0.push(target.1.to_owned());
        target.0.push(value);
    }
    Ok((top, csp))
}

/// Prints the headers for `dist/`; exits as `switchboard-server csp` does.
pub fn run(root: &Path, args: &[String]) -> ExitCode {
    let (top, csp) = match translate(args) {
        Ok(t) => t,
        Err(why) => {
            eprintln!("{why}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut cmd = cargo(
        [
            "run",
            "--quiet",
            "-p",
            "switchboard-server",
            "--",
            "--static",
        ],
        root,
    );
    cmd.arg(root.join("dist"))
        .args(top)
        .arg("csp")
        .args(csp)
        // The server's own variables must not change what is printed for another host.
        .env_remove("SWITCHBOARD_STATIC")
        .env_remove("SWITCHBOARD_HOST_ORIGINS");
    match cmd.status() {
        Ok(status) if status.success() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("cannot run {}: {e}", describe(&cmd));
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn arguments_go_where_the_server_reads_them() {
        let (top, csp) = translate(&strings(&[
            "--backend",
            "https://api.example.com/api/v1",
            "--host-origin=https://crm.example.com",
            "--socket-url",
            "wss://rt.example.com/ws",
        ]))
        .unwrap();
        assert_eq!(top, ["--host-origin", "https://crm.example.com"]);
        assert_eq!(
            csp,
            [
                "--api-base",
                "https://api.example.com/api/v1",
                "--socket-url",
                "wss://rt.example.com/ws"
            ]
        );
        assert!(translate(&strings(&["--backend"])).is_err());
        assert!(translate(&strings(&["--nope", "x"])).is_err());
    }
}
