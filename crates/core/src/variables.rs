//! Variables in a text (`{{contact.first_name}}`) and numbered template parameters
//! (`{{1}}`): finding them and filling them with one conversation's values.
//!
//! The server fills the text of a *template* it sends (`SendMessage.template`), but sends
//! the text of an ordinary message exactly as written (`crates/server/src/db/compose.rs`).
//! So the composer fills an ordinary message itself before sending (`compose::prepare`),
//! with the values the server would give (`crates/server/src/db/templates.rs::resolve`).
//! A placeholder without a value here stays as written and is named in
//! [`Filled::missing`], so the agent can see and fix it: the customer never gets braces.

use crate::i18n::{Locale, Msg};
use std::collections::BTreeMap;
use switchboard_protocol::{ConversationSummary, DealBrief, Variable};

/// A placeholder found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placeholder {
    /// What is between the braces, trimmed (`"contact.first_name"`, `"1"`).
    pub key: String,
    /// Byte range of the whole placeholder, braces included.
    pub range: std::ops::Range<usize>,
}

/// Whether `key` can be a variable key or a parameter number: letters, digits, `_`, `.`.
/// Anything else between braces (`{{ a b }}`, `{{}}`) is left alone as ordinary text.
fn is_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
}

/// The placeholders of `text`, in order.
pub fn placeholders(text: &str) -> Vec<Placeholder> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find("{{").map(|i| from + i) {
        let Some(close) = text[open + 2..].find("}}").map(|i| open + 2 + i) else {
            break;
        };
        let key = text[open + 2..close].trim();
        if is_key(key) {
            out.push(Placeholder {
                key: key.to_owned(),
                range: open..close + 2,
            });
            from = close + 2;
        } else {
            from = open + 2;
        }
    }
    out
}

/// The placeholder of a variable: `{{key}}`.
pub fn token(key: &str) -> String {
    format!("{{{{{key}}}}}")
}

/// A deal's amount as the server writes it for `{{deal.amount}}` (`"1234.50 EUR"`).
pub fn deal_amount(d: &DealBrief) -> String {
    money(d.amount_minor, &d.currency)
}

/// An amount in minor units as every view shows it: `1234.50 EUR` (two decimals, exact).
pub fn money(minor: i64, currency: &str) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    format!("{sign}{}.{:02} {currency}", abs / 100, abs % 100)
}

/// The values of the variables in one conversation, by key.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Values(BTreeMap<String, String>);

impl Values {
    /// The values for a conversation: the contact's names (the first word is the first
    /// name, the rest the last name, as the server splits them), the agent's name, the
    /// company's, the linked deal's stage and amount. What is unknown has no value.
    pub fn new(
        contact_name: &str,
        agent_name: Option<&str>,
        company: Option<&str>,
        deal: Option<&DealBrief>,
    ) -> Values {
        let mut v = BTreeMap::new();
        let mut put = |k: &str, value: Option<String>| {
            if let Some(value) = value.filter(|s| !s.trim().is_empty()) {
                v.insert(k.to_owned(), value);
            }
        };
        let mut words = contact_name.split_whitespace();
        let first = words.next().map(str::to_owned);
        let last = words.collect::<Vec<_>>().join(" ");
        let has_name = first.is_some();
        put("contact.first_name", first);
        put("contact.name", Some(contact_name.trim().to_owned()));
        put("agent.name", agent_name.map(str::to_owned));
        put("company.name", company.map(str::to_owned));
        put("deal.stage", deal.map(|d| d.stage.clone()));
        put("deal.amount", deal.map(deal_amount));
        // A one-word name has an empty last name: known, and empty (as the server says).
        if has_name {
            v.insert("contact.last_name".into(), last);
        }
        Values(v)
    }

    /// The values of `c`'s variables, written by `agent_name` in `company`.
    pub fn of(c: &ConversationSummary, agent_name: Option<&str>, company: Option<&str>) -> Values {
        Values::new(&c.contact.name, agent_name, company, c.deal.as_ref())
    }

    /// The value of `key`, if known here.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }
}

/// A text with its placeholders filled.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filled {
    /// The text; placeholders without a value stay as written.
    pub text: String,
    /// The keys left without a value, each once, in order of appearance.
    pub missing: Vec<String>,
}

/// Fills `text`: numbered placeholders from `params` (by number, non-blank values only),
/// the others from `values`.
pub fn fill(text: &str, values: &Values, params: &BTreeMap<String, String>) -> Filled {
    let mut out = Filled::default();
    let mut from = 0;
    for p in placeholders(text) {
        out.text.push_str(&text[from..p.range.start]);
        let value = if p.key.chars().all(|c| c.is_ascii_digit()) {
            params
                .get(&p.key)
                .map(|v| v.trim())
                .filter(|v| !v.is_empty())
        } else {
            values.get(&p.key)
        };
        match value {
            Some(v) => out.text.push_str(v),
            None => {
                out.text.push_str(&text[p.range.clone()]);
                if !out.missing.contains(&p.key) {
                    out.missing.push(p.key);
                }
            }
        }
        from = p.range.end;
    }
    out.text.push_str(&text[from..]);
    out
}

/// The variables whose key or label contains `query` (any case), those whose key or
/// label starts with it first.
/// The label of a variable in `locale`: the catalogue's words for the server's own
/// variables (whose labels are the server's English), the server's label for any other.
pub fn label(locale: Locale, v: &Variable) -> String {
    let msg = match v.key.as_str() {
        "contact.first_name" => Msg::VarContactFirstName,
        "contact.last_name" => Msg::VarContactLastName,
        "contact.name" => Msg::VarContactName,
        "agent.name" => Msg::VarAgentName,
        "company.name" => Msg::VarCompanyName,
        "deal.stage" => Msg::VarDealStage,
        "deal.amount" => Msg::VarDealAmount,
        _ => return v.label.clone(),
    };
    locale.t(msg).to_owned()
}

/// `all` with each label in `locale` (see [`label`]), so the list shows and matches the
/// agent's words.
pub fn localized(locale: Locale, all: &[Variable]) -> Vec<Variable> {
    all.iter()
        .map(|v| Variable {
            key: v.key.clone(),
            label: label(locale, v),
        })
        .collect()
}

pub fn matching<'a>(all: &'a [Variable], query: &str) -> Vec<&'a Variable> {
    let q = query.trim().to_lowercase();
    let mut hits: Vec<(bool, &Variable)> = all
        .iter()
        .filter_map(|v| {
            let (key, label) = (v.key.to_lowercase(), v.label.to_lowercase());
            let starts = key.starts_with(&q)
                || label.starts_with(&q)
                || key.split('.').any(|part| part.starts_with(&q));
            (starts || key.contains(&q) || label.contains(&q)).then_some((!starts, v))
        })
        .collect();
    hits.sort_by_key(|(later, _)| *later);
    hits.into_iter().map(|(_, v)| v).collect()
}

#[cfg(test)]
mod tests;
