//! Which files the composer accepts before uploading them, and what it tells the agent
//! about the ones it refuses.
//!
//! Each file passes the server's own check ([`FileLimits::check`], shared through the
//! protocol crate: name, type, emptiness, size, in that order) against the workspace's
//! limits from the session; then the message's cap (50 files by default) counts the files
//! the draft already holds or is still uploading. A file refused for its own reason takes
//! no place under the cap, so the first files that pass go in and only the rest are
//! refused. Every refusal names its file and the rule it broke.

use crate::byte_size::format_size;
use crate::i18n::Locale;
use switchboard_protocol::{AttachmentKind, FileLimits, FileRefusal};

/// Why a file was not attached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileProblem {
    /// The file itself breaks a rule the server applies to every upload.
    File(FileRefusal),
    /// The message already carries as many files as it may.
    TooMany,
}

/// A file that was not attached, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// The file's name as the agent's computer gave it.
    pub name: String,
    /// The rule it broke.
    pub problem: FileProblem,
}

/// The verdict on each of `files` (`(name, size in bytes)`, in the order chosen), when the
/// message already holds `taken` files (uploaded or uploading): `Ok(())` to upload it, or
/// the rule it breaks.
pub fn check_batch<'a>(
    files: impl IntoIterator<Item = (&'a str, u64)>,
    taken: usize,
    limits: &FileLimits,
) -> Vec<Result<(), FileProblem>> {
    let mut room = (limits.max_files_per_message as usize).saturating_sub(taken);
    files
        .into_iter()
        .map(|(name, size)| {
            limits.check(name, size).map_err(FileProblem::File)?;
            if room == 0 {
                return Err(FileProblem::TooMany);
            }
            room -= 1;
            Ok(())
        })
        .collect()
}

/// The agent's words for a refusal: the file's name and the rule, with the limit.
pub fn describe(locale: Locale, refusal: &Refusal, limits: &FileLimits) -> String {
    // One pass over the text (the typed methods), so a file called `{max}.pdf` stays so;
    // a direction override in the name is shown, not obeyed.
    let name = &crate::file_name::display_name(&refusal.name);
    match refusal.problem {
        FileProblem::File(FileRefusal::BadName) => {
            locale.err_file_name(&FileLimits::MAX_NAME_CHARS, name)
        }
        FileProblem::File(FileRefusal::TypeNotAllowed) => {
            locale.err_file_type(name, &allowed_list(limits))
        }
        FileProblem::File(FileRefusal::Empty) => locale.err_file_empty(name),
        FileProblem::File(FileRefusal::TooLarge) => {
            locale.err_file_too_large(&format_size(locale, limits.max_file_bytes), name)
        }
        FileProblem::TooMany => locale.err_too_many_files(&limits.max_files_per_message, name),
    }
}

