//! The mutations: on bytes, and on the JSON tree of a seed.

use super::corpus::Seed;
use proptest::prelude::*;
use serde_json::{Map, Value};

/// One change to a seed's bytes (positions are taken modulo the length).
#[derive(Clone, Debug)]
pub enum ByteEdit {
    Flip(usize, u8),
    Insert(usize, u8),
    Delete(usize, usize),
    /// Bytes `from..from+len` of another seed, inserted at a position.
    Splice(usize, usize, usize, usize),
    Truncate(usize),
}

/// Bytes that matter to a JSON reader, and some that are never valid UTF-8.
const SPECIAL: &[u8] = b"{}[]\":,\\-+.0123456789eEtfn \t\n\x00\x7f\xc3\xe2\xf0\xff\xfe\x80";

fn a_byte() -> impl Strategy<Value = u8> {
    prop_oneof![any::<u8>(), prop::sample::select(SPECIAL)]
}

pub fn byte_edit(seeds: usize) -> impl Strategy<Value = ByteEdit> {
    prop_oneof![
        (any::<usize>(), 0u8..8).prop_map(|(at, bit)| ByteEdit::Flip(at, 1 << bit)),
        (any::<usize>(), a_byte()).prop_map(|(at, b)| ByteEdit::Insert(at, b)),
        (any::<usize>(), 1usize..16).prop_map(|(at, n)| ByteEdit::Delete(at, n)),
        (any::<usize>(), 0..seeds, any::<usize>(), 1usize..64)
            .prop_map(|(at, s, from, n)| ByteEdit::Splice(at, s, from, n)),
        any::<usize>().prop_map(ByteEdit::Truncate),
    ]
}

pub fn apply_bytes(seed: &[u8], edits: &[ByteEdit], seeds: &[Seed]) -> Vec<u8> {
    let mut b = seed.to_vec();
    for edit in edits {
        let len = b.len().max(1);
        match *edit {
            ByteEdit::Flip(at, mask) => {
                if let Some(x) = b.get_mut(at % len) {
                    *x ^= mask;
                }
            }
            ByteEdit::Insert(at, x) => b.insert(at % (b.len() + 1), x),
            ByteEdit::Delete(at, n) => {
                let at = at % len;
                b.drain(at.min(b.len())..(at + n).min(b.len()));
            }
            ByteEdit::Splice(at, s, from, n) => {
                let other = &seeds[s].bytes;
                let from = from % other.len().max(1);
                let piece = other[from.min(other.len())..(from + n).min(other.len())].to_vec();
                let at = at % (b.len() + 1);
                b.splice(at..at, piece);
            }
            ByteEdit::Truncate(at) => b.truncate(at % len),
        }
    }
    b
}

/// One change to a seed's JSON tree; `node` is a pre-order index (modulo the count).
#[derive(Clone, Debug)]
pub enum JsonEdit {
    Replace(usize, Value),
    /// Removes one member (object) or element (array) of the node.
    Remove(usize, usize),
    /// Adds a member named from the corpus, or repeats an element.
    Grow(usize, String, Value),
    /// Buries the node under this many arrays and objects.
    Bury(usize, u16),
    /// Overwrites one character of a string, or of one object key (`"team:1"` becomes
    /// `"team:x"`): values that keep their shape but not their grammar.
    Tweak(usize, usize, char),
}

/// JSON values: corpus words, edge numbers, odd strings, nested a few levels.
pub fn json_value(words: Vec<String>) -> impl Strategy<Value = Value> + Clone {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        prop::sample::select(vec![0i64, -1, 1, i64::MAX, i64::MIN, u32::MAX as i64])
            .prop_map(Value::from),
        prop::sample::select(words.clone()).prop_map(Value::String),
        any::<String>().prop_map(Value::String),
        prop::sample::select(vec![
            "",
            "2026-11-20T09:30:00Z",
            "2026-13-45T99:99:99Z",
            "not a date",
            "\u{202E}",
            "javascript:alert(1)",
            "<img src=x onerror=alert(1)>",
            "\u{0}",
            "NaN",
            "1e999",
        ])
        .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(words.clone()), inner), 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

