//! Reads the Fluent files (`locales/<tag>/*.ftl` at the repository root) and writes the UI
//! catalogue (`i18n_catalogue.rs`, included by `src/i18n/catalogue.rs`):
//!
//! - `Msg`: one variant per English message (`err-panel-text-too-long` gives
//!   `Msg::ErrPanelTextTooLong`), documented with its English text;
//! - `Count`: one variant per English `count-*` message (`count-chars-over` gives
//!   `Count::CharsOver`), a phrase whose plural forms are chosen by `$n`;
//! - per language, its texts joined in one static string and the offset where each ends,
//!   indexed by `Msg as usize` (an empty text where the language lacks the key: a Fluent
//!   message is never empty), and one table of the four plural forms (`one`, `few`, `many`,
//!   `other`) per `Count`;
//! - a typed method on `Locale` for every message with variables.
//!
//! Variables are written into the strings as `{name}` (what the call sites' `.replace` and
//! `Locale::count` expect), select expressions on `$n` are resolved here for each plural
//! category, so nothing of Fluent is needed at run time.
//!
//! The build fails, listing `file:line` and the key, when a file does not parse, a language
//! has a key English lacks, a message's variables differ from English's, or a message uses
//! something this generator does not support (terms, references, functions, attributes,
//! selects outside `count-*` messages). A key a language lacks is not an error (translators
//! work incrementally): the host test `every_language_has_every_key` lists them.

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// The language every other one is checked against; it defines the keys.
const SOURCE_LANGUAGE: &str = "en";
/// Messages with this prefix are counted phrases (`Count`), selected by `$n`.
const COUNT_PREFIX: &str = "count-";
/// The variable of a counted phrase.
const COUNT_VARIABLE: &str = "n";
/// Plural categories, in the order of `PluralCategory`'s variants (the table's columns).
const CATEGORIES: [&str; 4] = ["one", "few", "many", "other"];
/// `Locale`'s hand-written methods: a generated method may not take their names.
const RESERVED_METHODS: [&str; 7] = [
    "t",
    "count",
    "tag",
    "native_name",
    "negotiate",
    "from_tag",
    "all",
];

/// One message of one language.
struct Entry {
    id: String,
    /// `locales/fr/list.ftl:12`, for error messages.
    place: String,
    /// `fr/list.ftl`.
    file: String,
    /// The English text (first line) for the variant's documentation.
    value: Value,
    vars: BTreeSet<String>,
}

enum Value {
    /// A plain message, variables written `{name}`.
    Text(String),
    /// A counted phrase: the text for each of `CATEGORIES`.
    Counted([String; 4]),
}

/// A language's messages, in file order (files sorted by name).
struct Language {
    tag: String,
    entries: Vec<Entry>,
}

