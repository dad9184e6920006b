//! Fuzzing the wire decoders on stable (issue 18): no input makes a decoder panic.
//!
//! Seeds are the checked-in corpus `tests/corpus/<Type>/*.json`: every typed example of
//! the protocol documents, every frame kind as the protocol writes it (kept in step by
//! `tests/roundtrip.rs`), and hostile inputs (`tests/corpus/hostile/`), including any
//! input that once made a decoder panic. Each property mutates the seeds, then runs every
//! decoder of `fuzz/decoders.rs` (the app's socket and REST paths, the server's bodies):
//!
//! - byte level: bit flips, inserted and deleted bytes, splices of two seeds, truncation;
//! - structure aware: a seed parsed as JSON, then nodes replaced by other JSON (keys and
//!   strings drawn from the corpus, so tags such as `"type": "event"` meet the wrong
//!   fields), removed, retyped, duplicated, one character of a key or string changed, or
//!   buried under deep nesting.
//!
//! `FUZZ_CASES` sets the cases per property (default 200, a few seconds in CI); run longer
//! with `FUZZ_CASES=100000 cargo test -p switchboard-protocol --release --test fuzz`. A
//! failure prints the input: save it under `tests/corpus/hostile/` with the fix.

mod fuzz {
    pub mod corpus;
    pub mod decoders;
    pub mod mutate;
}

use fuzz::corpus::{dictionary, seeds};
use fuzz::decoders::{decode_all, DECODERS};
use fuzz::mutate::{apply_bytes, apply_edits, byte_edit, json_edit};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// Cases per property: `FUZZ_CASES`, else a count that keeps CI fast.
fn runner() -> TestRunner {
    let cases = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

#[test]
fn every_seed_decodes_somewhere_and_nothing_panics() {
    let seeds = seeds();
    assert!(seeds.len() >= 100, "only {} seeds", seeds.len());
    for seed in &seeds {
        let accepted = decode_all(&seed.bytes);
        // A typed example decodes at least as its own type; hostile inputs need not.
        if !seed.hostile {
            assert!(accepted >= 1, "{} decodes as nothing", seed.name);
        }
    }
    const { assert!(DECODERS >= 60) };
}

#[test]
fn byte_mutations_never_panic() {
    let seeds = seeds();
    let n = seeds.len();
    let strategy = (0..n, prop::collection::vec(byte_edit(n), 1..8));
    runner()
        .run(&strategy, |(pick, edits)| {
            let bytes = apply_bytes(&seeds[pick].bytes, &edits, &seeds);
            decode_all(&bytes);
            Ok(())
        })
        .unwrap();
}

#[test]
fn structure_mutations_never_panic() {
    let seeds = seeds();
    let json: Vec<serde_json::Value> = seeds
        .iter()
        .filter_map(|s| serde_json::from_slice(&s.bytes).ok())
        .collect();
    let words = dictionary(&json);
    let strategy = (
        0..json.len(),
        prop::collection::vec(json_edit(words.clone()), 1..6),
    );
    runner()
        .run(&strategy, |(pick, edits)| {
            let mutated = apply_edits(json[pick].clone(), &edits);
            decode_all(serde_json::to_string(&mutated).unwrap().as_bytes());
            Ok(())
        })
        .unwrap();
}

/// What the issue's outside test threw at the socket: 2 MB strings, 100k-deep nesting,
/// binary, unknown types; each through every decoder.
#[test]
fn deep_and_huge_inputs_are_refused_quietly() {
    let deep_array = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let deep_object = format!(
        r#"{{"type":"event","seq":1,"event":{}1{}}}"#,
        r#"{"a":"#.repeat(100_000),
        "}".repeat(100_000)
    );
    let unclosed = "{\"type\":\"event\",\"event\":".repeat(50_000);
    let huge_text = format!(
        r#"{{"type":"event","seq":1,"event":{{"kind":"message_created","message":{{"text":"{}"}}}}}}"#,
        "A".repeat(2 << 20)
    );
    let huge_escapes = format!(
        r#"{{"type":"ready","head":1,"x":"{}"}}"#,
        r"\u0000".repeat(300_000)
    );
    let binary: Vec<u8> = (0..=255u8).cycle().take(1 << 20).collect();
    let numbers = r#"{"type":"ready","head":1e999999999}"#;
    let big_seq = r#"{"type":"event","seq":18446744073709551616,"event":{"kind":"unknown"}}"#;
    let neg_seq = r#"{"type":"heartbeat","head":-1}"#;
    let surrogate = r#"{"type":"event","seq":1,"event":{"kind":"\ud800"}}"#;
    for input in [
        deep_array.as_bytes(),
        deep_object.as_bytes(),
        unclosed.as_bytes(),
        huge_text.as_bytes(),
        huge_escapes.as_bytes(),
        &binary,
        numbers.as_bytes(),
        big_seq.as_bytes(),
        neg_seq.as_bytes(),
        surrogate.as_bytes(),
    ] {
        decode_all(input);
    }
    // Deep nesting is refused (serde_json stops at 128 levels), not a stack overflow.
    assert!(serde_json::from_str::<ServerFrameProbe>(&deep_object).is_err());
}

/// The frame type, named for the one assertion above.
type ServerFrameProbe = switchboard_protocol::ServerFrame;
