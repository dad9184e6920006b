//! A validator for the subset of JSON Schema that utoipa emits into `docs/openapi.json`:
//! `type` (one or a list), `properties`, `required`, `additionalProperties`, `items`,
//! `enum`, `const`, `oneOf` / `anyOf` / `allOf`, `$ref`, `nullable`, `minimum` /
//! `maximum`, `minItems` / `maxItems`, and the `date-time` and `date` formats. Everything
//! else (`description`, `default`, `pattern`, `propertyNames`…) is ignored.
//!
//! Two rules follow the protocol rather than plain JSON Schema, because the app decodes
//! them leniently and a backend may rely on it:
//! - a string `enum` that lists `other` or `unknown` (a Rust enum with `#[serde(other)]`)
//!   accepts any string: unknown channels, statuses and codes are spec-legal;
//! - a `oneOf` of objects tagged by one property (`type` or `kind`) picks its variant by
//!   the tag, and a value with an unknown tag is accepted when a fallback variant
//!   (`unknown`, `unsupported`, `other`) exists: unknown events, frames and message kinds
//!   are spec-legal. A `oneOf` without a tag means "at least one variant matches".

use serde_json::{Map, Value};
use std::sync::OnceLock;

/// The OpenAPI document the kit checks against, embedded at build time.
pub const OPENAPI: &str = include_str!("../../../../docs/openapi.json");

/// Tag values of the variants that catch everything a client does not know.
const FALLBACK_TAGS: [&str; 3] = ["unknown", "unsupported", "other"];

/// A parsed OpenAPI document.
pub struct Spec {
    doc: Value,
}

