//! Building, starting and health-checking the reference server.

use crate::step::{self, cargo, step, Failed};
use crate::tools::{self, Purpose};
use crate::{app, host_page};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// Where `cargo xtask run` serves.
const RUN_ADDR: &str = "127.0.0.1:8080";

/// Where `cargo xtask run` serves the example host page (`examples/crm-host/`).
const HOST_PAGE_ADDR: &str = "127.0.0.1:8090";

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
    // The example CRM page on a second origin, with the app allowed to talk to it and to
    // be framed by it (docs/embedding.md).
    let host_origin = format!("http://{HOST_PAGE_ADDR}");
    let host_page = match host_page::serve(&root.join("examples/crm-host"), HOST_PAGE_ADDR) {
        Ok(()) => {
            allow_host_in_config(&root.join("dist"), &host_origin);
            true
        }
        Err(why) => {
            eprintln!("warning: the example CRM page is not served: {why}");
            false
        }
    };
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
        // `frame-ancestors` for the example page (the config.json written below says the
        // same; the flag also covers a config.json of the user's own without it).
        "--host-origin",
        &host_origin,
    ]);
    println!("▶ {}", step::describe(&server));
    let mut child = server
        .spawn()
        .map_err(|e| eprintln!("✘ server failed to start: {e}"))
        .map_err(|()| Failed)?;
    let addr: SocketAddr = RUN_ADDR.parse().expect("RUN_ADDR is an address");
    match wait_healthy(addr, Duration::from_secs(60), &mut child) {
        Ok(()) => {
            println!("✔ Switchboard is up: http://{RUN_ADDR}/  (Ctrl+C stops it)");
            if host_page {
                println!("  embedded in an example CRM: {host_origin}/?app=http://{RUN_ADDR}");
            }
        }
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

/// Lets the app talk to `origin`: writes `dist/config.json` with it as the only host
/// origin, unless a `config.json` is there already (one the user wrote is never
/// overwritten; they are told what to add instead).
fn allow_host_in_config(dist: &Path, origin: &str) {
    let path = dist.join("config.json");
    match std::fs::read_to_string(&path) {
        Ok(text) if text.contains(&format!("\"{origin}\"")) => {
            println!("  {} already lists {origin}", path.display());
        }
        Ok(_) => println!(
            "  {} exists and is left as it is: add \"host_origins\": [\"{origin}\"] to it \
             for the example CRM page to talk to the app",
            path.display()
        ),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let text = format!("{{\"host_origins\": [\"{origin}\"]}}\n");
            // `create_new`: never replace a file that appeared meanwhile.
            let written = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
                .and_then(|mut f| f.write_all(text.as_bytes()));
            match written {
                Ok(()) => println!(
                    "  wrote {} with host_origins [{origin}] (for the example CRM page)",
                    path.display()
                ),
                Err(e) => eprintln!("warning: cannot write {}: {e}", path.display()),
            }
        }
        Err(e) => eprintln!(
            "warning: {} is there but cannot be read ({e}); left as it is",
            path.display()
        ),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_a_config_only_where_there_is_none() {
        let dir = std::env::temp_dir().join(format!("xtask-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("config.json");
        let _ = std::fs::remove_file(&path);

        allow_host_in_config(&dir, "http://127.0.0.1:8090");
        assert_eq!(
            std::fs::read_to_string(&path).expect("written"),
            "{\"host_origins\": [\"http://127.0.0.1:8090\"]}\n"
        );

        let mine = "{\"auth\": \"password\"}\n";
        std::fs::write(&path, mine).expect("the user's own");
        allow_host_in_config(&dir, "http://127.0.0.1:8090");
        assert_eq!(std::fs::read_to_string(&path).expect("kept"), mine);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
