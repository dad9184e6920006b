//! `cargo xtask test` and `cargo xtask e2e`: the checks, then Playwright against the
//! release build served by the reference server.

use crate::step::{self, cargo, command, step, Failed};
use crate::tools::{self, Purpose};
use crate::{app, server};
use std::fs::File;
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Where the JSON reporter writes (see `end2end/playwright.config.ts`).
const REPORT: &str = "end2end/playwright-report/results.json";

/// Everything, in order, stopping at the first failure.
pub fn test(root: &Path, playwright_args: &[String]) -> Result<(), Failed> {
    step("fmt", || {
        step::run(&mut cargo(["fmt", "--all", "--check"], root))
    })?;
    step("clippy", || {
        step::run(&mut cargo(
            [
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ],
            root,
        ))
    })?;
    crate::deny::check(root)?;
    step("host tests", || {
        step::run(&mut cargo(["test", "--workspace"], root))
    })?;
    e2e(root, playwright_args)
}

/// Tools, release build, server build, then the Playwright suite.
pub fn e2e(root: &Path, playwright_args: &[String]) -> Result<(), Failed> {
    tools::ensure(root, Purpose::Test)?;
    app::build(root)?;
    server::build(root)?;
    typecheck(root)?;
    // A second origin for the app (`specs/another-origin.spec.ts` serves `dist/` there
    // with a `config.json` pointing at this server), allowed by the server's CORS.
    let app_origin = step("second origin", || {
        free_port().map(|a| format!("http://{a}"))
    })?;
    // A third origin for host pages that frame the app (`support/host_page.ts`; specs
    // give the app a `config.json` listing it), allowed in the server's `frame-ancestors`.
    let host_origin = step("host page origin", || {
        free_port().map(|a| format!("http://{a}"))
    })?;
    let running = step("start server", || {
        RunningServer::start(
            root,
            &["--cors-origin", &app_origin, "--host-origin", &host_origin],
        )
    })?;
    let url = format!("http://{}", running.addr);
    let origins = Origins {
        app: &app_origin,
        host: &host_origin,
        data: &running.data_dir,
        server: &server::binary(root),
    };
    let outcome = step("playwright", || {
        playwright(root, &url, origins, playwright_args)
    });
    if outcome.is_err() {
        eprintln!("  server output: {}", running.stderr_log.display());
    }
    drop(running);
    outcome
}

/// Playwright strips types without checking them: `tsc` checks the specs, the benchmark
/// scripts and both configs first.
pub fn typecheck(root: &Path) -> Result<(), Failed> {
    step("typecheck end2end", || {
        step::run(&mut command(
            "npx",
            ["--no", "--", "tsc", "-p", "."],
            &root.join("end2end"),
        ))
    })
}

/// The reference server on a free port with a fresh data dir; killed when dropped.
pub struct RunningServer {
    child: Child,
    /// Where it listens.
    pub addr: SocketAddr,
    /// Its data folder (fresh, removed when dropped).
    pub data_dir: PathBuf,
    /// Its stderr, for the message when something fails.
    pub stderr_log: PathBuf,
}

impl RunningServer {
    /// Starts the demo server (`--demo`, plus `extra` flags) and waits until it is healthy.
    pub fn start(root: &Path, extra: &[&str]) -> Result<Self, String> {
        let addr = free_port()?;
        let stamp = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_millis())
            .unwrap_or_default();
        let data_dir =
            std::env::temp_dir().join(format!("switchboard-e2e-{}-{stamp}", std::process::id()));
        std::fs::create_dir_all(&data_dir).map_err(|e| format!("{}: {e}", data_dir.display()))?;
        let log_dir = server::target_dir(root).join("e2e");
        std::fs::create_dir_all(&log_dir).map_err(|e| format!("{}: {e}", log_dir.display()))?;
        let stdout_log = log_dir.join("server-stdout.log");
        let stderr_log = log_dir.join("server-stderr.log");
        let create = |p: &Path| File::create(p).map_err(|e| format!("{}: {e}", p.display()));

