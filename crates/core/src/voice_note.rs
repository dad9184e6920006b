//! A voice message recorded in the browser: the file name it is uploaded under (the
//! server decides the kind by the extension, so it must match what the recorder made) and
//! the elapsed time shown while recording.

use chrono::{DateTime, Utc};

/// The extension for a recorder's MIME type (`audio/webm;codecs=opus` → `webm`): one the
/// server accepts and shows as a voice message. Chromium and Firefox record WebM or Ogg,
/// Safari MP4 audio.
pub fn extension(mime: &str) -> &'static str {
    let base = mime.split(';').next().unwrap_or("").trim();
    match base.to_ascii_lowercase().as_str() {
        "audio/ogg" | "application/ogg" => "ogg",
        "audio/mp4" | "audio/m4a" | "audio/x-m4a" | "video/mp4" => "m4a",
        // `audio/webm`, or a recorder that did not say: WebM is the common case.
        _ => "webm",
    }
}

/// The file name of a recording made at `at`: `voice-2026-11-05-143012.webm`.
pub fn file_name(mime: &str, at: DateTime<Utc>) -> String {
    format!("voice-{}.{}", at.format("%Y-%m-%d-%H%M%S"), extension(mime))
}

/// Elapsed recording time as `m:ss` (`h:mm:ss` past an hour).
pub fn elapsed(ms: u64) -> String {
    let s = ms / 1000;
    let (h, m, s) = (s / 3600, s / 60 % 60, s % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use switchboard_protocol::{AttachmentKind, FileLimits};

    #[test]
    fn the_name_follows_the_recorders_format_and_the_server_takes_it_as_voice() {
        let at = Utc.with_ymd_and_hms(2026, 11, 5, 14, 30, 12).unwrap();
        for (mime, want) in [
            ("audio/webm;codecs=opus", "voice-2026-11-05-143012.webm"),
            ("audio/ogg; codecs=opus", "voice-2026-11-05-143012.ogg"),
            ("audio/mp4", "voice-2026-11-05-143012.m4a"),
            ("", "voice-2026-11-05-143012.webm"),
        ] {
            let name = file_name(mime, at);
            assert_eq!(name, want);
            let limits = FileLimits::default();
            assert_eq!(limits.check(&name, 10), Ok(()), "{name} is allowed");
            let ext = FileLimits::extension(&name).unwrap();
            assert_eq!(FileLimits::classify(&ext).1, AttachmentKind::Voice);
        }
    }

    #[test]
    fn elapsed_time_reads_like_a_clock() {
        assert_eq!(elapsed(0), "0:00");
        assert_eq!(elapsed(7_900), "0:07");
        assert_eq!(elapsed(65_000), "1:05");
        assert_eq!(elapsed(3_725_000), "1:02:05");
    }
}
