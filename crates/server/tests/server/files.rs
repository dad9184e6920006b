//! Uploads (limits, types) and downloads (signatures, safe headers).

use crate::common::api_error as error;
use crate::kit::{quiet_demo, raw, send, text, upload};
use switchboard_protocol::{ErrorCode, FileLimits, Message, Upload, UploadId};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn uploads_obey_the_limits() {
    let (_dir, s, token) = quiet_demo().await;
    let ok = upload(&s, &token, "note.ogg", vec![7; 10]).await;
    assert_eq!(ok.status, 201, "{}", ok.text());
    let up: Upload = serde_json::from_slice(&ok.body).unwrap();
    assert_eq!(up.kind, switchboard_protocol::AttachmentKind::Voice);
    let bad = upload(&s, &token, "run.exe", vec![1]).await;
    assert_eq!(bad.status, 422);
    let e = error(&bad.text());
    assert!(
        e.message.contains("run.exe") && e.message.contains("not allowed"),
        "{}",
        e.message
    );
    let empty = upload(&s, &token, "empty.txt", Vec::new()).await;
    assert_eq!(empty.status, 422);
    let big = upload(
        &s,
        &token,
        "big.zip",
        vec![0; FileLimits::DEFAULT_MAX_FILE_BYTES as usize + 1],
    )
    .await;
    assert!(
        big.status == 413 || big.status == 0,
        "oversize is cut off: {}",
        big.status
    );
    if big.status == 413 {
        assert_eq!(error(&big.text()).code, ErrorCode::TooLarge);
    }
    let (status, _) = s
        .call("POST", "/api/v1/uploads?name=a.txt", None, Some("x"))
        .await;
    assert_eq!(status, 401);
    let mut many = text("too many files");
    many.attachments = vec![up.id; 51];
    let (status, body) = send(&s, &token, 1, &many).await;
    assert_eq!(status, 422, "{body}");
    assert!(error(&body).message.contains("50"));
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn downloads_are_signed_and_safe() {
    let (dir, s, token) = quiet_demo().await;
    let name = "a\"b;c ü.pdf";
    let up: Upload = serde_json::from_slice(
        &upload(&s, &token, name, b"%PDF-1.4 test".to_vec())
            .await
            .body,
    )
    .unwrap();
    assert_eq!(up.name, name);
    let got = raw(&s, "GET", &up.url, None, None).await;
    assert_eq!(got.status, 200);
    assert_eq!(got.body, b"%PDF-1.4 test");
    assert_eq!(got.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(got.header("content-type"), Some("application/octet-stream"));
    assert_eq!(
        got.header("content-security-policy"),
        Some(switchboard_server::http::uploads::DOWNLOAD_CSP)
    );
    assert_eq!(
        got.header("content-disposition"),
        Some("attachment; filename=\"a_b_c _.pdf\"; filename*=UTF-8''a_b%3Bc%20%C3%BC.pdf")
    );
    let png: Upload = serde_json::from_slice(
        &upload(&s, &token, "p.png", vec![137, 80, 78, 71])
            .await
            .body,
    )
    .unwrap();
    let inline = raw(&s, "GET", &format!("{}&inline=1", png.url), None, None).await;
    assert_eq!(inline.header("content-type"), Some("image/png"));
    assert!(inline
        .header("content-disposition")
        .unwrap()
        .starts_with("inline;"));
    let pdf_inline = raw(&s, "GET", &format!("{}&inline=1", up.url), None, None).await;
    assert!(pdf_inline
        .header("content-disposition")
        .unwrap()
        .starts_with("attachment;"));

    let path = format!("/api/v1/uploads/{}", up.id.0);
    assert_eq!(
        raw(&s, "GET", &path, None, None).await.status,
        401,
        "no token, no signature"
    );
    assert_eq!(
        raw(&s, "GET", &path, Some(&token), None).await.status,
        200,
        "a token is enough"
    );
    let bad = format!("{path}?exp=9999999999&sig={}", "0".repeat(64));
    assert_eq!(raw(&s, "GET", &bad, None, None).await.status, 401);
    let conn = rusqlite::Connection::open(dir.path().join("switchboard.sqlite3")).unwrap();
    let key = switchboard_server::db::uploads::signing_key(&conn).unwrap();
    let exp = chrono::Utc::now().timestamp() - 10;
    let sig = switchboard_server::db::uploads::signature(&key, up.id, exp);
    let expired = raw(
        &s,
        "GET",
        &format!("{path}?exp={exp}&sig={sig}"),
        None,
        None,
    )
    .await;
    assert_eq!(expired.status, 401, "expired");
    let other = switchboard_server::db::uploads::signature(&key, UploadId(up.id.0 + 1), exp + 3600);
    let wrong = raw(
        &s,
        "GET",
        &format!("{path}?exp={}&sig={other}", exp + 3600),
        None,
        None,
    )
    .await;
    assert_eq!(wrong.status, 401, "another file's signature");
    let missing = raw(&s, "GET", "/api/v1/uploads/9999", Some(&token), None).await;
    assert_eq!(missing.status, 404);

    let mut m = text("file attached");
    m.attachments = vec![up.id];
    let (status, body) = send(&s, &token, 1, &m).await;
    assert_eq!(status, 201);
    let m: Message = serde_json::from_str(&body).unwrap();
    assert_eq!(
        raw(&s, "GET", &m.attachments[0].url, None, None)
            .await
            .status,
        200
    );
    s.stop().await;
}

/// The connection of an upload is cut half way (the client gone, a proxy timing out): the
/// server stores nothing of it (no row, no file), so no message can ever refer to half a
/// file; the next upload of the same bytes is stored whole.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_upload_cut_half_way_stores_nothing() {
    use std::io::Write;
    let (dir, s, token) = quiet_demo().await;
    let count = || -> i64 {
        crate::common::store(dir.path())
            .query_row("SELECT COUNT(*) FROM uploads", [], |r| r.get(0))
            .unwrap()
    };
    let before = count();
    let files_dir = dir.path().join("uploads");
    let files = || std::fs::read_dir(&files_dir).map_or(0, |d| d.count());
    let files_before = files();
    let bytes = vec![b'x'; 200_000];
    let addr = s.base.trim_start_matches("http://").to_owned();
    let head = format!(
        "POST /api/v1/uploads?name=cut.txt HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\n\
         Content-Type: application/octet-stream\r\nContent-Length: {}\r\n\r\n",
        bytes.len()
    );
    let half = bytes[..bytes.len() / 2].to_vec();
    tokio::task::spawn_blocking(move || {
        let mut tcp = std::net::TcpStream::connect(&addr).unwrap();
        tcp.write_all(head.as_bytes()).unwrap();
        tcp.write_all(&half).unwrap();
        tcp.flush().unwrap();
        // Cut: the rest never comes.
        tcp.shutdown(std::net::Shutdown::Both).unwrap();
    })
    .await
    .unwrap();
    // The server notices the cut while reading; give it the moment it needs, then check.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(count(), before, "no row for half a file");
    assert_eq!(files(), files_before, "no bytes left on disk");
    let whole = upload(&s, &token, "cut.txt", bytes).await;
    assert_eq!(whole.status, 201, "{}", whole.text());
    let up: Upload = serde_json::from_slice(&whole.body).unwrap();
    assert_eq!(up.size, 200_000);
    assert_eq!(count(), before + 1);
    s.stop().await;
}