/// Generates the catalogue into `out`, or returns every problem found.
pub fn generate(locales: &Path, out: &Path) -> Result<(), Vec<String>> {
    let mut errors = Vec::new();
    let mut languages = Vec::new();
    let mut tags: Vec<String> = read_dir_sorted(locales, &mut errors)
        .into_iter()
        .filter(|p| p.is_dir())
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    // English first: it defines the keys and the order of `Msg`.
    tags.sort_by_key(|t| (t != SOURCE_LANGUAGE, t.clone()));
    if tags.first().map(String::as_str) != Some(SOURCE_LANGUAGE) {
        errors.push(format!(
            "locales/{SOURCE_LANGUAGE}/: missing (English defines the keys)"
        ));
        return Err(errors);
    }
    for tag in &tags {
        if !tag.bytes().all(|b| b.is_ascii_lowercase()) {
            errors.push(format!(
                "locales/{tag}/: a language folder is named by its lowercase BCP 47 tag (`fr`)"
            ));
            continue;
        }
        languages.push(read_language(locales, tag, &mut errors));
    }
    check_against_english(&languages, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    let code = write_catalogue(&languages, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    std::fs::write(out.join("i18n_catalogue.rs"), code).expect("OUT_DIR is writable");
    Ok(())
}

fn read_dir_sorted(dir: &Path, errors: &mut Vec<String>) -> Vec<std::path::PathBuf> {
    match std::fs::read_dir(dir) {
        Ok(entries) => {
            let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
            paths.sort();
            paths
        }
        Err(e) => {
            errors.push(format!("{}: {e}", dir.display()));
            Vec::new()
        }
    }
}

fn read_language(locales: &Path, tag: &str, errors: &mut Vec<String>) -> Language {
    let mut entries: Vec<Entry> = Vec::new();
    let files = read_dir_sorted(&locales.join(tag), errors);
    for path in files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
    {
        let name = path.file_name().expect("a file").to_string_lossy();
        let file = format!("{tag}/{name}");
        let source = match std::fs::read_to_string(path) {
            Ok(s) => s,
            Err(e) => {
                errors.push(format!("locales/{file}: {e}"));
                continue;
            }
        };
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((_, parse_errors)) => {
                for e in parse_errors {
                    let line = line_of(&source, e.pos.start);
                    errors.push(format!("locales/{file}:{line}: does not parse: {e}"));
                }
                continue;
            }
        };
        // Entries come in file order: each is looked for below the previous one, so a
        // duplicate key gets its own line.
        let mut last_line = 0;
        for entry in resource.body {
            let message = match entry {
                ast::Entry::Message(m) => m,
                ast::Entry::Term(t) => {
                    let line = line_of_id(&source, &format!("-{}", t.id.name), last_line);
                    last_line = line;
                    errors.push(format!(
                        "locales/{file}:{line}: term `-{}`: terms are not supported (write the text into each message)",
                        t.id.name
                    ));
                    continue;
                }
                _ => continue,
            };
            let id = message.id.name.to_owned();
            last_line = line_of_id(&source, &id, last_line);
            let place = format!("locales/{file}:{last_line}");
            if let Some(first) = entries.iter().find(|e| e.id == id) {
                errors.push(format!(
                    "{place}: key `{id}` is already defined at {}",
                    first.place
                ));
                continue;
            }
            match read_message(&message) {
                Ok((value, vars)) => entries.push(Entry {
                    id,
                    place,
                    file: file.clone(),
                    value,
                    vars,
                }),
                Err(why) => errors.push(format!("{place}: key `{id}`: {why}")),
            }
        }
    }
    Language {
        tag: tag.to_owned(),
        entries,
    }
}

/// The 1-based line of byte `offset`.
fn line_of(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

/// The 1-based line, below line `after`, where `id` is defined (`id =` at the start of a
/// line); `after` if none is found.
fn line_of_id(source: &str, id: &str, after: usize) -> usize {
    source
        .lines()
        .enumerate()
        .skip(after)
        .find(|(_, l)| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(after, |(i, _)| i + 1)
}

fn read_message(message: &ast::Message<&str>) -> Result<(Value, BTreeSet<String>), String> {
    if !message.attributes.is_empty() {
        return Err("attributes (`.name = …`) are not supported".into());
    }
    let id = message.id.name;
    if !is_kebab(id) {
        return Err("keys are kebab-case: lowercase words joined by `-`".into());
    }
    let pattern = message.value.as_ref().ok_or("a message needs a value")?;
    let mut vars = BTreeSet::new();
    let value = if id.starts_with(COUNT_PREFIX) {
        let mut forms: [String; 4] = Default::default();
        for (form, category) in forms.iter_mut().zip(CATEGORIES) {
            *form = render(pattern, Some(category), &mut vars)?;
        }
        if let Some(other) = vars.iter().find(|v| *v != COUNT_VARIABLE) {
            return Err(format!(
                "a counted phrase has one variable, `${COUNT_VARIABLE}`; `${other}` is not known"
            ));
        }
        Value::Counted(forms)
    } else {
        Value::Text(render(pattern, None, &mut vars)?)
    };
    if value_is_empty(&value) {
        return Err("the text is empty".into());
    }
    Ok((value, vars))
}

fn value_is_empty(value: &Value) -> bool {
    match value {
        Value::Text(t) => t.is_empty(),
        Value::Counted(forms) => forms.iter().any(String::is_empty),
    }
}

fn is_kebab(id: &str) -> bool {
    id.split('-').all(|w| {
        w.starts_with(|c: char| c.is_ascii_lowercase())
            && w.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    })
}

/// The text of `pattern` with variables written `{name}`; a select on `$n` takes the
/// variant of `category` (or the default one). `category` is `None` outside counted phrases.
fn render(
    pattern: &ast::Pattern<&str>,
    category: Option<&str>,
    vars: &mut BTreeSet<String>,
) -> Result<String, String> {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                text.push_str(&expression_text(expression, category, vars)?);
            }
        }
    }
    Ok(text)
}

