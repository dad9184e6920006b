//! Named, timed steps and the small process helpers every command uses.

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

/// A step failed; its message has already been printed.
#[derive(Debug)]
pub struct Failed;

/// Runs one named step: prints `▶ name` when it starts, `✔ name 41.2s` when it succeeds, or
/// `✘ name failed after 3.1s: why` (on stderr) when it does not.
pub fn step<T>(name: &str, body: impl FnOnce() -> Result<T, String>) -> Result<T, Failed> {
    println!("▶ {name}");
    let started = Instant::now();
    let outcome = body();
    let secs = started.elapsed().as_secs_f64();
    match outcome {
        Ok(value) => {
            println!("✔ {name} {secs:.1}s");
            Ok(value)
        }
        Err(why) => {
            eprintln!("✘ {name} failed after {secs:.1}s: {why}");
            Err(Failed)
        }
    }
}

/// A command for `program` with `args`, run from `dir`.
pub fn command<I, S>(program: impl AsRef<OsStr>, args: I, dir: &Path) -> Command
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let mut cmd = Command::new(program);
    cmd.args(args).current_dir(dir);
    cmd
}

/// `cargo` with `args`, from `dir`: the cargo that runs this xtask (so the toolchain of
/// `rust-toolchain.toml` is used throughout).
pub fn cargo<I, S>(args: I, dir: &Path) -> Command
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    command(cargo, args, dir)
}

/// `cargo install <krate> --version <version> --locked --debug`, without debug information:
/// the tools `cargo xtask` installs on every clean machine (Trunk, cargo-deny) compile in
/// less than half the release profile's time (Trunk 3 min instead of 7 min 21 s on two
/// cores), and what they do runs as fast either way.
pub fn cargo_install_debug(krate: &str, version: &str, dir: &Path) -> Result<(), String> {
    let mut install = cargo(
        [
            "install",
            krate,
            "--version",
            version,
            "--locked",
            "--debug",
        ],
        dir,
    );
    install.env("CARGO_PROFILE_DEV_DEBUG", "false");
    run(&mut install)
}

/// The command line as a person would type it, for messages.
pub fn describe(cmd: &Command) -> String {
    let mut line = cmd.get_program().to_string_lossy().into_owned();
    if line.ends_with("/cargo") {
        line = "cargo".to_owned();
    }
    for arg in cmd.get_args() {
        line.push(' ');
        line.push_str(&arg.to_string_lossy());
    }
    line
}

/// Runs `cmd` with the terminal attached; an error names the command and its status.
pub fn run(cmd: &mut Command) -> Result<(), String> {
    let line = describe(cmd);
    let status = cmd
        .status()
        .map_err(|e| format!("could not start `{line}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{line}` exited with {status}"))
    }
}

/// The trimmed stdout of `cmd` if it starts and succeeds, `None` otherwise (stderr hidden).
pub fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd
        .stderr(Stdio::null())
        .stdin(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}
