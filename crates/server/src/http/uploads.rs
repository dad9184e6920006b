//! `POST /uploads?name=` (raw bytes) and `GET /uploads/{id}?exp=&sig=`.
//!
//! Invariants: the body limit layer cuts an oversize upload off while it streams (413,
//! never buffered whole); a download needs a bearer token or a valid unexpired signature,
//! and always answers `attachment` (raster images may ask `inline=1`), `nosniff`, a
//! sandbox CSP that lets nothing load, and an image/audio/video type or
//! `application/octet-stream`. Nothing that can carry script (SVG, HTML, XML, PDF…) is
//! ever served as its own type or inline, whatever extensions a workspace allows: opened
//! in a tab it downloads, and even a sniffing browser would run it in an opaque origin
//! with scripts off. The saved name is [`switchboard_core::file_name::download_name`]:
//! no direction override, no path, no quote.

use super::extract::QueryOf;
use crate::auth::{agent_for_token, CurrentAgent};
use crate::db::uploads;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{FromRequest, Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use switchboard_protocol::{AttachmentKind, FileLimits, Upload, UploadId};

/// The body limit of the upload route: the largest file plus nothing.
pub const BODY_LIMIT: usize = FileLimits::DEFAULT_MAX_FILE_BYTES as usize;

/// Query of an upload.
#[derive(Deserialize)]
pub struct UploadQuery {
    /// The file's name (its extension decides whether it is allowed).
    #[serde(default)]
    pub name: String,
}

/// Stores an uploaded file.
pub async fn create(
    State(state): State<AppState>,
    _: CurrentAgent,
    QueryOf(q): QueryOf<UploadQuery>,
    req: Request,
) -> AppResult<(StatusCode, Json<Upload>)> {
    let bytes = Bytes::from_request(req, &state).await.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            AppError::too_large(format!("{}: files may be at most 20 MB", q.name))
        } else {
            AppError::bad_request(e.body_text())
        }
    })?;
    let upload = state
        .run(move |conn, _| uploads::create(conn, &q.name, &bytes))
        .await?;
    Ok((StatusCode::CREATED, Json(upload)))
}

/// Query of a download.
#[derive(Deserialize)]
pub struct DownloadQuery {
    /// Expiry of the signature (Unix seconds).
    pub exp: Option<i64>,
    /// The signature.
    pub sig: Option<String>,
    /// `1`: show an image inline.
    pub inline: Option<u8>,
}

/// The `Content-Security-Policy` of every download: an opaque origin without scripts,
/// and nothing to load but the file itself (a picture or a clip opened in a tab).
pub const DOWNLOAD_CSP: &str = "sandbox; default-src 'none'; img-src 'self'; media-src 'self'";

/// Types a browser only ever decodes as pixels: the only ones shown `inline`.
const INLINE_TYPES: [&str; 4] = ["image/png", "image/jpeg", "image/gif", "image/bmp"];

/// `attachment; filename="<ascii>"; filename*=UTF-8''<percent-encoded>`, both made of
/// the sanitised download name.
pub fn disposition(name: &str, inline: bool) -> String {
    let name = switchboard_core::file_name::download_name(name);
    let ascii: String = name
        .chars()
        .map(|c| match c {
            ' '..='~' if !matches!(c, '"' | '\\' | ';' | '%') => c,
            _ => '_',
        })
        .collect();
    let mut encoded = String::new();
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
            encoded.push(b as char);
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    let kind = if inline { "inline" } else { "attachment" };
    format!("{kind}; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

/// The file's bytes, for a signed-in agent or a valid signature.
pub async fn download(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    QueryOf(q): QueryOf<DownloadQuery>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let id = UploadId(
        raw.parse()
            .map_err(|_| AppError::bad_request("upload id must be a number"))?,
    );
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|t| t.trim().to_owned());
    let (upload, path) = state
        .run(move |conn, _| {
            let signed = match (q.exp, q.sig.as_deref()) {
                (Some(exp), Some(sig)) => {
                    uploads::verify(&uploads::signing_key(conn)?, id, exp, sig)
                }
                _ => false,
            };
            let agent = match &token {
                Some(t) if !signed => agent_for_token(conn, t)?.is_some(),
                _ => false,
            };
            if !signed && !agent {
                return Err(AppError::unauthorized());
            }
            let upload =
                uploads::get(conn, id)?.ok_or_else(|| AppError::not_found("no such upload"))?;
            Ok((upload, uploads::dir(conn)?.join(id.0.to_string())))
        })
        .await?;
    let bytes = tokio::fs::read(&path).await.map_err(AppError::internal)?;
    let media = matches!(
        upload.kind,
        AttachmentKind::Image
            | AttachmentKind::Audio
            | AttachmentKind::Video
            | AttachmentKind::Voice
    );
    let mime = if media {
        upload.mime.as_str()
    } else {
        "application/octet-stream"
    };
    let inline =
        q.inline == Some(1) && upload.kind == AttachmentKind::Image && INLINE_TYPES.contains(&mime);
    let header_value = |s: &str| HeaderValue::from_str(s).map_err(AppError::internal);
    let mut resp = bytes.into_response();
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, header_value(mime)?);
    h.insert(
        header::CONTENT_DISPOSITION,
        header_value(&disposition(&upload.name, inline))?,
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(DOWNLOAD_CSP),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, max-age=3600"),
    );
    Ok(resp)
}

#[cfg(test)]
mod tests {
    #[test]
    fn dispositions_are_safe() {
        assert_eq!(
            super::disposition("a\"b;c ü.pdf", false),
            "attachment; filename=\"a_b_c _.pdf\"; filename*=UTF-8''a_b%3Bc%20%C3%BC.pdf"
        );
        assert_eq!(
            super::disposition("invoice\u{202E}gpj.exe", false),
            "attachment; filename=\"invoicegpj.exe\"; filename*=UTF-8''invoicegpj.exe"
        );
        assert_eq!(
            super::disposition("../\"><img src=x>.png", true),
            "inline; filename=\"____img src=x_.png\"; filename*=UTF-8''____img%20src%3Dx_.png"
        );
    }
}
