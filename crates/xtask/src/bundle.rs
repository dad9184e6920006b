//! `cargo xtask bundle`: where the release module's bytes are, grouped by the crate (or
//! app module) in each function's name, to weigh code splitting and dependencies.
//!
//! Reads the module `cargo build --release` wrote before `wasm-bindgen` and `wasm-opt`
//! (its name section is still there): each function body's size, under its demangled
//! path cut to `depth` segments. Shallow sizes: generic code instantiated for the app's
//! views is counted under the generic crate (Leptos, serde), not under the view. A
//! hand-rolled reader of the few sections it needs keeps xtask free of dependencies.

use crate::step::{step, Failed};
use std::collections::HashMap;
use std::path::Path;

/// The module `app::build` leaves before `wasm-bindgen` (see `crates/xtask/src/app.rs`).
const MODULE: &str = "target/wasm32-unknown-unknown/release/switchboard.wasm";

/// Prints the largest groups: `cargo xtask bundle [depth] [rows]`.
pub fn report(root: &Path, args: &[String]) -> Result<(), Failed> {
    let depth = args.first().and_then(|a| a.parse().ok()).unwrap_or(1);
    let rows = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(30);
    step("bundle report", || {
        let path = std::env::var_os("CARGO_TARGET_DIR")
            .map(|d| Path::new(&d).join("wasm32-unknown-unknown/release/switchboard.wasm"))
            .unwrap_or_else(|| root.join(MODULE));
        let bytes = std::fs::read(&path)
            .map_err(|e| format!("{}: {e} (run `cargo xtask build` first)", path.display()))?;
        let m = Module::read(&bytes).ok_or("not a wasm module this reader understands")?;
        let total: usize = m.bodies.iter().map(|(_, s)| s).sum();
        println!(
            "{}: {} B of function bodies in {} functions, {} B of static data",
            path.display(),
            total,
            m.bodies.len(),
            m.data
        );
        for (name, size) in group(&m, depth).into_iter().take(rows) {
            let share = 100.0 * size as f64 / total.max(1) as f64;
            println!("{size:>10} {share:>5.1} %  {name}");
        }
        Ok(())
    })
}

