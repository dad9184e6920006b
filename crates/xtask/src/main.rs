//! `cargo xtask <command>`: the one entry point for setting up, running, testing and
//! benchmarking Switchboard (the alias lives in `.cargo/config.toml`).
//!
//! Standard library only, so it compiles in seconds on a fresh machine. Every step prints
//! its name and wall time when it finishes, and the first failing step stops the run with
//! a message naming it.

mod app;
mod bench;
mod bundle;
mod conformance;
mod csp;
mod deny;
mod e2e;
mod host_page;
mod server;
mod soak;
mod step;
mod tools;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command> [-- playwright args]

commands:
  run     install missing tools, build the release app and the server, then serve the
          demo (with simulated customers) at http://127.0.0.1:8080/ and the example CRM
          page that embeds it (examples/crm-host) at http://127.0.0.1:8090/
  test    fmt, clippy, cargo deny (bans, licenses, sources), host tests, release build,
          then the Playwright end-to-end suite
  deny    cargo deny check bans licenses sources (installing cargo-deny when missing;
          the advisories check needs a connected CI, see docs/supply-chain.md)
  setup   install missing tools only (wasm32 target, trunk, wasm-bindgen-cli, node, npm ci)
  build   install missing tools, then build the release app into dist/
  e2e     build the app and the server, then run the Playwright suite only
          (arguments after `--` go to `playwright test`, e.g. `-- --grep reconnect`)
  bench   the chat list's benchmarks: the core on the host (cargo bench), then the release
          app in Chromium against a demo server with 10,000 extra conversations
          (figures in docs/benchmarks.md)
  bundle [DEPTH] [ROWS]
          where the release module's code bytes are, by crate or app module (the
          first DEPTH path segments of each function's name; after `cargo xtask build`)
  soak [--minutes N] [--fault-every SECS] [--seed S]
          the release app in Chromium for N minutes (default 60) against a server with
          a random fault every SECS seconds (default 180); a ledger of every message
          checked at the end, heap, listener and timer counts sampled every minute
          (report in target/soak/, figures in docs/soak.md; not part of `test`)
  csp [--backend API_BASE_URL] [--host-origin ORIGIN]...
          print the security headers (Content-Security-Policy with the hash of the
          inline loader in dist/index.html, and the others) that any web server serving
          dist/ must send on its HTML answers (docs/deployment.md)
  conformance --url URL (--email E --password P | --token T)
          the conformance kit against a running backend: one line per check, then
          `conformance: P/N checks passed`; exits 0 only when all pass
          (see crates/conformance/README.md)";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let command = args.next().unwrap_or_default();
    let extra: Vec<String> = args.skip_while(|a| a == "--").collect();
    let root = repo_root();
    tools::put_cargo_bin_on_path();

    if command == "conformance" {
        return conformance::run(&root, &extra);
    }
    if command == "csp" {
        return csp::run(&root, &extra);
    }
    let result = match command.as_str() {
        "run" => server::run(&root),
        "test" => e2e::test(&root, &extra),
        "deny" => deny::check(&root),
        "setup" => tools::ensure(&root, tools::Purpose::Develop),
        "build" => tools::ensure(&root, tools::Purpose::Develop).and_then(|()| app::build(&root)),
        "e2e" => e2e::e2e(&root, &extra),
        "bench" => bench::bench(&root, &extra),
        "bundle" => bundle::report(&root, &extra),
        "soak" => soak::soak(&root, &extra),
        "" | "help" | "-h" | "--help" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        other => {
            eprintln!("unknown command `{other}`\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(step::Failed) => ExitCode::FAILURE,
    }
}

/// The workspace root: this crate lives in `<root>/crates/xtask`.
fn repo_root() -> PathBuf {
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .ancestors()
        .nth(2)
        .expect("crates/xtask sits two levels below the workspace root")
        .to_path_buf()
}
