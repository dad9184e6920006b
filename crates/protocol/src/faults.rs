//! Fault injection settings of the reference server (`PUT /api/v1/_faults`, only when the
//! server runs with `--fault-admin`). Every switch is off by default; rates are shares
//! from 0.0 to 1.0.

use serde::{Deserialize, Serialize};

/// The fault switches, as set and as answered by `PUT /_faults`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FaultSettings {
    /// Close every socket this many seconds after it opens, or after this switch was set
    /// if the socket was already open then (0: never).
    pub drop_ws_every_secs: u64,
    /// Share of REST calls (except `/health` and `/_faults`) answered 503 before any work.
    pub fail_rate: f64,
    /// Delay added before handling each REST call, in milliseconds.
    pub latency_ms: u64,
    /// Share of message sends committed and then answered by dropping the connection.
    pub drop_after_commit_rate: f64,
    /// Share of socket events sent twice.
    pub duplicate_events_rate: f64,
    /// Share of socket events held back and sent after the next one.
    pub reorder_events_rate: f64,
    /// Every socket open when the switches are set with this on goes silent for good, as
    /// over a half-open connection: nothing more is sent (no events, no heartbeats, no
    /// close), what the client sends is read and dropped. Sockets opened later are not
    /// touched.
    pub stall_ws: bool,
}

impl FaultSettings {
    /// The first rate outside 0.0..=1.0, by name, if any.
    pub fn invalid_rate(&self) -> Option<&'static str> {
        [
            ("fail_rate", self.fail_rate),
            ("drop_after_commit_rate", self.drop_after_commit_rate),
            ("duplicate_events_rate", self.duplicate_events_rate),
            ("reorder_events_rate", self.reorder_events_rate),
        ]
        .into_iter()
        .find(|(_, r)| !(0.0..=1.0).contains(r))
        .map(|(name, _)| name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_body_defaults_the_rest() {
        let s: FaultSettings = serde_json::from_str(r#"{"fail_rate":0.5}"#).unwrap();
        assert_eq!(s.fail_rate, 0.5);
        assert_eq!(s.latency_ms, 0);
        assert_eq!(s.invalid_rate(), None);
        let bad = FaultSettings {
            reorder_events_rate: 1.5,
            ..s
        };
        assert_eq!(bad.invalid_rate(), Some("reorder_events_rate"));
    }
}
