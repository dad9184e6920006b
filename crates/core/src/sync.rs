//! Sequence bookkeeping for the socket: duplicates skipped, gaps detected, events that
//! arrive while a fresh snapshot loads held back and applied after it.

use switchboard_protocol::{Event, Seq};

/// What became of a received event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Receive {
    /// Applied to the state.
    Applied,
    /// Already applied before (a replay overlap): skipped.
    Duplicate,
    /// Held until the snapshot being loaded arrives.
    Buffered,
    /// Events are missing before this one: reconnect and resume from
    /// [`SyncState::last_seq`] (nothing was applied).
    Gap,
}

/// Where the event stream stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SyncState {
    /// The last sequence number applied (or the head a snapshot was taken at).
    pub last_seq: Option<Seq>,
    /// While a snapshot loads: the events received meanwhile.
    pub(crate) buffer: Option<Vec<(Seq, Event)>>,
}

impl SyncState {
    /// Whether a snapshot is being loaded (events are buffered).
    pub fn is_resyncing(&self) -> bool {
        self.buffer.is_some()
    }

    /// Decides what to do with an event; the caller applies it on `Applied`.
    pub(crate) fn admit(&mut self, seq: Seq, event: &Event) -> Receive {
        if let Some(buffer) = &mut self.buffer {
            buffer.push((seq, event.clone()));
            return Receive::Buffered;
        }
        match self.last_seq {
            Some(last) if seq <= last => Receive::Duplicate,
            Some(last) if seq > last + 1 => Receive::Gap,
            _ => {
                self.last_seq = Some(seq);
                Receive::Applied
            }
        }
    }
}