        let mut cmd = Command::new(server::binary(root));
        cmd.current_dir(root)
            .arg("--listen")
            .arg(addr.to_string())
            .arg("--data")
            .arg(&data_dir)
            .arg("--static")
            .arg(root.join("dist"))
            .arg("--demo")
            .args(extra)
            .stdin(Stdio::null())
            .stdout(create(&stdout_log)?)
            .stderr(create(&stderr_log)?);
        println!("  {}", step::describe(&cmd));
        let child = cmd
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", server::binary(root).display()))?;
        let mut running = RunningServer {
            child,
            addr,
            data_dir,
            stderr_log,
        };
        server::wait_healthy(addr, Duration::from_secs(60), &mut running.child).map_err(|why| {
            let log = std::fs::read_to_string(&running.stderr_log).unwrap_or_default();
            format!(
                "{why}\n--- server stderr ({}) ---\n{}",
                running.stderr_log.display(),
                tail(&log, 60)
            )
        })?;
        println!(
            "  serving http://{addr}/ (data in {})",
            running.data_dir.display()
        );
        Ok(running)
    }
}

impl Drop for RunningServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.data_dir);
    }
}

/// A port nobody listens on right now (the OS picks it; released before the server binds).
fn free_port() -> Result<SocketAddr, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("no free port: {e}"))?;
    listener.local_addr().map_err(|e| e.to_string())
}

/// The last `n` lines of `text`.
fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

/// The extra origins the suite may serve pages at (free ports the server already allows).
#[derive(Clone, Copy)]
struct Origins<'a> {
    /// A second copy of the app (`SWITCHBOARD_APP_ORIGIN`; `--cors-origin`).
    app: &'a str,
    /// A host page that frames the app (`SWITCHBOARD_HOST_ORIGIN`; `--host-origin`).
    host: &'a str,
    /// The server's data folder (`SWITCHBOARD_DATA`), for the admin commands a spec runs
    /// as an administrator would (`device add`, `agent set-pin`).
    data: &'a Path,
    /// The server's binary (`SWITCHBOARD_SERVER_BIN`), for those commands.
    server: &'a Path,
}

/// `npx playwright test` against `url` (with `origins` free for pages of the suite's
/// own), then the `e2e: N passed, N failed` line.
fn playwright(root: &Path, url: &str, origins: Origins<'_>, args: &[String]) -> Result<(), String> {
    let report = root.join(REPORT);
    let _ = std::fs::remove_file(&report);
    let mut npx = command(
        "npx",
        ["--no", "--", "playwright", "test"],
        &root.join("end2end"),
    );
    npx.args(args)
        .env("SWITCHBOARD_URL", url)
        .env("SWITCHBOARD_APP_ORIGIN", origins.app)
        .env("SWITCHBOARD_HOST_ORIGIN", origins.host)
        .env("SWITCHBOARD_DATA", origins.data)
        .env("SWITCHBOARD_SERVER_BIN", origins.server);
    let run = step::run(&mut npx);
    let json = std::fs::read_to_string(&report)
        .map_err(|e| format!("no Playwright report at {}: {e}", report.display()))?;
    let count = |key| stat(&json, key).unwrap_or(0);
    let passed = count("expected") + count("flaky");
    let failed = count("unexpected");
    println!("e2e: {passed} passed, {failed} failed");
    run?;
    if failed > 0 {
        return Err(format!("{failed} end-to-end test(s) failed"));
    }
    if passed == 0 {
        return Err("no end-to-end test ran".into());
    }
    Ok(())
}

/// A number from the `stats` object at the end of Playwright's JSON report
/// (`"stats": {"expected": 5, "unexpected": 0, "flaky": 0, "skipped": 0, ...}`).
fn stat(json: &str, key: &str) -> Option<u64> {
    let stats = &json[json.rfind("\"stats\"")?..];
    let after_key = &stats[stats.find(&format!("\"{key}\""))? + key.len() + 2..];
    let value = after_key.trim_start().strip_prefix(':')?.trim_start();
    let digits: String = value.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_playwright_stats() {
        let json = r#"{"suites": [{"stats": "decoy"}], "stats": {
            "startTime": "2026-11-21T10:00:00.000Z", "duration": 1234.5,
            "expected": 7, "skipped": 1, "unexpected": 2, "flaky": 0 }}"#;
        assert_eq!(stat(json, "expected"), Some(7));
        assert_eq!(stat(json, "unexpected"), Some(2));
        assert_eq!(stat(json, "flaky"), Some(0));
        assert_eq!(stat(json, "missing"), None);
    }

    #[test]
    fn keeps_the_last_lines() {
        assert_eq!(tail("a\nb\nc", 2), "b\nc");
        assert_eq!(tail("a", 5), "a");
    }
}