fn expression_text(
    expression: &ast::Expression<&str>,
    category: Option<&str>,
    vars: &mut BTreeSet<String>,
) -> Result<String, String> {
    match expression {
        ast::Expression::Inline(inline) => inline_text(inline, category, vars),
        ast::Expression::Select { selector, variants } => {
            let ast::InlineExpression::VariableReference { id } = selector else {
                return Err(format!("only `${COUNT_VARIABLE}` can select a variant"));
            };
            if id.name != COUNT_VARIABLE {
                return Err(format!(
                    "only `${COUNT_VARIABLE}` can select a variant, not `${}`",
                    id.name
                ));
            }
            let category = category.ok_or(
                "a select expression is only allowed in a counted phrase (a `count-*` key)",
            )?;
            vars.insert(COUNT_VARIABLE.to_owned());
            for v in variants {
                match &v.key {
                    ast::VariantKey::Identifier { name } if CATEGORIES.contains(name) => {}
                    ast::VariantKey::Identifier { name } => {
                        return Err(format!(
                            "`[{name}]` is not a plural category (one, few, many, other)"
                        ))
                    }
                    ast::VariantKey::NumberLiteral { value } => {
                        return Err(format!(
                            "`[{value}]`: exact numbers are not supported, only plural categories"
                        ))
                    }
                }
            }
            let chosen = variants
                .iter()
                .find(|v| matches!(v.key, ast::VariantKey::Identifier { name } if name == category))
                .or_else(|| variants.iter().find(|v| v.default))
                .ok_or("a select expression needs a default variant (`*[other]`)")?;
            // Every variant's variables count, not only the chosen one's.
            for v in variants {
                render(&v.value, Some(category), vars)?;
            }
            render(&chosen.value, Some(category), vars)
        }
    }
}

fn inline_text(
    inline: &ast::InlineExpression<&str>,
    category: Option<&str>,
    vars: &mut BTreeSet<String>,
) -> Result<String, String> {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
            Ok(format!("{{{}}}", id.name))
        }
        ast::InlineExpression::StringLiteral { value } => {
            Ok(fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned())
        }
        ast::InlineExpression::NumberLiteral { value } => Ok((*value).to_owned()),
        ast::InlineExpression::Placeable { expression } => {
            expression_text(expression, category, vars)
        }
        ast::InlineExpression::FunctionReference { id, .. } => {
            Err(format!("functions (`{}()`) are not supported", id.name))
        }
        ast::InlineExpression::MessageReference { id, .. } => Err(format!(
            "message references (`{{ {} }}`) are not supported",
            id.name
        )),
        ast::InlineExpression::TermReference { id, .. } => {
            Err(format!("terms (`{{ -{} }}`) are not supported", id.name))
        }
    }
}

/// Every other language against English: no key English lacks, the same variables.
fn check_against_english(languages: &[Language], errors: &mut Vec<String>) {
    let Some((english, others)) = languages.split_first() else {
        return;
    };
    let by_id: BTreeMap<&str, &Entry> =
        english.entries.iter().map(|e| (e.id.as_str(), e)).collect();
    for language in others {
        for entry in &language.entries {
            let Some(source) = by_id.get(entry.id.as_str()) else {
                errors.push(format!(
                    "{}: key `{}` is not in English (locales/{SOURCE_LANGUAGE}/): add it there first, or remove it",
                    entry.place, entry.id
                ));
                continue;
            };
            let extra: Vec<_> = entry.vars.difference(&source.vars).collect();
            let missing: Vec<_> = source.vars.difference(&entry.vars).collect();
            if !extra.is_empty() {
                errors.push(format!(
                    "{}: key `{}` uses {}, which English's message ({}) does not have",
                    entry.place,
                    entry.id,
                    list_vars(&extra),
                    source.place
                ));
            }
            if !missing.is_empty() {
                errors.push(format!(
                    "{}: key `{}` lacks {}, which English's message ({}) has",
                    entry.place,
                    entry.id,
                    list_vars(&missing),
                    source.place
                ));
            }
        }
    }
}

