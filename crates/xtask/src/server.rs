//! Building, starting and health-checking the reference server.

use crate::app;
use crate::step::{self, cargo, step, Failed};
use crate::tools::{self, Purpose};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// Where `cargo xtask run` serves.
const RUN_ADDR: &str = "127.0.0.1:8080";

/// `cargo build -p switchboard-server` (dev profile: it builds fast and serves the demo
/// well enough).
pub fn build(root: &Path) -> Result<(), Failed> {
    step("build server", || {
        step::run(&mut cargo(["build", "-p", "switchboard-server"], root))
    })
}

/// Cargo's target directory.
pub fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"))
}

/// The server binary the dev build produced.
pub fn binary(root: &Path) -> PathBuf {
    target_dir(root).join("debug").join(format!(
        "switchboard-server{}",
        std::env::consts::EXE_SUFFIX
    ))
}

/// `cargo xtask run`: tools, release app, server, then the demo server in the foreground.
pub fn run(root: &Path) -> Result<(), Failed> {
    tools::ensure(root, Purpose::Develop)?;
    app::build(root)?;
    build(root)?;
    let mut server = Command::new(binary(root));
    server.current_dir(root).args([
        "--listen",
        RUN_ADDR,
        "--data",
        "./data",
        "--static",
        "./dist",
        "--demo",
        "--simulate",
    ]);
    println!("▶ {}", step::describe(&server));
    let mut child = server
        .spawn()
        .map_err(|e| eprintln!("✘ server failed to start: {e}"))
        .map_err(|()| Failed)?;
    let addr: SocketAddr = RUN_ADDR.parse().expect("RUN_ADDR is an address");
    match wait_healthy(addr, Duration::from_secs(60), &mut child) {
        Ok(()) => println!("✔ Switchboard is up: http://{RUN_ADDR}/  (Ctrl+C stops it)"),
        Err(why) => eprintln!("warning: {why}"),
    }
    // Ctrl+C reaches the whole process group, the server included.
    match child.wait() {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => {
            eprintln!("✘ server exited with {status}");
            Err(Failed)
        }
        Err(e) => {
            eprintln!("✘ waiting for the server: {e}");
            Err(Failed)
        }
    }
}

/// Polls `GET /api/v1/health` until it answers 2xx, the child exits, or `timeout` passes.
pub fn wait_healthy(addr: SocketAddr, timeout: Duration, child: &mut Child) -> Result<(), String> {
    let started = Instant::now();
    loop {
        if health_ok(addr) {
            return Ok(());
        }
        if let Ok(Some(status)) = child.try_wait() {
            return Err(format!("the server exited with {status} before answering"));
        }
        if started.elapsed() > timeout {
            return Err(format!(
                "http://{addr}/api/v1/health did not answer 2xx within {}s",
                timeout.as_secs()
            ));
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// One `GET /api/v1/health` over plain HTTP/1.1; true on a 2xx status.
fn health_ok(addr: SocketAddr) -> bool {
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_secs(1)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    let request =
        format!("GET /api/v1/health HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    let mut head = [0u8; 16];
    let mut read = 0;
    while read < head.len() {
        match stream.read(&mut head[read..]) {
            Ok(0) | Err(_) => break,
            Ok(n) => read += n,
        }
    }
    // "HTTP/1.1 200 OK": the status code starts at byte 9.
    read >= 10 && head.starts_with(b"HTTP/1.") && head[9] == b'2'
}
