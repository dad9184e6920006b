//! `cargo xtask bench`: the chat list's benchmarks. First the host benchmark of the pure
//! core (`cargo bench -p switchboard-core --bench list`), then the release app against a
//! fresh demo server holding 10,000 extra bulk conversations, measured in Chromium by
//! `end2end/bench/*.bench.ts` (the list, the log, and 5,000 events received after a
//! reconnection). Nothing here judges the figures: they are written down in
//! `docs/benchmarks.md` with the commit this prints.

use crate::e2e::{self, RunningServer};
use crate::step::{self, cargo, command, output, step, Failed};
use crate::tools::{self, Purpose};
use crate::{app, server};
use std::path::Path;

/// How many bulk conversations the browser benchmark's server gets (`--demo-bulk`).
const BULK: &str = "10000";

/// Host bench, tools, release build, server, then the browser measurement.
pub fn bench(root: &Path, playwright_args: &[String]) -> Result<(), Failed> {
    print_context(root);
    step("host bench (core)", || {
        step::run(&mut cargo(
            ["bench", "-p", "switchboard-core", "--bench", "list"],
            root,
        ))
    })?;
    tools::ensure(root, Purpose::Test)?;
    app::build(root)?;
    server::build(root)?;
    e2e::typecheck(root)?;
    let running = step(&format!("start server (--demo-bulk {BULK})"), || {
        RunningServer::start(root, &["--demo-bulk", BULK])
    })?;
    let out = server::target_dir(root)
        .join("bench")
        .join("browser-list.json");
    let outcome = step("browser bench (playwright)", || {
        let mut npx = command(
            "npx",
            [
                "--no",
                "--",
                "playwright",
                "test",
                "--config",
                "playwright.bench.config.ts",
            ],
            &root.join("end2end"),
        );
        npx.args(playwright_args)
            .env("SWITCHBOARD_URL", format!("http://{}", running.addr))
            .env("SWITCHBOARD_BENCH_OUT", &out);
        step::run(&mut npx)
    });
    match outcome {
        Ok(()) => println!("  browser figures: {}", out.display()),
        Err(_) => eprintln!("  server output: {}", running.stderr_log.display()),
    }
    drop(running);
    outcome
}

/// The commit the figures belong to (and whether the tree had changes) and how busy the
/// machine was, for the table in `docs/benchmarks.md`.
fn print_context(root: &Path) {
    let git = |args: &[&str]| output(&mut command("git", args, root));
    let commit = git(&["rev-parse", "--short", "HEAD"]).unwrap_or_else(|| "unknown".into());
    let dirty = git(&["status", "--porcelain"]).is_some_and(|s| !s.is_empty());
    println!(
        "  commit {commit}{}",
        if dirty {
            " (with uncommitted changes)"
        } else {
            ""
        }
    );
    if let Ok(load) = std::fs::read_to_string("/proc/loadavg") {
        let load: Vec<&str> = load.split_whitespace().take(3).collect();
        println!("  load average {}", load.join(" "));
    }
}
