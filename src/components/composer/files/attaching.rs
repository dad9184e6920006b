//! The plain data of an upload in progress (what its chip shows), kept apart from the
//! browser objects so it can live in a signal.

use crate::store::ApiError;
use switchboard_protocol::{ConversationId, Visibility};

/// Which draft a file goes to.
pub type Target = (ConversationId, Visibility);

/// What happens to a file once the server has it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Then {
    /// It joins its draft's files (a file the agent attached).
    Attach,
    /// It goes out at once as a message of its own (a recorded voice message).
    SendAlone,
}

/// One file being uploaded, or whose upload failed (plain data; the bytes are kept apart).
#[derive(Clone, Debug, PartialEq)]
pub struct Attaching {
    /// Its key among the uploads (stable for its life).
    pub key: u64,
    /// The draft it belongs to.
    pub target: Target,
    /// Its name.
    pub name: String,
    /// Its size in bytes.
    pub size: u64,
    /// Bytes sent so far.
    pub sent: u64,
    /// Why the last attempt failed (the upload is not running then).
    pub failed: Option<ApiError>,
    /// An object URL of the picture, for its thumbnail.
    pub thumb: Option<String>,
    /// What happens once it is stored.
    pub then: Then,
}