/// Function body sizes by the first `depth` segments of their demangled names, largest
/// first.
fn group(m: &Module, depth: usize) -> Vec<(String, usize)> {
    let mut by: HashMap<String, usize> = HashMap::new();
    for (index, size) in &m.bodies {
        let name = m.names.get(index).map_or("?", String::as_str);
        let path = demangle(name);
        let key = owner(&path)
            .split("::")
            .take(depth)
            .collect::<Vec<_>>()
            .join("::");
        *by.entry(key).or_default() += size;
    }
    let mut out: Vec<_> = by.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

/// The path of a legacy-mangled Rust symbol (`_ZN3foo3bar17h…E` → `foo::bar::h…`); other
/// names as they are.
fn demangle(name: &str) -> String {
    let Some(inner) = name.strip_prefix("_ZN").and_then(|n| n.strip_suffix('E')) else {
        return name.to_owned();
    };
    let mut parts = Vec::new();
    let mut rest = inner;
    while let Some(digits) = rest.find(|c: char| !c.is_ascii_digit()).filter(|&d| d > 0) {
        let Ok(len) = rest[..digits].parse::<usize>() else {
            break;
        };
        let Some(part) = rest.get(digits..digits + len) else {
            break;
        };
        parts.push(part);
        rest = &rest[digits + len..];
    }
    let path = parts.join("::");
    let readable = [
        ("$LT$", "<"),
        ("$GT$", ">"),
        ("$u20$", " "),
        ("$RF$", "&"),
        ("$C$", ","),
    ]
    .iter()
    .fold(path.replace("..", "::"), |p, (from, to)| {
        p.replace(from, to)
    });
    readable.strip_prefix('_').unwrap_or(&readable).to_owned()
}

/// The path a function is counted under: for a trait method (`<T as tachys::IntoAny>::…`),
/// the trait's path, as the impl's code belongs to the crate whose generic code it is.
fn owner(path: &str) -> &str {
    if let Some(inner) = path.strip_prefix('<') {
        let mut depth = 0;
        for (i, c) in inner.char_indices() {
            match c {
                '<' => depth += 1,
                '>' if depth == 0 => return inner[..i].split('<').next().unwrap_or(path),
                '>' => depth -= 1,
                ' ' if depth == 0 && inner[i..].starts_with(" as ") => {
                    let t = &inner[i + 4..];
                    return t.split(['<', '>']).next().unwrap_or(t);
                }
                _ => {}
            }
        }
    }
    path
}

/// What the report needs of a module.
struct Module {
    /// (function index, body size in bytes) of every defined function.
    bodies: Vec<(u32, usize)>,
    /// Function names from the `name` custom section.
    names: HashMap<u32, String>,
    /// Bytes of the data section.
    data: usize,
}

impl Module {
    fn read(b: &[u8]) -> Option<Self> {
        if b.get(..4)? != b"\0asm" {
            return None;
        }
        let mut m = Module {
            bodies: Vec::new(),
            names: HashMap::new(),
            data: 0,
        };
        let mut imported = 0u32;
        let mut at = 8;
        while at < b.len() {
            let id = b[at];
            let (size, body) = leb(b, at + 1)?;
            let end = body + size as usize;
            let s = b.get(body..end)?;
            match id {
                0 => m.custom(s),
                2 => imported = imported_functions(s)?,
                10 => {
                    let (n, mut i) = leb(s, 0)?;
                    for k in 0..n as u32 {
                        let (len, start) = leb(s, i)?;
                        m.bodies.push((imported + k, len as usize + (start - i)));
                        i = start + len as usize;
                    }
                }
                11 => m.data = size as usize,
                _ => {}
            }
            at = end;
        }
        Some(m)
    }

    /// Reads the function names of a `name` section (other custom sections are skipped).
    fn custom(&mut self, s: &[u8]) {
        let Some((len, i)) = leb(s, 0) else { return };
        if s.get(i..i + len as usize) != Some(b"name".as_slice()) {
            return;
        }
        let mut at = i + len as usize;
        while let (Some(&kind), Some((size, body))) = (s.get(at), leb(s, at + 1)) {
            if kind == 1 {
                let Some((n, mut j)) = leb(s, body) else {
                    return;
                };
                for _ in 0..n {
                    let Some((index, k)) = leb(s, j) else { return };
                    let Some((l, k)) = leb(s, k) else { return };
                    let Some(name) = s.get(k..k + l as usize) else {
                        return;
                    };
                    self.names
                        .insert(index as u32, String::from_utf8_lossy(name).into_owned());
                    j = k + l as usize;
                }
            }
            at = body + size as usize;
        }
    }
}

/// How many functions the import section imports (they come first in the index space).
fn imported_functions(s: &[u8]) -> Option<u32> {
    let (n, mut i) = leb(s, 0)?;
    let mut functions = 0;
    for _ in 0..n {
        for _ in 0..2 {
            let (len, j) = leb(s, i)?;
            i = j + len as usize;
        }
        let kind = *s.get(i)?;
        i += 1;
        match kind {
            0 => {
                functions += 1;
                i = leb(s, i)?.1;
            }
            1 => i = limits(s, i + 1)?,
            2 => i = limits(s, i)?,
            3 => i += 2,
            4 => i = leb(s, i + 1)?.1,
            _ => return None,
        }
    }
    Some(functions)
}

/// Skips a table's or memory's limits (flags, minimum, maximum if flagged).
fn limits(s: &[u8], i: usize) -> Option<usize> {
    let (flags, i) = leb(s, i)?;
    let i = leb(s, i)?.1;
    Some(if flags & 1 == 1 { leb(s, i)?.1 } else { i })
}

/// An unsigned LEB128 number at `i`, and where the next item starts.
fn leb(b: &[u8], mut i: usize) -> Option<(u64, usize)> {
    let mut value = 0u64;
    let mut shift = 0;
    loop {
        let byte = *b.get(i)?;
        i += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Some((value, i));
        }
        shift += 7;
        if shift > 63 {
            return None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demangles_legacy_paths() {
        assert_eq!(
            demangle("_ZN11switchboard10components9chat_list17h0123456789abcdefE"),
            "switchboard::components::chat_list::h0123456789abcdef"
        );
        assert_eq!(demangle("memcpy"), "memcpy");
        let tr = demangle("_ZN53_$LT$T$u20$as$u20$tachys..view..any_view..IntoAny$GT$8into_any17h0123456789abcdefE");
        assert_eq!(
            tr,
            "<T as tachys::view::any_view::IntoAny>::into_any::h0123456789abcdef"
        );
        assert_eq!(owner(&tr), "tachys::view::any_view::IntoAny");
        assert_eq!(owner("<alloc::vec::Vec<T>>::push"), "alloc::vec::Vec");
    }

    #[test]
    fn reads_bodies_and_names_after_imports() {
        // One imported function, two defined ones (bodies of 2 and 3 bytes), names for both.
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        let import = [1, 1, b'e', 1, b'f', 0, 0];
        m.extend([2, import.len() as u8]);
        m.extend(import);
        let code = [2, 1, 0x0b, 2, 0, 0x0b];
        m.extend([10, code.len() as u8]);
        m.extend(code);
        let mut names = vec![4, b'n', b'a', b'm', b'e', 1];
        let map = [2, 1, 1, b'a', 2, 1, b'b'];
        names.push(map.len() as u8);
        names.extend(map);
        m.extend([0, names.len() as u8]);
        m.extend(names);
        let module = Module::read(&m).expect("a module");
        assert_eq!(module.bodies, vec![(1, 2), (2, 3)]);
        assert_eq!(module.names.get(&2).map(String::as_str), Some("b"));
        let g = group(&module, 1);
        assert_eq!(g, vec![("b".to_owned(), 3), ("a".to_owned(), 2)]);
    }
}
