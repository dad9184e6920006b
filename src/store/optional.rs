//! The optional parts of the protocol (`Capability`): a backend declares what it offers in
//! the session, and the app hides the rest. An optional endpoint that answers 404 anyway
//! hides its feature quietly for the rest of the session: no notice, no more requests
//! (a backend without `/custom-fields` must not get a toast over the composer and a
//! request for every contact opened).

use super::{ApiError, Store};
use std::future::Future;
use switchboard_protocol::{Capability, ErrorCode};

/// Calls an optional part's endpoint: `None` without asking when the backend does not
/// offer it, and `None` when its 404 says it has none after all.
pub async fn optional<T>(
    store: Store,
    part: Capability,
    call: impl Future<Output = Result<T, ApiError>>,
) -> Result<Option<T>, ApiError> {
    if !store.offers_untracked(part) {
        return Ok(None);
    }
    match call.await {
        Ok(v) => Ok(Some(v)),
        Err(ApiError::Refused {
            code: ErrorCode::NotFound,
            ..
        }) => {
            store.lacks(part);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}
