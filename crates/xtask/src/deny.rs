//! The supply-chain step of `cargo xtask test`: `cargo deny check bans licenses sources`
//! against `deny.toml` (licences we accept, crates.io as the only source, duplicate
//! versions reported). cargo-deny is installed like Trunk when missing, as a debug build:
//! cargo-deny's release profile (fat LTO, one codegen unit) took 9 min 34 s to compile on
//! two cores, the debug build 3 min 1 s, and the check itself takes under 5 s either way.
//!
//! The `advisories` check is not run here: it needs the RustSec database from GitHub,
//! which these machines cannot fetch. A connected CI runs it as its own step
//! (docs/supply-chain.md); a step here that could not fetch it would only pretend.

use crate::step::{self, cargo, step, Failed};
use std::path::Path;

/// The cargo-deny release the workspace's `deny.toml` is written for.
pub const CARGO_DENY_VERSION: &str = "0.20.2";

/// Installs cargo-deny when missing or another version, then runs the check.
pub fn check(root: &Path) -> Result<(), Failed> {
    step(&format!("cargo-deny {CARGO_DENY_VERSION}"), || {
        install(root)
    })?;
    step("cargo deny check bans licenses sources", || {
        step::run(&mut cargo(
            ["deny", "check", "bans", "licenses", "sources"],
            root,
        ))
    })
}

fn install(root: &Path) -> Result<(), String> {
    if crate::tools::installed_version("cargo-deny", root).as_deref() == Some(CARGO_DENY_VERSION) {
        return Ok(());
    }
    println!(
        "  installing cargo-deny {CARGO_DENY_VERSION} (a debug build: about three minutes, once)"
    );
    step::cargo_install_debug("cargo-deny", CARGO_DENY_VERSION, root)
}