pub fn json_edit(words: Vec<String>) -> impl Strategy<Value = JsonEdit> {
    let value = json_value(words.clone());
    prop_oneof![
        3 => (any::<usize>(), value.clone()).prop_map(|(n, v)| JsonEdit::Replace(n, v)),
        2 => (any::<usize>(), any::<usize>()).prop_map(|(n, i)| JsonEdit::Remove(n, i)),
        2 => (any::<usize>(), prop::sample::select(words), value)
            .prop_map(|(n, k, v)| JsonEdit::Grow(n, k, v)),
        1 => (any::<usize>(), 1u16..200).prop_map(|(n, d)| JsonEdit::Bury(n, d)),
        3 => (any::<usize>(), any::<usize>(), tweak_char())
            .prop_map(|(n, i, c)| JsonEdit::Tweak(n, i, c)),
    ]
}

/// Characters that break a grammar: separators, signs, letters where digits go, and
/// characters outside ASCII.
fn tweak_char() -> impl Strategy<Value = char> {
    prop_oneof![
        prop::sample::select(vec![
            ':', '-', '+', '.', 'x', 'Z', '0', ' ', '\u{0}', 'é', '🙂'
        ]),
        any::<char>(),
    ]
}

/// `s` with its `i`-th character (modulo the length) replaced by `c`.
fn tweak(s: &str, i: usize, c: char) -> String {
    let n = s.chars().count();
    if n == 0 {
        return c.to_string();
    }
    let i = i % n;
    s.chars()
        .enumerate()
        .map(|(k, x)| if k == i { c } else { x })
        .collect()
}

fn count(v: &Value) -> usize {
    1 + match v {
        Value::Array(a) => a.iter().map(count).sum(),
        Value::Object(m) => m.values().map(count).sum(),
        _ => 0,
    }
}

/// The `n`-th node in pre-order.
fn nth(v: &mut Value, n: usize) -> Option<&mut Value> {
    if n == 0 {
        return Some(v);
    }
    let mut rest = n - 1;
    let children: Vec<&mut Value> = match v {
        Value::Array(a) => a.iter_mut().collect(),
        Value::Object(m) => m.values_mut().collect(),
        _ => return None,
    };
    for child in children {
        let size = count(child);
        if rest < size {
            return nth(child, rest);
        }
        rest -= size;
    }
    None
}

pub fn apply_edits(mut root: Value, edits: &[JsonEdit]) -> Value {
    for edit in edits {
        let total = count(&root);
        let at = |n: usize| n % total;
        let Some(node) = nth(
            &mut root,
            at(match edit {
                JsonEdit::Replace(n, _)
                | JsonEdit::Remove(n, _)
                | JsonEdit::Grow(n, _, _)
                | JsonEdit::Bury(n, _)
                | JsonEdit::Tweak(n, _, _) => *n,
            }),
        ) else {
            continue;
        };
        match edit {
            JsonEdit::Replace(_, v) => *node = v.clone(),
            JsonEdit::Remove(_, i) => match node {
                Value::Array(a) if !a.is_empty() => {
                    let i = i % a.len();
                    a.remove(i);
                }
                Value::Object(m) if !m.is_empty() => {
                    let key = m.keys().nth(i % m.len()).cloned().unwrap();
                    m.remove(&key);
                }
                _ => *node = Value::Null,
            },
            JsonEdit::Grow(_, key, v) => match node {
                Value::Array(a) => a.push(a.first().cloned().unwrap_or_else(|| v.clone())),
                Value::Object(m) => {
                    m.insert(key.clone(), v.clone());
                }
                other => *other = Value::Array(vec![other.clone(), v.clone()]),
            },
            JsonEdit::Bury(_, depth) => {
                let mut v = node.take();
                for level in 0..*depth {
                    v = if level % 2 == 0 {
                        Value::Array(vec![v])
                    } else {
                        Value::Object(Map::from_iter([("event".to_owned(), v)]))
                    };
                }
                *node = v;
            }
            JsonEdit::Tweak(_, i, c) => match node {
                Value::String(s) => *s = tweak(s, *i, *c),
                Value::Object(m) if !m.is_empty() => {
                    let key = m.keys().nth(i % m.len()).cloned().unwrap();
                    let v = m.remove(&key).unwrap();
                    m.insert(tweak(&key, i / m.len().max(1), *c), v);
                }
                _ => {}
            },
        }
    }
    root
}
