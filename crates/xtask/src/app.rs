//! The release build of the web app: `cargo fetch` online, then Trunk offline.

use crate::step::{self, cargo, command, step, Failed};
use crate::tools::{cargo_bin, prepend_path};
use std::io::Read;
use std::path::Path;
use std::process::Stdio;

/// Builds `dist/` with `trunk build --release` and prints the size of the wasm.
pub fn build(root: &Path) -> Result<(), Failed> {
    // Trunk runs offline (so it can never try to download a tool), which also makes its
    // cargo offline: fetch the crates first.
    step("cargo fetch", || step::run(&mut cargo(["fetch"], root)))?;
    step("trunk build --release", || {
        let mut trunk = command("trunk", ["build", "--release"], root);
        trunk
            .env("TRUNK_OFFLINE", "true")
            // wasm-opt 132 from npm binaryen first: Debian's binaryen 108 breaks the module.
            .env(
                "PATH",
                prepend_path(&[root.join("end2end/node_modules/.bin"), cargo_bin()]),
            );
        step::run(&mut trunk)
    })?;
    step("bundle size", || print_wasm_sizes(&root.join("dist")))
}

fn print_wasm_sizes(dist: &Path) -> Result<(), String> {
    let entries = std::fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    let mut found = false;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "wasm") {
            found = true;
            let raw = entry.metadata().map(|m| m.len()).unwrap_or(0);
            let gzipped = gzip_size(&path)?;
            println!(
                "  {}: {} raw, {} gzip -9",
                path.file_name().unwrap_or_default().to_string_lossy(),
                human(raw),
                human(gzipped)
            );
        }
    }
    if found {
        Ok(())
    } else {
        Err(format!("no .wasm file in {}", dist.display()))
    }
}

/// Bytes of `gzip -9 -c file` (counted, not stored).
fn gzip_size(path: &Path) -> Result<u64, String> {
    let mut child = std::process::Command::new("gzip")
        .args(["-9", "-c"])
        .arg(path)
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run gzip: {e}"))?;
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let mut total = 0u64;
    let mut buf = [0u8; 64 * 1024];
    loop {
        match stdout.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => total += n as u64,
            Err(e) => return Err(format!("reading gzip output: {e}")),
        }
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    if status.success() {
        Ok(total)
    } else {
        Err(format!("gzip exited with {status}"))
    }
}

/// `1234567` as `1205.6 KiB (1234567 B)`.
fn human(bytes: u64) -> String {
    format!("{:.1} KiB ({bytes} B)", bytes as f64 / 1024.0)
}
