//! Fuzzing the text the app builds views from (issue 18): the linkifier and the file-name
//! sanitiser never panic, whatever a customer writes, and keep their promises on every
//! input: the linkifier's segments give back the text and every link has one of the four
//! allowed schemes; a shown name hides nothing and a saved name is one plain file name.
//!
//! Seeds: `tests/corpus/linkify/*.txt`, mutated at the byte level (then read as the app
//! reads text: lossy UTF-8) and spliced with URL-shaped fragments. `FUZZ_CASES` sets the
//! cases per property (default 300, well under a second or two).

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use switchboard_core::file_name::{display_name, download_name, is_hidden};
use switchboard_core::linkify::{linkify, Segment};

fn runner() -> TestRunner {
    let cases = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

fn seeds() -> Vec<Vec<u8>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/linkify");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    files.sort();
    files.iter().map(|f| std::fs::read(f).unwrap()).collect()
}

/// Pieces that steer the linkifier into its branches.
const FRAGMENTS: &[&str] = &[
    "http://",
    "https://",
    "HTTPS://",
    "www.",
    "mailto:",
    "tel:",
    "+",
    "+1 ",
    "@",
    ".",
    ",",
    "(",
    ")",
    "[",
    "]",
    ":",
    "/",
    "?",
    "#",
    "%",
    "-",
    "…",
    "»",
    "”",
    " ",
    "\n",
    "\u{202E}",
    "\u{200B}",
    "ж",
    "🙂",
    "a",
    "x.org",
    "example.com",
    "12345",
    "555",
    "<",
    ">",
    "\"",
    "`",
    "javascript:",
    "data:",
    "\u{0}",
];

/// Checks every promise of the linkifier and the name functions on `text`.
fn check(text: &str) -> Result<(), TestCaseError> {
    let segments = linkify(text);
    let mut joined = String::new();
    for s in &segments {
        match s {
            Segment::Text(t) => joined.push_str(t),
            Segment::Link { text, href } => {
                prop_assert!(!text.is_empty());
                prop_assert!(
                    ["http://", "https://", "mailto:", "tel:"]
                        .iter()
                        .any(|p| href.starts_with(p)),
                    "{href}"
                );
                joined.push_str(text);
            }
        }
    }
    prop_assert_eq!(joined.as_str(), text);
    prop_assert!(!display_name(text).chars().any(is_hidden));
    let saved = download_name(text);
    prop_assert!(!saved.is_empty() && !saved.chars().any(is_hidden));
    prop_assert!(!saved.contains(['/', '\\', '"', '<', '>']), "{saved}");
    Ok(())
}

#[test]
fn mutated_seeds_keep_every_promise() {
    let seeds = seeds();
    assert!(seeds.len() >= 5);
    let edit = (any::<usize>(), any::<u8>(), 0u8..3);
    let strategy = (0..seeds.len(), prop::collection::vec(edit, 0..12));
    runner()
        .run(&strategy, |(pick, edits)| {
            let mut b = seeds[pick].clone();
            for (at, byte, op) in edits {
                let at = at % (b.len() + 1);
                match op {
                    0 => b.insert(at, byte),
                    1 if at < b.len() => {
                        b.remove(at);
                    }
                    _ if at < b.len() => b[at] ^= byte,
                    _ => {}
                }
            }
            check(&String::from_utf8_lossy(&b))
        })
        .unwrap();
}

#[test]
fn url_shaped_texts_keep_every_promise() {
    let piece = prop_oneof![
        prop::sample::select(FRAGMENTS).prop_map(str::to_owned),
        any::<char>().prop_map(String::from),
    ];
    runner()
        .run(&prop::collection::vec(piece, 0..40), |pieces| {
            check(&pieces.concat())
        })
        .unwrap();
}

/// Long runs of what the linkifier loops over: each finishes and keeps its promises.
#[test]
fn huge_texts_keep_every_promise() {
    let n = 200_000;
    for text in [
        format!("http://a{}", ")".repeat(n)),
        format!("https://a{}", ".".repeat(n)),
        format!("www.a.b{}", "]".repeat(n)),
        "a@".repeat(n / 2),
        "+1 ".repeat(n / 3),
        "(".repeat(n),
        format!("mailto:{}@x.org", "a".repeat(n)),
        "https://x.org ".repeat(n / 14),
        "\u{202E}".repeat(n),
    ] {
        check(&text).unwrap();
    }
}
