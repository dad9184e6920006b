//! The theming rules of `style/*.css` (documented in `docs/theming.md`):
//!
//! - literal colours live only in the three token blocks of `style/tokens.css` (light on
//!   `:root`, dark on `:root[data-theme="dark"]`, and the system-dark copy);
//! - every corner, font family, font size and spacing (padding, margin, gap) is a token,
//!   with a short documented list of exceptions (`0`, `50%`, `inherit`, `auto`, `1px`);
//! - every `var(--sb-…)` used is defined on `:root`;
//! - the dark block overrides every colour token, and the system-dark block is the dark
//!   block word for word.
//!
//! The checker is a small declaration scanner, not a CSS parser: the style sheets are plain
//! CSS with class selectors, comments, `@media` and `@keyframes`. Its own tests at the end
//! feed it bad sheets, so a rule that stopped firing would show.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// Every CSS named colour (CSS Color 4), plus the system colours most likely to be typed.
const NAMED_COLOURS: &str = "aliceblue antiquewhite aqua aquamarine azure beige bisque black \
blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse chocolate coral \
cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen \
darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon \
darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink \
deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro \
ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory \
khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan \
lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen \
lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen \
magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen \
mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream \
mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid \
palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum \
powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown \
seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen \
steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen \
canvas canvastext buttonface buttontext highlight highlighttext linktext graytext field fieldtext";

/// Colour functions: a literal colour however it is spelt.
const COLOUR_FUNCTIONS: [&str; 10] = [
    "rgb(", "rgba(", "hsl(", "hsla(", "hwb(", "lab(", "lch(", "oklab(", "oklch(", "color(",
];

/// One declaration: where it is, its property and its value.
#[derive(Clone, Debug, PartialEq)]
struct Decl {
    /// `file.css` and the selector or at-rule path it sits under.
    at: String,
    prop: String,
    value: String,
}

fn strip_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// The declarations of a sheet, each with the chain of selectors around it (so the token
/// blocks can be told apart).
fn declarations(file: &str, css: &str) -> Vec<Decl> {
    let css = strip_comments(css);
    let mut out = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut buf = String::new();
    for ch in css.chars() {
        match ch {
            '{' => {
                stack.push(buf.split_whitespace().collect::<Vec<_>>().join(" "));
                buf.clear();
            }
            ';' | '}' => {
                let text = buf.trim();
                if let Some((prop, value)) = text.split_once(':') {
                    out.push(Decl {
                        at: format!("{file} {}", stack.join(" > ")),
                        prop: prop.trim().to_owned(),
                        value: value.trim().to_owned(),
                    });
                }
                buf.clear();
                if ch == '}' {
                    stack.pop();
                }
            }
            _ => buf.push(ch),
        }
    }
    out
}

/// The value split at top-level spaces (`calc(1px + 2px) 0` is two parts).
fn parts(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut cur = String::new();
    for ch in value.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if ch.is_whitespace() && depth == 0 {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        } else {
            cur.push(ch);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// The literal colours in a value, if any.
fn colour_literals(value: &str) -> Vec<String> {
    let lower = value.to_ascii_lowercase();
    let mut found = Vec::new();
    let bytes = lower.as_bytes();
    for (i, _) in lower.match_indices('#') {
        let hex = bytes[i + 1..]
            .iter()
            .take_while(|b| b.is_ascii_hexdigit())
            .count();
        if matches!(hex, 3 | 4 | 6 | 8) {
            found.push(lower[i..i + 1 + hex].to_owned());
        }
    }
    for f in COLOUR_FUNCTIONS {
        // `calc(` and `var(` do not end in a colour function's name; `color(` could sit
        // inside a longer word only in a custom property name, which starts with `--`.
        for (i, _) in lower.match_indices(f) {
            let before = lower[..i].chars().last();
            if !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '-') {
                found.push(f.to_owned());
            }
        }
    }
    let named: BTreeSet<&str> = NAMED_COLOURS.split_whitespace().collect();
    for word in lower.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-')) {
        if !word.starts_with("--") && named.contains(word) {
            found.push(word.to_owned());
        }
    }
    found
}

fn uses_var(part: &str, prefix: &str) -> bool {
    part.starts_with(&format!("var({prefix}")) && part.ends_with(')')
}

