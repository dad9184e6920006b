//! A tiny static file server for `examples/crm-host/` on a second origin, so `cargo xtask
//! run` shows the app embedded in a host page (`docs/embedding.md`).
//!
//! Standard library only, like the rest of xtask: `GET`/`HEAD` of files under one folder,
//! `/` as `index.html`, one thread per connection, `Connection: close`. A development
//! helper on 127.0.0.1, not a web server: no ranges, no keep-alive, nothing outside the
//! folder (`..` and anything that is not a plain name are refused).

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::time::Duration;

/// Serves `dir` at `addr` (`127.0.0.1:8090`) on a background thread for as long as the
/// process lives. Fails only when the address cannot be bound.
pub fn serve(dir: &Path, addr: &str) -> Result<(), String> {
    let listener = TcpListener::bind(addr).map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let dir = dir.to_path_buf();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let dir = dir.clone();
            std::thread::spawn(move || {
                let _ = answer(stream, &dir);
            });
        }
    });
    Ok(())
}

fn answer(mut stream: TcpStream, dir: &Path) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Read the headers away (up to the blank line); nothing in them matters here.
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    if method != "GET" && method != "HEAD" {
        return respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain",
            b"GET only\n",
            true,
        );
    }
    let Some(file) = resolve(dir, target) else {
        return respond(
            &mut stream,
            "404 Not Found",
            "text/plain",
            b"not found\n",
            true,
        );
    };
    match std::fs::read(&file) {
        Ok(body) => respond(
            &mut stream,
            "200 OK",
            content_type(&file),
            &body,
            method == "GET",
        ),
        Err(_) => respond(
            &mut stream,
            "404 Not Found",
            "text/plain",
            b"not found\n",
            true,
        ),
    }
}

fn respond(
    stream: &mut TcpStream,
    status: &str,
    content_type: &str,
    body: &[u8],
    with_body: bool,
) -> std::io::Result<()> {
    // `no-store`: an edit to the example shows at the next reload.
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    if with_body {
        stream.write_all(body)?;
    }
    stream.flush()
}

/// The file a request target names inside `dir`: the path without its query, `/` (and
/// any folder) as its `index.html`, `None` when it would leave `dir` or names no file.
fn resolve(dir: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let relative = Path::new(path.trim_start_matches('/'));
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
        || path.contains('\\')
        || path.contains('%')
    {
        return None;
    }
    let mut file = dir.join(relative);
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "json" => "application/json",
        "md" => "text/markdown; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn example() -> PathBuf {
        crate::repo_root().join("examples/crm-host")
    }

    #[test]
    fn resolves_files_inside_the_folder_only() {
        let dir = example();
        assert_eq!(resolve(&dir, "/"), Some(dir.join("index.html")));
        assert_eq!(
            resolve(&dir, "/?app=http://127.0.0.1:8080"),
            Some(dir.join("index.html"))
        );
        assert_eq!(resolve(&dir, "/crm.js"), Some(dir.join("crm.js")));
        assert_eq!(resolve(&dir, "/../README.md"), None);
        assert_eq!(resolve(&dir, "/..%2fCargo.toml"), None);
        assert_eq!(resolve(&dir, "/missing.js"), None);
        assert_eq!(
            content_type(Path::new("a/crm.css")),
            "text/css; charset=utf-8"
        );
    }

    #[test]
    fn serves_the_example_over_http() {
        // Port 0: the OS picks one; read it back from a probe bind first.
        let probe = TcpListener::bind("127.0.0.1:0").expect("a free port");
        let addr = probe.local_addr().expect("its address");
        drop(probe);
        serve(&example(), &addr.to_string()).expect("serving");
        let mut stream = TcpStream::connect(addr).expect("connect");
        stream
            .write_all(b"GET /crm.css HTTP/1.1\r\nHost: x\r\n\r\n")
            .expect("request");
        let mut text = String::new();
        stream.read_to_string(&mut text).expect("answer");
        assert!(text.starts_with("HTTP/1.1 200 OK\r\n"), "{text}");
        assert!(text.contains("Content-Type: text/css"));
        assert!(text.contains(".crm-layout"));
    }
}