fn list_vars(vars: &[&String]) -> String {
    vars.iter()
        .map(|v| format!("`{{ ${v} }}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `err-panel-text-too-long` → `ErrPanelTextTooLong`.
fn camel(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// `err-panel-text-too-long` → `err_panel_text_too_long`.
fn snake(id: &str) -> String {
    id.replace('-', "_")
}

/// A line of documentation from a text (newlines flattened).
fn doc(text: &str) -> String {
    text.replace('\n', " ")
}

fn write_catalogue(languages: &[Language], errors: &mut Vec<String>) -> String {
    let english = &languages[0];
    let (counted, plain): (Vec<&Entry>, Vec<&Entry>) = english
        .entries
        .iter()
        .partition(|e| matches!(e.value, Value::Counted(_)));
    let mut code = String::from(
        "// Generated by crates/core/build/locales.rs from locales/*/*.ftl: edit those files.\n\n",
    );
    let w = &mut code;

    // Msg.
    w.push_str(
        "/// A UI string: one variant per message of the English Fluent files (`locales/en/*.ftl`),\n\
         /// documented with its English text. `Locale::t` gives its text in a language.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Msg {\n",
    );
    for e in &plain {
        let Value::Text(text) = &e.value else {
            unreachable!()
        };
        let _ = writeln!(
            w,
            "    /// {} (`{}`, {})\n    {},",
            doc(text),
            e.id,
            e.file,
            camel(&e.id)
        );
    }
    w.push_str("}\n\n");
    let _ = writeln!(
        w,
        "impl Msg {{\n    /// How many keys there are.\n    pub const COUNT: usize = {n};\n\n    /// Every key, in the order of the English files.\n    pub const ALL: [Msg; {n}] = [{all}];\n}}\n",
        n = plain.len(),
        all = plain.iter().map(|e| format!("Msg::{}", camel(&e.id))).collect::<Vec<_>>().join(", ")
    );
    let _ = writeln!(
        w,
        "/// Each key's Fluent id and English file (for the completeness test).\n#[cfg(test)]\npub(super) static MSG_SOURCES: [(&str, &str); {}] = [{}];\n",
        plain.len(),
        plain.iter().map(|e| format!("({:?}, {:?})", e.id, e.file)).collect::<Vec<_>>().join(", ")
    );

    // Count.
    w.push_str(
        "/// A phrase with a number in it (a `count-*` message), in the plural form the number needs.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Count {\n",
    );
    for e in &counted {
        let Value::Counted(forms) = &e.value else {
            unreachable!()
        };
        let _ = writeln!(
            w,
            "    /// \"{}\" / \"{}\" (`{}`, {})\n    {},",
            doc(&forms[0]),
            doc(&forms[3]),
            e.id,
            e.file,
            camel(&e.id[COUNT_PREFIX.len()..])
        );
    }
    w.push_str("}\n\n");
    let _ = writeln!(
        w,
        "impl Count {{\n    /// How many counted phrases there are.\n    pub const COUNT: usize = {n};\n\n    /// Every counted phrase.\n    pub const ALL: [Count; {n}] = [{all}];\n}}\n",
        n = counted.len(),
        all = counted.iter().map(|e| format!("Count::{}", camel(&e.id[COUNT_PREFIX.len()..]))).collect::<Vec<_>>().join(", ")
    );
    let _ = writeln!(
        w,
        "/// Each counted phrase's Fluent id and English file (for the completeness test).\n#[cfg(test)]\npub(super) static COUNT_SOURCES: [(&str, &str); {}] = [{}];\n",
        counted.len(),
        counted.iter().map(|e| format!("({:?}, {:?})", e.id, e.file)).collect::<Vec<_>>().join(", ")
    );

    // Per-language tables: all the texts of a language in one string, and where each ends.
    // Two bytes per key instead of a `&str`'s eight (see docs/benchmarks.md).
    let joined: Vec<String> = languages
        .iter()
        .map(|language| {
            let own: BTreeMap<&str, &Entry> = language
                .entries
                .iter()
                .map(|e| (e.id.as_str(), e))
                .collect();
            plain
                .iter()
                .map(|e| match own.get(e.id.as_str()).map(|o| &o.value) {
                    Some(Value::Text(t)) => t.as_str(),
                    _ => "",
                })
                .collect()
        })
        .collect();
    let end_type = if joined.iter().all(|j| j.len() <= usize::from(u16::MAX)) {
        "u16"
    } else {
        "u32"
    };
    let _ = writeln!(
        w,
        "/// An offset into a language's joined texts (`u16` while every language's texts fit).
type End = {end_type};
"
    );
    for language in languages {
        let own: BTreeMap<&str, &Entry> = language
            .entries
            .iter()
            .map(|e| (e.id.as_str(), e))
            .collect();
        let upper = language.tag.to_ascii_uppercase();
        let mut text = String::new();
        let mut ends = Vec::with_capacity(plain.len());
        for e in &plain {
            if let Some(Value::Text(t)) = own.get(e.id.as_str()).map(|o| &o.value) {
                text.push_str(t);
            }
            ends.push(text.len().to_string());
        }
        let _ = writeln!(
            w,
            "/// `locales/{tag}/`: the text of every `Msg`, one after another.
static {upper}_TEXT: &str = {text:?};

/// Where each `Msg`'s text ends in `{upper}_TEXT` (it starts where the previous one ends;
/// an empty text is a key the language lacks).
static {upper}_ENDS: [End; {n}] = [{ends}];
",
            tag = language.tag,
            n = plain.len(),
            ends = ends.join(", ")
        );
        let _ = writeln!(
            w,
            "/// `locales/{tag}/`: the forms (one, few, many, other) of each `Count`, `\"\"` where the language lacks it.\nstatic {upper}_COUNTS: [[&str; 4]; {n}] = [",
            tag = language.tag,
            n = counted.len()
        );
        for e in &counted {
            let forms = match own.get(e.id.as_str()).map(|o| &o.value) {
                Some(Value::Counted(f)) => f.clone(),
                _ => Default::default(),
            };
            let _ = writeln!(w, "    {forms:?},");
        }
        w.push_str("];\n\n");
    }
    let arms = |suffix: &str| {
        languages
            .iter()
            .map(|l| {
                format!(
                    "        Locale::{} => &{}_{suffix},\n",
                    camel(&l.tag),
                    l.tag.to_ascii_uppercase()
                )
            })
            .collect::<String>()
    };
    let _ = writeln!(
        w,
        "/// A language's joined texts and their ends, indexed by `Msg as usize`.\nfn texts(locale: Locale) -> (&'static str, &'static [End; {}]) {{\n    match locale {{\n{}    }}\n}}\n",
        plain.len(),
        languages
            .iter()
            .map(|l| {
                let upper = l.tag.to_ascii_uppercase();
                format!("        Locale::{} => ({upper}_TEXT, &{upper}_ENDS),\n", camel(&l.tag))
            })
            .collect::<String>()
    );
    let _ = writeln!(
        w,
        "/// A language's counted phrases, indexed by `Count as usize`, then `PluralCategory as usize`.\nfn counts(locale: Locale) -> &'static [[&'static str; 4]; {}] {{\n    match locale {{\n{}    }}\n}}\n",
        counted.len(),
        arms("COUNTS")
    );

    // Typed methods for messages with variables.
    w.push_str("/// Typed texts: one method per message with variables, arguments in alphabetical order.\nimpl Locale {\n");
    for e in plain.iter().filter(|e| !e.vars.is_empty()) {
        let Value::Text(text) = &e.value else {
            unreachable!()
        };
        let name = snake(&e.id);
        if RESERVED_METHODS.contains(&name.as_str()) {
            errors.push(format!("{}: key `{}` would name the method `Locale::{name}`, which exists: choose another key", e.place, e.id));
            continue;
        }
        if let Some(v) = e
            .vars
            .iter()
            .find(|v| is_rust_keyword(v) || v.contains('-'))
        {
            errors.push(format!(
                "{}: key `{}`: the variable `${v}` cannot be a Rust parameter name: rename it",
                e.place, e.id
            ));
            continue;
        }
        let params: Vec<String> = e
            .vars
            .iter()
            .map(|v| format!("{v}: &dyn Display"))
            .collect();
        let args: Vec<String> = e.vars.iter().map(|v| format!("({v:?}, {v})")).collect();
        let _ = writeln!(
            w,
            "    /// {} (`{}`, {})\n    pub fn {name}(self, {}) -> String {{\n        fill(self.t(Msg::{}), &[{}])\n    }}\n",
            doc(text),
            e.id,
            e.file,
            params.join(", "),
            camel(&e.id),
            args.join(", ")
        );
    }
    w.push_str("}\n");
    code
}

fn is_rust_keyword(name: &str) -> bool {
    const KEYWORDS: [&str; 38] = [
        "as", "async", "await", "box", "break", "const", "continue", "crate", "dyn", "else",
        "enum", "extern", "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match",
        "mod", "move", "mut", "pub", "ref", "return", "self", "static", "struct", "super", "trait",
        "true", "type", "unsafe", "use", "where",
    ];
    KEYWORDS.contains(&name) || name == "while" || name == "try"
}