/// The rule broken by one declaration outside the token blocks, if any.
fn problem(d: &Decl) -> Option<String> {
    let colours = colour_literals(&d.value);
    if !colours.is_empty() {
        return Some(format!("a literal colour {colours:?}"));
    }
    if d.prop.starts_with("--") {
        return Some("a custom property defined outside the token blocks".to_owned());
    }
    let p = d.prop.as_str();
    let all = |ok: &dyn Fn(&str) -> bool| parts(&d.value).iter().all(|x| ok(x));
    let fine = if p.starts_with("border") && p.ends_with("radius") {
        all(&|x| matches!(x, "0" | "50%" | "inherit") || uses_var(x, "--sb-radius"))
    } else if p == "font-size" {
        all(&|x| x == "inherit" || uses_var(x, "--sb-font-size"))
    } else if p == "font-family" || p == "font" {
        d.value == "inherit" || uses_var(&d.value, "--sb-font")
    } else if p.starts_with("padding")
        || p.starts_with("margin")
        || matches!(p, "gap" | "row-gap" | "column-gap")
    {
        all(&|x| {
            matches!(x, "0" | "auto" | "1px")
                || uses_var(x, "--sb-space-")
                || uses_var(x, "--sb-gap")
                || (x.starts_with("calc(") && x.contains("var(--sb-space-"))
        })
    } else {
        true
    };
    (!fine).then(|| format!("`{p}: {}` is not on a token", d.value))
}

fn var_names(value: &str) -> Vec<String> {
    value
        .match_indices("var(--sb-")
        .map(|(i, _)| {
            value[i + 4..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect()
        })
        .collect()
}

const LIGHT: &str = ":root";
const DARK: &str = ":root[data-theme=\"dark\"]";
const SYSTEM: &str = "@media (prefers-color-scheme: dark) > :root[data-theme=\"system\"]";

/// Which token block a declaration of tokens.css sits in, if any.
fn block(d: &Decl) -> Option<&'static str> {
    let path = d.at.strip_prefix("tokens.css ")?;
    [LIGHT, DARK, SYSTEM].into_iter().find(|b| path == *b)
}

fn sheets() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../style");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("style/ is readable")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "css"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).expect("a readable sheet"))
        })
        .collect();
    out.sort();
    assert!(out.len() > 10, "style/*.css found: {}", out.len());
    out
}

/// The problems of a set of sheets: one line each.
fn check(sheets: &[(String, String)]) -> Vec<String> {
    let decls: Vec<Decl> = sheets
        .iter()
        .flat_map(|(name, css)| declarations(name, css))
        .collect();
    let mut problems = Vec::new();
    let in_block = |b: &str| -> Vec<(String, String)> {
        decls
            .iter()
            .filter(|d| block(d) == Some(b))
            .map(|d| (d.prop.clone(), d.value.clone()))
            .collect()
    };
    let light: BTreeMap<_, _> = in_block(LIGHT).into_iter().collect();
    let dark = in_block(DARK);
    let system = in_block(SYSTEM);
    if light.is_empty() {
        problems.push("tokens.css: no :root block".to_owned());
    }

    for d in decls.iter().filter(|d| block(d).is_none()) {
        if let Some(p) = problem(d) {
            problems.push(format!("{}: {p}", d.at));
        }
    }
    for d in &decls {
        for name in var_names(&d.value) {
            if !light.contains_key(&name) {
                problems.push(format!("{}: var({name}) is not defined on :root", d.at));
            }
        }
    }

    let dark_map: BTreeMap<_, _> = dark.iter().cloned().collect();
    for (name, value) in &light {
        let colour = !colour_literals(value).is_empty() || name == "color-scheme";
        if colour && !dark_map.contains_key(name) {
            problems.push(format!("the dark block does not override {name}"));
        }
    }
    for name in dark_map.keys() {
        if !light.contains_key(name) {
            problems.push(format!("the dark block sets {name}, which :root lacks"));
        }
    }
    if light.get("color-scheme").map(String::as_str) != Some("light") {
        problems.push(":root lacks `color-scheme: light`".to_owned());
    }
    if dark_map.get("color-scheme").map(String::as_str) != Some("dark") {
        problems.push("the dark block lacks `color-scheme: dark`".to_owned());
    }
    if dark != system {
        problems.push("the system-dark block differs from the dark block".to_owned());
    }
    for (name, value) in &light {
        if let Some(n) = name.strip_prefix("--sb-space-") {
            let n: u32 = n.parse().unwrap_or(0);
            if *value != format!("{}px", 2 * n) {
                problems.push(format!("{name} is {value}, not {}px", 2 * n));
            }
        }
    }
    problems
}