/// The allowed types as the help centre lists them: `JPG, JPEG, GIF, …`.
pub fn allowed_list(limits: &FileLimits) -> String {
    limits
        .allowed_extensions
        .iter()
        .map(|e| e.to_ascii_uppercase())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The file picker's `accept` attribute: `.jpg,.jpeg,…` (a hint to the picker; every
/// file is still checked).
pub fn accept_attribute(limits: &FileLimits) -> String {
    limits
        .allowed_extensions
        .iter()
        .map(|e| format!(".{e}"))
        .collect::<Vec<_>>()
        .join(",")
}

/// How the server will show a file of this name (decides whether its chip gets a
/// thumbnail).
pub fn kind_of(name: &str) -> AttachmentKind {
    FileLimits::classify(&FileLimits::extension(name).unwrap_or_default()).1
}

#[cfg(test)]
mod tests {
    use super::*;

    const MB: u64 = 1024 * 1024;

    fn verdicts(files: &[(&str, u64)], taken: usize) -> Vec<Result<(), FileProblem>> {
        check_batch(files.iter().copied(), taken, &FileLimits::default())
    }

    #[test]
    fn each_file_is_checked_as_the_server_checks_it() {
        use FileRefusal::*;
        let got = verdicts(
            &[
                ("invoice.PDF", 2 * MB),
                ("edge.png", 20 * MB),
                ("big.mp4", 20 * MB + 1),
                ("setup.exe", 10),
                ("README", 10),
                ("empty.txt", 0),
                ("  ", 5),
                (&format!("{}.txt", "a".repeat(252)), 5),
            ],
            0,
        );
        assert_eq!(
            got,
            vec![
                Ok(()),
                Ok(()),
                Err(FileProblem::File(TooLarge)),
                Err(FileProblem::File(TypeNotAllowed)),
                Err(FileProblem::File(TypeNotAllowed)),
                Err(FileProblem::File(Empty)),
                Err(FileProblem::File(BadName)),
                Err(FileProblem::File(BadName)),
            ]
        );
    }

    #[test]
    fn recorded_voice_formats_are_allowed_and_shown_as_voice() {
        for name in ["voice.webm", "voice.ogg", "voice.m4a"] {
            assert_eq!(verdicts(&[(name, 1000)], 0), vec![Ok(())]);
            assert_eq!(kind_of(name), AttachmentKind::Voice);
        }
        assert_eq!(kind_of("photo.JPG"), AttachmentKind::Image);
        assert_eq!(kind_of("notes.txt"), AttachmentKind::File);
    }

    #[test]
    fn the_cap_counts_the_draft_and_skips_files_refused_for_their_own_reason() {
        let many: Vec<String> = (1..=51).map(|i| format!("f{i}.txt")).collect();
        let files: Vec<(&str, u64)> = many.iter().map(|n| (n.as_str(), 3)).collect();
        let got = verdicts(&files, 0);
        assert!(got[..50].iter().all(Result::is_ok));
        assert_eq!(got[50], Err(FileProblem::TooMany));

        // 48 in the draft: a bad file takes no place, the next two fit, the rest do not.
        let got = verdicts(
            &[("a.exe", 1), ("b.txt", 1), ("c.txt", 1), ("d.txt", 1)],
            48,
        );
        assert_eq!(
            got,
            vec![
                Err(FileProblem::File(FileRefusal::TypeNotAllowed)),
                Ok(()),
                Ok(()),
                Err(FileProblem::TooMany),
            ]
        );
        assert_eq!(
            verdicts(&[("e.txt", 1)], 60),
            vec![Err(FileProblem::TooMany)]
        );
    }

    #[test]
    fn the_workspace_limits_are_followed() {
        let limits = FileLimits {
            max_file_bytes: 1024,
            max_files_per_message: 1,
            allowed_extensions: vec!["csv".into()],
        };
        let got = check_batch([("a.csv", 1024), ("b.csv", 1), ("c.pdf", 1)], 0, &limits);
        assert_eq!(
            got,
            vec![
                Ok(()),
                Err(FileProblem::TooMany),
                Err(FileProblem::File(FileRefusal::TypeNotAllowed))
            ]
        );
        assert_eq!(
            check_batch([("a.csv", 1025)], 0, &limits),
            vec![Err(FileProblem::File(FileRefusal::TooLarge))]
        );
    }

    #[test]
    fn a_refusal_names_the_file_and_the_rule() {
        let limits = FileLimits::default();
        let say = |name: &str, problem| {
            describe(
                Locale::En,
                &Refusal {
                    name: name.into(),
                    problem,
                },
                &limits,
            )
        };
        assert_eq!(
            say("scan.pdf", FileProblem::File(FileRefusal::TooLarge)),
            "scan.pdf: files may be at most 20\u{a0}MB."
        );
        let t = say("setup.exe", FileProblem::File(FileRefusal::TypeNotAllowed));
        assert!(t.starts_with("setup.exe: files of this type cannot be sent. Allowed: JPG, JPEG,"));
        assert!(t.ends_with("WEBM, OGG, M4A."), "{t}");
        assert_eq!(
            say("f51.txt", FileProblem::TooMany),
            "f51.txt was not added: a message can carry at most 50 files."
        );
        assert_eq!(
            say("{max}.txt", FileProblem::File(FileRefusal::Empty)),
            "{max}.txt: the file is empty."
        );
        assert_eq!(
            say("x", FileProblem::File(FileRefusal::BadName)),
            "x: a file name must have 1 to 255 characters."
        );
        let ru = describe(
            Locale::Ru,
            &Refusal {
                name: "скан.pdf".into(),
                problem: FileProblem::File(FileRefusal::TooLarge),
            },
            &limits,
        );
        assert_eq!(ru, "скан.pdf: размер файла — не больше 20\u{a0}МБ.");
    }

    #[test]
    fn the_picker_is_told_the_allowed_types() {
        let a = accept_attribute(&FileLimits::default());
        assert!(a.starts_with(".jpg,.jpeg,.gif"));
        assert!(a.ends_with(".m4a"));
    }
}
