//! Signed download paths: `/api/v1/uploads/{id}?exp=&sig=` with `sig = hex(HMAC-SHA256(key,
//! "{id}:{exp}"))`, the key being random and kept in `server_keys`.
//!
//! Invariant: `exp` is rounded up to a whole hour (valid one to two hours), so the same
//! message reads the same within an hour and events and fresh pages agree.

use super::now_ms;
use crate::error::{AppError, AppResult};
use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};
use switchboard_protocol::{Message, UploadId, API_PREFIX};

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// HMAC-SHA256 (RFC 2104) of `msg` under a key of at most 64 bytes.
fn hmac(key: &[u8], msg: &[u8]) -> [u8; 32] {
    let mut block = [0u8; 64];
    block[..key.len().min(64)].copy_from_slice(&key[..key.len().min(64)]);
    let inner = Sha256::new()
        .chain_update(block.map(|b| b ^ 0x36))
        .chain_update(msg)
        .finalize();
    Sha256::new()
        .chain_update(block.map(|b| b ^ 0x5c))
        .chain_update(inner)
        .finalize()
        .into()
}

/// The download signing key, made (32 random bytes) the first time it is needed.
pub fn signing_key(conn: &Connection) -> AppResult<Vec<u8>> {
    let key: Option<Vec<u8>> = conn
        .query_row(
            "SELECT value FROM server_keys WHERE name = 'download'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(k) = key {
        return Ok(k);
    }
    let mut k = vec![0u8; 32];
    getrandom::fill(&mut k).map_err(AppError::internal)?;
    conn.execute(
        "INSERT INTO server_keys (name, value) VALUES ('download', ?1)",
        params![k],
    )?;
    Ok(k)
}

/// The signature of a download of `id` valid until `exp` (Unix seconds).
pub fn signature(key: &[u8], id: UploadId, exp: i64) -> String {
    hex(&hmac(key, format!("{}:{exp}", id.0).as_bytes()))
}

/// Whether `sig` is right for `id` and `exp` and `exp` has not passed (constant time).
pub fn verify(key: &[u8], id: UploadId, exp: i64, sig: &str) -> bool {
    let want = signature(key, id, exp);
    let same = want.len() == sig.len()
        && want
            .bytes()
            .zip(sig.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0;
    same && exp > now_ms() / 1000
}

/// The signed download path of an upload.
pub fn signed_path(key: &[u8], id: UploadId) -> String {
    let exp = (now_ms() / 1000 / 3600 + 2) * 3600;
    let sig = signature(key, id, exp);
    format!("{API_PREFIX}/uploads/{}?exp={exp}&sig={sig}", id.0)
}

/// Fills in the signed urls of the messages' attachments.
pub fn sign_messages(conn: &Connection, messages: &mut [Message]) -> AppResult<()> {
    if messages.iter().all(|m| m.attachments.is_empty()) {
        return Ok(());
    }
    let key = signing_key(conn)?;
    for a in messages.iter_mut().flat_map(|m| m.attachments.iter_mut()) {
        a.url = signed_path(&key, a.id);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn hmac_matches_rfc_4231_case_2() {
        let mac = super::hmac(b"Jefe", b"what do ya want for nothing?");
        assert_eq!(
            super::hex(&mac),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