impl Spec {
    /// The embedded `docs/openapi.json`.
    pub fn embedded() -> &'static Spec {
        static SPEC: OnceLock<Spec> = OnceLock::new();
        SPEC.get_or_init(|| Spec::from_json(OPENAPI).expect("docs/openapi.json is valid JSON"))
    }

    /// Parses a document.
    pub fn from_json(text: &str) -> Result<Spec, String> {
        let doc: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        Ok(Spec { doc })
    }

    /// A named schema of `components.schemas`.
    pub fn schema(&self, name: &str) -> Option<&Value> {
        self.doc.pointer(&format!("/components/schemas/{name}"))
    }

    /// Validates `value` against the named schema.
    pub fn validate_named(&self, name: &str, value: &Value) -> Result<(), String> {
        let schema = self
            .schema(name)
            .ok_or_else(|| format!("no schema `{name}` in openapi.json"))?;
        self.validate(schema, value)
    }

    /// Validates `value` against `schema`; the error names the JSON path (`$.items[0].id`).
    pub fn validate(&self, schema: &Value, value: &Value) -> Result<(), String> {
        self.check(schema, value, "$", 0)
    }

    /// The documented statuses of an operation (`path` as written in the document, e.g.
    /// `/api/v1/conversations/{id}`).
    pub fn statuses(&self, method: &str, path: &str) -> Result<Vec<u16>, String> {
        let responses = self.operation(method, path)?.get("responses");
        Ok(responses
            .and_then(Value::as_object)
            .map(|m| m.keys().filter_map(|k| k.parse().ok()).collect())
            .unwrap_or_default())
    }

    /// The JSON schema of one documented answer: `Err` when the status is not documented
    /// for the operation, `Ok(None)` when that answer has no JSON body.
    pub fn response_schema(
        &self,
        method: &str,
        path: &str,
        status: u16,
    ) -> Result<Option<&Value>, String> {
        let op = self.operation(method, path)?;
        let Some(response) = op.pointer(&format!("/responses/{status}")) else {
            let documented = self.statuses(method, path)?;
            return Err(format!(
                "status {status} is not documented for {} {path} (documented: {documented:?})",
                method.to_uppercase()
            ));
        };
        let response = self.deref(response);
        Ok(response.pointer("/content/application~1json/schema"))
    }

    fn operation(&self, method: &str, path: &str) -> Result<&Value, String> {
        let paths = self.doc.get("paths").ok_or("openapi.json has no paths")?;
        let item = paths
            .get(path)
            .ok_or_else(|| format!("{path} is not in openapi.json"))?;
        item.get(method.to_lowercase())
            .ok_or_else(|| format!("{} {path} is not in openapi.json", method.to_uppercase()))
    }

    /// Follows `$ref`s (local ones only).
    fn deref<'a>(&'a self, mut schema: &'a Value) -> &'a Value {
        for _ in 0..32 {
            match schema.get("$ref").and_then(Value::as_str) {
                Some(r) => match r.strip_prefix('#').and_then(|p| self.doc.pointer(p)) {
                    Some(target) => schema = target,
                    None => return schema,
                },
                None => return schema,
            }
        }
        schema
    }

    fn check(&self, schema: &Value, value: &Value, at: &str, depth: usize) -> Result<(), String> {
        if depth > 64 {
            return Err(format!("{at}: schema nests too deep"));
        }
        let schema = match schema {
            Value::Bool(true) => return Ok(()),
            Value::Bool(false) => return Err(format!("{at}: no value is allowed here")),
            Value::Object(_) => schema,
            _ => return Ok(()),
        };
        if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            let target = r
                .strip_prefix('#')
                .and_then(|p| self.doc.pointer(p))
                .ok_or_else(|| format!("{at}: unresolved $ref {r}"))?;
            self.check(target, value, at, depth + 1)?;
        }
        if value.is_null() && schema.get("nullable") == Some(&Value::Bool(true)) {
            return Ok(());
        }
        if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
            for s in all {
                self.check(s, value, at, depth + 1)?;
            }
        }
        if let Some(any) = schema.get("anyOf").and_then(Value::as_array) {
            self.any_of(any, value, at, depth)?;
        }
        if let Some(one) = schema.get("oneOf").and_then(Value::as_array) {
            self.one_of(one, value, at, depth)?;
        }
        if let Some(t) = schema.get("type") {
            check_type(t, value, at)?;
        }
        if let Some(options) = schema.get("enum").and_then(Value::as_array) {
            check_enum(options, value, at)?;
        }
        if let Some(c) = schema.get("const") {
            if c != value {
                return Err(format!("{at}: expected {c}, got {}", short(value)));
            }
        }
        match value {
            Value::Number(n) => check_bounds(schema, n.as_f64().unwrap_or(0.0), at)?,
            Value::String(s) => check_format(schema, s, at)?,
            Value::Array(items) => self.check_array(schema, items, at, depth)?,
            Value::Object(map) => self.check_object(schema, map, at, depth)?,
            _ => {}
        }
        Ok(())
    }

    fn any_of(
        &self,
        variants: &[Value],
        value: &Value,
        at: &str,
        depth: usize,
    ) -> Result<(), String> {
        let mut errors = Vec::new();
        for s in variants {
            match self.check(s, value, at, depth + 1) {
                Ok(()) => return Ok(()),
                Err(e) => errors.push((s, e)),
            }
        }
        // Report the variant the value was meant for: the one that is not `null`.
        let meant: Vec<&String> = errors
            .iter()
            .filter(|(s, _)| self.deref(s).get("type") != Some(&Value::from("null")))
            .map(|(_, e)| e)
            .collect();
        match meant.as_slice() {
            [only] => Err((*only).clone()),
            _ => Err(format!(
                "{at}: matches none of {} variants ({})",
                variants.len(),
                errors.first().map(|(_, e)| e.as_str()).unwrap_or("")
            )),
        }
    }

    fn one_of(
        &self,
        variants: &[Value],
        value: &Value,
        at: &str,
        depth: usize,
    ) -> Result<(), String> {
        let Some(tag) = self.tag_of(variants) else {
            return self.any_of(variants, value, at, depth);
        };
        let Some(obj) = value.as_object() else {
            if value.is_null() && variants.iter().any(|v| is_null_schema(self.deref(v))) {
                return Ok(());
            }
            return Err(format!(
                "{at}: expected an object tagged by `{tag}`, got {}",
                short(value)
            ));
        };
        let Some(got) = obj.get(&tag).and_then(Value::as_str) else {
            return Err(format!("{at}: missing tag `{tag}`"));
        };
        let mut fallback = false;
        for v in variants {
            match variant_tag(self.deref(v), &tag) {
                Some(t) if t == got => return self.check(v, value, at, depth + 1),
                Some(t) if FALLBACK_TAGS.contains(&t) => fallback = true,
                _ => {}
            }
        }
        if fallback {
            Ok(())
        } else {
            Err(format!("{at}: unknown `{tag}` {got:?}"))
        }
    }

    /// The property that tags every (non-null) variant with one constant string.
    fn tag_of(&self, variants: &[Value]) -> Option<String> {
        let objects: Vec<&Value> = variants
            .iter()
            .map(|v| self.deref(v))
            .filter(|v| !is_null_schema(v))
            .collect();
        let first = objects.first()?.get("properties")?.as_object()?;
        first
            .keys()
            .find(|k| objects.iter().all(|o| variant_tag(o, k).is_some()))
            .cloned()
    }

    fn check_array(
        &self,
        schema: &Value,
        items: &[Value],
        at: &str,
        depth: usize,
    ) -> Result<(), String> {
        if let Some(min) = schema.get("minItems").and_then(Value::as_u64) {
            if (items.len() as u64) < min {
                return Err(format!(
                    "{at}: expected at least {min} items, got {}",
                    items.len()
                ));
            }
        }
        if let Some(max) = schema.get("maxItems").and_then(Value::as_u64) {
            if items.len() as u64 > max {
                return Err(format!(
                    "{at}: expected at most {max} items, got {}",
                    items.len()
                ));
            }
        }
        if let Some(item) = schema.get("items") {
            for (i, v) in items.iter().enumerate() {
                self.check(item, v, &format!("{at}[{i}]"), depth + 1)?;
            }
        }
        Ok(())
    }

    fn check_object(
        &self,
        schema: &Value,
        map: &Map<String, Value>,
        at: &str,
        depth: usize,
    ) -> Result<(), String> {
        if let Some(required) = schema.get("required").and_then(Value::as_array) {
            for key in required.iter().filter_map(Value::as_str) {
                if !map.contains_key(key) {
                    return Err(format!("{at}: missing required field `{key}`"));
                }
            }
        }
        let props = schema.get("properties").and_then(Value::as_object);
        for (key, v) in map {
            let path = format!("{at}.{key}");
            match props.and_then(|p| p.get(key)) {
                Some(s) => self.check(s, v, &path, depth + 1)?,
                None => match schema.get("additionalProperties") {
                    Some(Value::Bool(false)) => return Err(format!("{path}: unexpected field")),
                    Some(s @ Value::Object(_)) => self.check(s, v, &path, depth + 1)?,
                    _ => {}
                },
            }
        }
        Ok(())
    }
}