#[test]
fn the_style_sheets_keep_the_theming_rules() {
    let problems = check(&sheets());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// The checker itself: each rule fires on a sheet that breaks it.

const GOOD_TOKENS: &str = r#"
:root { color-scheme: light; --sb-text: #111; --sb-space-2: 4px; --sb-radius: 4px;
  --sb-font-size: 14px; --sb-font: serif; }
:root[data-theme="dark"] { color-scheme: dark; --sb-text: #eee; }
@media (prefers-color-scheme: dark) {
  :root[data-theme="system"] { color-scheme: dark; --sb-text: #eee; }
}
"#;

fn check_one(tokens: &str, sheet: &str) -> Vec<String> {
    check(&[
        ("tokens.css".to_owned(), tokens.to_owned()),
        ("a.css".to_owned(), sheet.to_owned()),
    ])
}

#[test]
fn a_good_sheet_passes() {
    let sheet = ".a { color: var(--sb-text); padding: 0 var(--sb-space-2) 1px; \
        margin: calc(13px + var(--sb-space-2)) auto; border-radius: 50%; font: inherit; \
        font-size: var(--sb-font-size); background: transparent; white-space: nowrap; }";
    assert_eq!(check_one(GOOD_TOKENS, sheet), Vec::<String>::new());
}

#[test]
fn literal_colours_are_caught() {
    for bad in [
        "color: #fff",
        "color: #A0B1C2",
        "background: rgb(0 0 0 / 10%)",
        "background: rgba(0, 0, 0, 0.1)",
        "color: hsl(10 20% 30%)",
        "color: white",
        "border: 1px solid Red",
        "background: var(--sb-text, #fff)",
        "box-shadow: 0 1px 2px black",
    ] {
        let problems = check_one(GOOD_TOKENS, &format!(".a {{ {bad}; }}"));
        assert_eq!(problems.len(), 1, "{bad}: {problems:?}");
    }
}

#[test]
fn raw_sizes_are_caught() {
    for bad in [
        "border-radius: 4px",
        "border-top-left-radius: 3px",
        "font-size: 12px",
        "font-size: 0.9em",
        "font-family: monospace",
        "padding: 4px",
        "padding: 0 var(--sb-space-2) 3px",
        "margin-top: 2px",
        "gap: 6px",
        "--sb-local: 4px",
    ] {
        let problems = check_one(GOOD_TOKENS, &format!(".a {{ {bad}; }}"));
        assert_eq!(problems.len(), 1, "{bad}: {problems:?}");
    }
}

#[test]
fn undefined_tokens_are_caught() {
    let problems = check_one(GOOD_TOKENS, ".a { color: var(--sb-nope); }");
    assert_eq!(problems.len(), 1, "{problems:?}");
}

#[test]
fn a_colour_missing_from_the_dark_block_is_caught() {
    let tokens = GOOD_TOKENS.replace("--sb-text: #111;", "--sb-text: #111; --sb-bg: #fff;");
    let problems = check_one(&tokens, "");
    assert_eq!(problems, ["the dark block does not override --sb-bg"]);
}

#[test]
fn a_system_block_that_drifts_from_the_dark_block_is_caught() {
    let tokens = GOOD_TOKENS.replacen("--sb-text: #eee; }\n}", "--sb-text: #ddd; }\n}", 1);
    assert_ne!(tokens, GOOD_TOKENS);
    let problems = check_one(&tokens, "");
    assert_eq!(
        problems,
        ["the system-dark block differs from the dark block"]
    );
}

#[test]
fn a_spacing_token_off_its_scale_is_caught() {
    let tokens = GOOD_TOKENS.replace("--sb-space-2: 4px", "--sb-space-2: 5px");
    let problems = check_one(&tokens, "");
    assert_eq!(problems, ["--sb-space-2 is 5px, not 4px"]);
}
