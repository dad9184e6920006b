//! Uploaded files: limits, kinds, storage. Download paths are signed in [`super::signing`].
//!
//! Invariant: a file's bytes live in `<data>/uploads/<id>` and are renamed into place
//! before the row's transaction commits, so a row never points at a partial file.

use super::now_ms;
pub use super::signing::{sign_messages, signature, signed_path, signing_key, verify};
use crate::error::{AppError, AppResult};
use rusqlite::{params, Connection, OptionalExtension};
use std::path::PathBuf;
use switchboard_protocol::{Attachment, AttachmentKind, FileLimits, FileRefusal, Upload, UploadId};

/// Longest file name kept, in characters.
pub const MAX_NAME_CHARS: usize = FileLimits::MAX_NAME_CHARS;

/// The lower-case extension of a file name, if any.
pub fn extension(name: &str) -> Option<String> {
    FileLimits::extension(name)
}

/// MIME type and display kind of an allowed extension.
pub fn classify(ext: &str) -> (&'static str, AttachmentKind) {
    FileLimits::classify(ext)
}

/// Where the files live: `uploads/` beside the database file.
pub fn dir(conn: &Connection) -> AppResult<PathBuf> {
    let db = conn
        .path()
        .filter(|p| !p.is_empty())
        .ok_or_else(|| AppError::internal("database has no file"))?;
    let parent = std::path::Path::new(db)
        .parent()
        .ok_or_else(|| AppError::internal("database file has no folder"))?;
    Ok(parent.join("uploads"))
}

/// Checks a file against the limits (the check the app also runs before uploading);
/// the extension on success.
pub fn check(name: &str, size: usize, limits: &FileLimits) -> AppResult<String> {
    let name = name.trim();
    match limits.check(name, size as u64) {
        Ok(()) => Ok(extension(name).unwrap_or_default()),
        Err(FileRefusal::BadName) => Err(AppError::invalid(format!(
            "file name must be 1 to {MAX_NAME_CHARS} characters"
        ))),
        Err(FileRefusal::TypeNotAllowed) => Err(AppError::invalid(format!(
            "{name}: this file type is not allowed (allowed: {})",
            limits.allowed_extensions.join(", ")
        ))),
        Err(FileRefusal::Empty) => Err(AppError::invalid(format!("{name}: the file is empty"))),
        Err(FileRefusal::TooLarge) => Err(AppError::too_large(format!(
            "{name}: files may be at most {} MB",
            limits.max_file_bytes / (1024 * 1024)
        ))),
    }
}

/// Stores a checked file: row and bytes, all or nothing.
pub fn create(conn: &mut Connection, name: &str, bytes: &[u8]) -> AppResult<Upload> {
    let limits = super::settings::load(conn)?.file_limits;
    let ext = check(name, bytes.len(), &limits)?;
    let (mime, kind) = classify(&ext);
    let dir = dir(conn)?;
    std::fs::create_dir_all(&dir).map_err(AppError::internal)?;
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO uploads (name, size, mime, kind, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            name.trim(),
            bytes.len() as i64,
            mime,
            kind_str(kind),
            now_ms()
        ],
    )?;
    let id = UploadId(tx.last_insert_rowid());
    let part = dir.join(format!("{}.part", id.0));
    std::fs::write(&part, bytes).map_err(AppError::internal)?;
    std::fs::rename(&part, dir.join(id.0.to_string())).map_err(AppError::internal)?;
    let upload = get(&tx, id)?.ok_or_else(|| AppError::internal("upload vanished"))?;
    tx.commit()?;
    Ok(upload)
}

fn kind_str(kind: AttachmentKind) -> &'static str {
    match kind {
        AttachmentKind::Image => "image",
        AttachmentKind::Video => "video",
        AttachmentKind::Audio => "audio",
        AttachmentKind::Voice => "voice",
        AttachmentKind::File => "file",
    }
}

/// An upload with a signed url, if it exists.
pub fn get(conn: &Connection, id: UploadId) -> AppResult<Option<Upload>> {
    let row = conn
        .query_row(
            "SELECT name, size, mime, kind FROM uploads WHERE id = ?1",
            params![id.0],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            },
        )
        .optional()?;
    let Some((name, size, mime, kind)) = row else {
        return Ok(None);
    };
    let kind = serde_json::from_value(serde_json::Value::String(kind))?;
    let url = signed_path(&signing_key(conn)?, id);
    Ok(Some(Upload {
        id,
        name,
        size: size as u64,
        mime,
        kind,
        url,
    }))
}

/// An upload as an attachment (url left empty; filled when read).
pub fn attachment(conn: &Connection, id: UploadId) -> AppResult<Option<Attachment>> {
    Ok(get(conn, id)?.map(|u| Attachment {
        id: u.id,
        name: u.name,
        size: u.size,
        mime: u.mime,
        kind: u.kind,
        url: String::new(),
        duration_ms: None,
    }))
}

/// Writes a file straight in (demo data): no limits checked.
pub fn put(conn: &Connection, name: &str, bytes: &[u8]) -> rusqlite::Result<UploadId> {
    let (mime, kind) = classify(&extension(name).unwrap_or_default());
    conn.execute(
        "INSERT INTO uploads (name, size, mime, kind, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![name, bytes.len() as i64, mime, kind_str(kind), now_ms()],
    )?;
    let id = UploadId(conn.last_insert_rowid());
    let io = |e: std::io::Error| rusqlite::Error::ToSqlConversionFailure(Box::new(e));
    let dir = dir(conn).map_err(|e| io(std::io::Error::other(e.body.message)))?;
    std::fs::create_dir_all(&dir).map_err(io)?;
    std::fs::write(dir.join(id.0.to_string()), bytes).map_err(io)?;
    Ok(id)
}
