//! The checked-in seeds, and the words found in them.

use serde_json::Value;
use std::path::Path;

/// One seed: where it came from, its bytes, and whether it is meant to be refused.
pub struct Seed {
    pub name: String,
    pub bytes: Vec<u8>,
    /// Under `hostile/`: an input that attacks the decoders rather than an example.
    pub hostile: bool,
}

/// Every file under `tests/corpus/*/`, in name order (so a case number names one input).
pub fn seeds() -> Vec<Seed> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .expect("tests/corpus exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let mut out = Vec::new();
    for dir in dirs {
        let hostile = dir.ends_with("hostile");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        files.sort();
        for file in files {
            out.push(Seed {
                name: file.strip_prefix(&root).unwrap().display().to_string(),
                bytes: std::fs::read(&file).unwrap(),
                hostile,
            });
        }
    }
    out
}

/// Every object key and short string of the seeds: the vocabulary a structure-aware
/// mutation draws from, so tags and field names land where they do not belong.
pub fn dictionary(values: &[Value]) -> Vec<String> {
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) if s.len() <= 40 => out.push(s.clone()),
            Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
            Value::Object(map) => {
                for (k, v) in map {
                    out.push(k.clone());
                    walk(v, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    values.iter().for_each(|v| walk(v, &mut out));
    out.sort();
    out.dedup();
    out
}
