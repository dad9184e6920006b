//! `cargo xtask soak --minutes N [--fault-every SECS] [--seed S]`: the long run of issue 18.
//! The release app works for N minutes in Chromium against a demo server with the fault
//! admin on, while customers write at a steady rate and a random fault is switched on for
//! a while every few minutes; a ledger of every message sent and received is checked at
//! the end, and heap, DOM and timer counts are sampled every minute
//! (`end2end/soak/run.soak.ts`; figures in `docs/soak.md`).
//!
//! Never part of `cargo xtask test`: an hour is not a test step. The verdict (0 lost, 0
//! duplicated, heap growth, flat listeners and timers) is the driver's; this exits non-zero
//! when it fails.

use crate::e2e::{self, RunningServer};
use crate::step::{self, command, step, Failed};
use crate::tools::{self, Purpose};
use crate::{app, server};
use std::path::Path;

/// What the command line asked for.
#[derive(Debug, PartialEq)]
pub struct Options {
    /// Length of the working phase (settling and checking come on top).
    pub minutes: u32,
    /// Seconds between the starts of two faults.
    pub fault_every_secs: u32,
    /// Seed of the driver's random choices (faults, conversations, pauses).
    pub seed: Option<u64>,
    /// Arguments after `--`, for `playwright test`.
    pub playwright: Vec<String>,
}

/// Reads `--minutes N`, `--fault-every SECS`, `--seed S`, then anything after `--`.
pub fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        minutes: 60,
        fault_every_secs: 180,
        seed: None,
        playwright: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .ok_or_else(|| format!("{name} needs a value"))
                .cloned()
        };
        let number = |name: &str, v: String| {
            v.parse::<u64>()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| format!("{name} takes a positive whole number, not {v:?}"))
        };
        match arg.as_str() {
            "--minutes" => {
                let n = number(arg, value(arg)?)?;
                options.minutes = u32::try_from(n).map_err(|_| "--minutes is too large")?;
            }
            "--fault-every" => {
                let n = number(arg, value(arg)?)?;
                options.fault_every_secs =
                    u32::try_from(n).map_err(|_| "--fault-every is too large")?;
            }
            "--seed" => options.seed = Some(number(arg, value(arg)?)?),
            "--" => {
                options.playwright = it.cloned().collect();
                break;
            }
            other => return Err(format!("soak: unknown argument {other:?}")),
        }
    }
    Ok(options)
}

/// Tools, release build, server (fault admin on), then the driver.
pub fn soak(root: &Path, args: &[String]) -> Result<(), Failed> {
    let options = step("soak options", || parse(args))?;
    tools::ensure(root, Purpose::Test)?;
    app::build(root)?;
    server::build(root)?;
    e2e::typecheck(root)?;
    let running = step("start server (fault admin on)", || {
        RunningServer::start(root, &["--fault-admin"])
    })?;
    let out = server::target_dir(root).join("soak");
    let outcome = step(&format!("soak ({} min)", options.minutes), || {
        std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
        let mut npx = command(
            "npx",
            [
                "--no",
                "--",
                "playwright",
                "test",
                "--config",
                "playwright.soak.config.ts",
            ],
            &root.join("end2end"),
        );
        npx.args(&options.playwright)
            .env("SWITCHBOARD_URL", format!("http://{}", running.addr))
            .env("SWITCHBOARD_SOAK_MINUTES", options.minutes.to_string())
            .env(
                "SWITCHBOARD_SOAK_FAULT_EVERY_SECS",
                options.fault_every_secs.to_string(),
            )
            .env("SWITCHBOARD_SOAK_OUT", &out);
        if let Some(seed) = options.seed {
            npx.env("SWITCHBOARD_SOAK_SEED", seed.to_string());
        }
        step::run(&mut npx)
    });
    match outcome {
        Ok(()) => println!("  soak report: {}", out.join("report.json").display()),
        Err(_) => eprintln!(
            "  soak report: {}\n  server output: {}",
            out.join("report.json").display(),
            running.stderr_log.display()
        ),
    }
    drop(running);
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn reads_the_options() {
        let o = parse(&args("--minutes 3 --fault-every 30 --seed 7 -- --grep x")).unwrap();
        assert_eq!(
            o,
            Options {
                minutes: 3,
                fault_every_secs: 30,
                seed: Some(7),
                playwright: args("--grep x"),
            }
        );
        let defaults = parse(&[]).unwrap();
        assert_eq!((defaults.minutes, defaults.fault_every_secs), (60, 180));
    }

    #[test]
    fn refuses_what_it_cannot_use() {
        assert!(parse(&args("--minutes")).is_err());
        assert!(parse(&args("--minutes 0")).is_err());
        assert!(parse(&args("--minutes ten")).is_err());
        assert!(parse(&args("--fast")).is_err());
    }
}