fn is_null_schema(s: &Value) -> bool {
    s.get("type") == Some(&Value::from("null"))
}

/// The constant string a variant's `tag` property holds, when it is required.
fn variant_tag<'a>(variant: &'a Value, tag: &str) -> Option<&'a str> {
    let required = variant.get("required")?.as_array()?;
    if !required.iter().any(|r| r == tag) {
        return None;
    }
    let prop = variant.get("properties")?.get(tag)?;
    if let Some(c) = prop.get("const").and_then(Value::as_str) {
        return Some(c);
    }
    match prop.get("enum")?.as_array()?.as_slice() {
        [one] => one.as_str(),
        _ => None,
    }
}

fn check_type(t: &Value, value: &Value, at: &str) -> Result<(), String> {
    let names: Vec<&str> = match t {
        Value::String(s) => vec![s.as_str()],
        Value::Array(list) => list.iter().filter_map(Value::as_str).collect(),
        _ => return Ok(()),
    };
    let fits = |name: &str| match name {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "object" => value.is_object(),
        "array" => value.is_array(),
        "number" => value.is_number(),
        "integer" => value.is_i64() || value.is_u64(),
        "string" => value.is_string(),
        _ => true,
    };
    if names.iter().any(|n| fits(n)) {
        Ok(())
    } else {
        Err(format!(
            "{at}: expected {}, got {}",
            names.join(" or "),
            short(value)
        ))
    }
}

fn check_enum(options: &[Value], value: &Value, at: &str) -> Result<(), String> {
    if options.contains(value) {
        return Ok(());
    }
    let open = options
        .iter()
        .any(|o| o.as_str().is_some_and(|s| FALLBACK_TAGS.contains(&s)));
    if open && value.is_string() {
        return Ok(());
    }
    let list: Vec<String> = options.iter().map(Value::to_string).collect();
    Err(format!(
        "{at}: expected one of [{}], got {}",
        list.join(", "),
        short(value)
    ))
}

fn check_bounds(schema: &Value, n: f64, at: &str) -> Result<(), String> {
    if let Some(min) = schema.get("minimum").and_then(Value::as_f64) {
        if n < min {
            return Err(format!("{at}: expected at least {min}, got {n}"));
        }
    }
    if let Some(max) = schema.get("maximum").and_then(Value::as_f64) {
        if n > max {
            return Err(format!("{at}: expected at most {max}, got {n}"));
        }
    }
    Ok(())
}

fn check_format(schema: &Value, s: &str, at: &str) -> Result<(), String> {
    match schema.get("format").and_then(Value::as_str) {
        Some("date-time") if chrono::DateTime::parse_from_rfc3339(s).is_err() => {
            Err(format!("{at}: expected an RFC 3339 date-time, got {s:?}"))
        }
        Some("date") if chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_err() => {
            Err(format!("{at}: expected a date (YYYY-MM-DD), got {s:?}"))
        }
        _ => Ok(()),
    }
}

/// A value shortened for a message.
pub fn short(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 80 {
        let cut: String = text.chars().take(77).collect();
        format!("{cut}...")
    } else {
        text
    }
}

#[cfg(test)]
mod tests;
