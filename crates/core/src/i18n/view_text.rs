//! A check over the app's views (`src/components/**/*.rs` at the repository root): no
//! English written into a `view!` where the agent reads it. Every text a view shows comes
//! from the catalogue (`i18n.tr(Msg::…)`), so a language switch changes all of it.
//!
//! A heuristic, not a parser: inside each `view! { … }` it reports
//!
//! - a string literal in the place of a child (after `>`, `{`, `}` or another literal, not
//!   after `=>` and not followed by `=>`, `|`, `=`, `.`, `,`, `)` or `;`, which make it
//!   code, nor inside parentheses, a call's argument), and
//! - a string literal given to an attribute a person reads or hears (`title`,
//!   `aria-label`, `placeholder`, `alt`, `label`), and
//! - unquoted text between `>` and `<`,
//!
//! when it holds a word (two letters in a row). Separators and glyphs (`" · "`, `"✓✓"`)
//! have no word and pass. Names that are the same in every language are listed in
//! [`ALLOWED`].

use std::path::Path;

/// Literals a view may show as they are, with why.
const ALLOWED: &[&str] = &[
    // The product's name, in the list header.
    "Switchboard",
];

/// Attributes whose value a person reads or hears.
const READ_ATTRIBUTES: [&str; 6] = [
    "title",
    "aria-label",
    "aria-description",
    "placeholder",
    "alt",
    "label",
];

/// One English text found in a view: the 1-based line and the text.
#[derive(Debug, PartialEq, Eq)]
pub struct Found {
    pub line: usize,
    pub text: String,
}

fn has_word(text: &str) -> bool {
    let mut run = 0;
    for c in text.chars() {
        if c.is_alphabetic() {
            run += 1;
            if run >= 2 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// The byte ranges of the bodies of the `view!` macros in `source` (braces included).
fn view_bodies(source: &str) -> Vec<(usize, usize)> {
    let bytes = source.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = source[from..].find("view!").map(|i| from + i) {
        let Some(open) = source[at..].find('{').map(|i| at + i) else {
            break;
        };
        let (mut depth, mut i, mut in_str) = (0usize, open, false);
        while i < bytes.len() {
            match (in_str, bytes[i]) {
                (true, b'\\') => i += 1,
                (true, b'"') => in_str = false,
                (false, b'"') => in_str = true,
                (false, b'{') => depth += 1,
                (false, b'}') => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        out.push((open, i.min(bytes.len())));
        from = i.max(at + 5);
    }
    out
}

/// The English texts `source`'s views show (see the module's documentation).
pub fn english_in_views(source: &str) -> Vec<Found> {
    let mut found = Vec::new();
    let line_of = |at: usize| source[..at].matches('\n').count() + 1;
    for (start, end) in view_bodies(source) {
        let body = &source[start..end];
        let bytes = body.as_bytes();
        let mut i = 0;
        // Where the text since the last `>` outside literals began (for unquoted text).
        let mut after_tag: Option<usize> = None;
        // Open parentheses: a literal inside them is a call's argument, code.
        let mut parens = 0usize;
        while i < bytes.len() {
            match bytes[i] {
                // A comment: to the end of the line.
                b'/' if bytes.get(i + 1) == Some(&b'/') => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                    after_tag = None;
                }
                b'"' => {
                    let open = i;
                    i += 1;
                    while i < bytes.len() && bytes[i] != b'"' {
                        if bytes[i] == b'\\' {
                            i += 1;
                        }
                        i += 1;
                    }
                    let text = &body[open + 1..i.min(body.len())];
                    let before = body[..open].trim_end();
                    let after = body[(i + 1).min(body.len())..].trim_start();
                    // After `=>` it is a match arm's value: code (class names, keys).
                    let child = parens == 0
                        && before.ends_with(['>', '{', '}', '"'])
                        && !before.ends_with("=>")
                        && ![".", ",", ")", ";", "=>", "|", "="]
                            .iter()
                            .any(|s| after.starts_with(s));
                    let attribute = before
                        .strip_suffix('=')
                        .is_some_and(|b| READ_ATTRIBUTES.iter().any(|a| b.trim_end().ends_with(a)));
                    if (child || attribute) && has_word(text) && !ALLOWED.contains(&text) {
                        found.push(Found {
                            line: line_of(start + open),
                            text: text.to_owned(),
                        });
                    }
                    after_tag = None;
                }
                b'(' => parens += 1,
                b')' => parens = parens.saturating_sub(1),
                b'>' => after_tag = Some(i + 1),
                b'<' | b'{' | b'}' => {
                    if let Some(from) = after_tag.take() {
                        let text = body[from..i].trim();
                        // `=>`, `->` and comparisons end in code, not text.
                        let code = text.starts_with("//")
                            || text.contains([';', '(', ')', '|', '='])
                            || body[..from].ends_with("=>")
                            || body[..from].ends_with("->");
                        if !code && has_word(text) && !ALLOWED.contains(&text) {
                            found.push(Found {
                                line: line_of(start + from),
                                text: text.to_owned(),
                            });
                        }
                    }
                    if bytes[i] == b'<' {
                        after_tag = None;
                    }
                }
                _ => {}
            }
            i += 1;
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn views_show_no_english_of_their_own() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src/components");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    assert!(
        files.len() > 50,
        "the views were not found at {}",
        root.display()
    );
    files.sort();
    let mut problems = Vec::new();
    for f in files {
        let source = std::fs::read_to_string(&f).expect("a readable file");
        for Found { line, text } in english_in_views(&source) {
            let name = f.strip_prefix(&root).unwrap_or(&f).display().to_string();
            problems.push(format!("src/components/{name}:{line}: {text:?}"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} text(s) written into views (put them in locales/*/*.ftl and use Msg):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_view_check_finds_english() {
    let source = r#"
fn a() -> impl IntoView {
    let x = match k { "Escape" | "Esc" => 1, _ => 2 };
    view! {
        <p class="sb-panel__muted">"No tasks."</p>
        <button title="Close panel" aria-label=i18n.tr(Msg::Close)>{glyph}" · "</button>
        <span>Unquoted words</span>
        <input placeholder="Search" />
        {move || if a { "Open" } else { "" }}
        <Show when=move || x > 1>"✓✓"</Show>
        {match key.as_str() { "Enter" | "Tab" => {}, _ => {} }}
        <span class=match s { St::Open => "open", _ => "other" }></span>
        <p>"Switchboard"</p>
        {move_focus(&m, if up { "End" } else { "Home" })}
    }
}
"#;
    let texts: Vec<String> = english_in_views(source)
        .into_iter()
        .map(|f| f.text)
        .collect();
    assert_eq!(
        texts,
        [
            "No tasks.",
            "Close panel",
            "Unquoted words",
            "Search",
            "Open"
        ]
    );
}
