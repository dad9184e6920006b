//! What the chat list asks for: mailbox, filters, search and sort, as one value that is
//! both the query string of `GET /conversations` and the app's URL query (so a link or a
//! reload restores the view).
//!
//! Wire form: `mailbox=team:3&status=open,in_progress&unanswered=1&channel=telegram,viber
//! &operator=2,5&tag=vip&archived=1&q=refund&sort=oldest&limit=50&cursor=...`; absent keys
//! take their defaults, empty lists mean "any".

use crate::ids::{AgentId, TeamId, ViewId};
use crate::model::{Channel, ConversationStatus};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Which mailbox the list shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Mailbox {
    /// Every conversation the agent may see.
    #[default]
    All,
    /// Assigned to me (as assignee or operator).
    Mine,
    /// Nobody assigned.
    Unassigned,
    /// A team's mailbox.
    Team(TeamId),
    /// A saved custom view.
    View(ViewId),
    /// Conversations of blocked contacts (only with `view_blocked`).
    Blocked,
}

impl fmt::Display for Mailbox {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Mailbox::All => f.write_str("all"),
            Mailbox::Mine => f.write_str("mine"),
            Mailbox::Unassigned => f.write_str("unassigned"),
            Mailbox::Team(t) => write!(f, "team:{t}"),
            Mailbox::View(v) => write!(f, "view:{v}"),
            Mailbox::Blocked => f.write_str("blocked"),
        }
    }
}

impl Mailbox {
    /// Parses the wire form (`"team:3"`).
    pub fn parse(s: &str) -> Result<Mailbox, String> {
        let id = |n: &str| {
            n.parse::<i64>()
                .map_err(|_| format!("bad mailbox id in {s:?}"))
        };
        Ok(match s {
            "all" | "" => Mailbox::All,
            "mine" => Mailbox::Mine,
            "unassigned" => Mailbox::Unassigned,
            "blocked" => Mailbox::Blocked,
            _ => match s.split_once(':') {
                Some(("team", n)) => Mailbox::Team(TeamId(id(n)?)),
                Some(("view", n)) => Mailbox::View(ViewId(id(n)?)),
                _ => return Err(format!("unknown mailbox {s:?}")),
            },
        })
    }
}

impl Serialize for Mailbox {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Mailbox {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Mailbox::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// The order of the list. "In status" is the time since the current status began, so
/// the app words it after the tab: longest open, longest closed, longest snoozed.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    /// Newest last message or action first.
    #[default]
    Newest,
    /// Oldest last message or action first.
    Oldest,
    /// Longest in its current status first.
    Longest,
    /// Shortest in its current status first.
    Shortest,
}

impl Sort {
    /// Every order, in menu order.
    pub const ALL: [Sort; 4] = [Sort::Newest, Sort::Oldest, Sort::Longest, Sort::Shortest];

    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
            Sort::Longest => "longest",
            Sort::Shortest => "shortest",
        }
    }
}

/// Filters of the chat list, also stored in custom views.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConversationFilter {
    /// Statuses (any of; empty: all).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub status: Vec<ConversationStatus>,
    /// Only those whose customer waits for an answer.
    #[serde(default)]
    pub unanswered: bool,
    /// Channels (any of).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
    /// Assigned to one of these agents (as assignee or operator).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub operators: Vec<AgentId>,
    /// Carrying one of these tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Show archived conversations instead of the others.
    #[serde(default)]
    pub archived: bool,
    /// Search over contact name, phone, email, tag and message text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub q: String,
}

/// The whole query of `GET /conversations` (and of the app's URL).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConversationQuery {
    /// Mailbox.
    pub mailbox: Mailbox,
    /// Filters.
    pub filter: ConversationFilter,
    /// Order.
    pub sort: Sort,
    /// Page size (1..=200, default 50).
    pub limit: Option<u32>,
    /// The previous page's `next_cursor`.
    pub cursor: Option<String>,
}

fn csv<T>(v: &[T], f: impl Fn(&T) -> String) -> String {
    v.iter().map(f).collect::<Vec<_>>().join(",")
}

fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' | b':' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

impl ConversationQuery {
    /// The query string, without `?`; keys at their default are left out.
    pub fn to_query(&self) -> String {
        let f = &self.filter;
        let mut parts: Vec<(&str, String)> = Vec::new();
        if self.mailbox != Mailbox::All {
            parts.push(("mailbox", self.mailbox.to_string()));
        }
        if !f.status.is_empty() {
            parts.push(("status", csv(&f.status, |s| s.as_str().into())));
        }
        if f.unanswered {
            parts.push(("unanswered", "1".into()));
        }
        if !f.channels.is_empty() {
            parts.push(("channel", csv(&f.channels, |c| c.as_str().into())));
        }
        if !f.operators.is_empty() {
            parts.push(("operator", csv(&f.operators, |a| a.to_string())));
        }
        if !f.tags.is_empty() {
            parts.push(("tag", csv(&f.tags, |t| t.replace(',', " "))));
        }
        if f.archived {
            parts.push(("archived", "1".into()));
        }
        if !f.q.is_empty() {
            parts.push(("q", f.q.clone()));
        }
        if self.sort != Sort::Newest {
            parts.push(("sort", self.sort.as_str().into()));
        }
        if let Some(l) = self.limit {
            parts.push(("limit", l.to_string()));
        }
        if let Some(c) = &self.cursor {
            parts.push(("cursor", c.clone()));
        }
        parts
            .into_iter()
            .map(|(k, v)| format!("{k}={}", enc(&v)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// Parses a query string (with or without the leading `?`; `+` and `%XX` decoded).
    pub fn parse(query: &str) -> Result<ConversationQuery, String> {
        let pairs: Vec<(String, String)> = query
            .trim_start_matches('?')
            .split('&')
            .filter(|kv| !kv.is_empty())
            .map(|kv| {
                let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                (percent_decode(k), percent_decode(v))
            })
            .collect();
        ConversationQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// Reads decoded `(key, value)` pairs; unknown keys are ignored, bad values refused
    /// with a message naming the key.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<ConversationQuery, String> {
        let mut q = ConversationQuery::default();
        let list = |v: &str| {
            v.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        let flag = |k: &str, v: &str| match v {
            "1" | "true" => Ok(true),
            "0" | "false" | "" => Ok(false),
            _ => Err(format!("{k} must be 1 or 0, not {v:?}")),
        };
        for (k, v) in pairs {
            match k {
                "mailbox" => q.mailbox = Mailbox::parse(v)?,
                "status" => {
                    q.filter.status = list(v)
                        .iter()
                        .map(|s| match ConversationStatus::parse(s) {
                            ConversationStatus::Other => Err(format!("unknown status {s:?}")),
                            st => Ok(st),
                        })
                        .collect::<Result<_, _>>()?
                }
                "unanswered" => q.filter.unanswered = flag(k, v)?,
                "channel" => {
                    q.filter.channels = list(v)
                        .iter()
                        .map(|s| match Channel::parse(s) {
                            Channel::Other => Err(format!("unknown channel {s:?}")),
                            c => Ok(c),
                        })
                        .collect::<Result<_, _>>()?
                }
                "operator" => {
                    q.filter.operators = list(v)
                        .iter()
                        .map(|s| {
                            s.parse()
                                .map(AgentId)
                                .map_err(|_| format!("bad operator id {s:?}"))
                        })
                        .collect::<Result<_, _>>()?
                }
                "tag" => q.filter.tags = list(v),
                "archived" => q.filter.archived = flag(k, v)?,
                "q" => q.filter.q = v.trim().to_owned(),
                "sort" => {
                    q.sort = Sort::ALL
                        .into_iter()
                        .find(|s| s.as_str() == v)
                        .ok_or_else(|| format!("unknown sort {v:?}"))?
                }
                "limit" => q.limit = Some(v.parse().map_err(|_| format!("bad limit {v:?}"))?),
                "cursor" => q.cursor = Some(v.to_owned()),
                _ => {}
            }
        }
        Ok(q)
    }
}

/// Answer of `GET /conversations/counts` (same filters as the list, status ignored):
/// the count of each status tab, and of each mailbox.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConversationCounts {
    /// All statuses.
    pub all: u32,
    /// Open.
    pub open: u32,
    /// In progress.
    pub in_progress: u32,
    /// Closed.
    pub closed: u32,
    /// Snoozed.
    pub snoozed: u32,
    /// Conversations with unread messages (over the whole mailbox).
    pub unread: u32,
    /// Per mailbox, by its wire name (`"mine"`, `"team:3"`, `"view:5"`, `"blocked"` only
    /// when the agent may see it and a blocked contact exists).
    pub mailboxes: std::collections::BTreeMap<String, u32>,
}

/// A saved custom view: a named filter, private or shared.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomView {
    /// Its id (mailbox `view:{id}`).
    pub id: ViewId,
    /// Its name.
    pub name: String,
    /// Who made it.
    pub owner: AgentId,
    /// Shared with the other agents.
    pub shared: bool,
    /// The filter.
    pub filter: ConversationFilter,
}

/// Body of `POST /views`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewView {
    /// Name (1..=80 characters).
    pub name: String,
    /// Shared with the others.
    #[serde(default)]
    pub shared: bool,
    /// The filter.
    pub filter: ConversationFilter,
}

/// Decodes `%XX` escapes and `+` (form encoding's space); invalid escapes stay as they are.
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match b[i] {
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_survive_the_query_string() {
        let q = ConversationQuery {
            mailbox: Mailbox::Team(TeamId(3)),
            filter: ConversationFilter {
                status: vec![ConversationStatus::Open, ConversationStatus::InProgress],
                unanswered: true,
                channels: vec![Channel::Telegram, Channel::Viber],
                operators: vec![AgentId(2), AgentId(5)],
                tags: vec!["vip".into(), "доставка".into()],
                archived: true,
                q: "refund & more".into(),
            },
            sort: Sort::Longest,
            limit: Some(20),
            cursor: Some("17_3".into()),
        };
        let s = q.to_query();
        assert_eq!(ConversationQuery::parse(&s).unwrap(), q);
        assert_eq!(ConversationQuery::parse(&format!("?{s}")).unwrap(), q);
        assert_eq!(ConversationQuery::default().to_query(), "");
        assert_eq!(
            ConversationQuery::parse("").unwrap(),
            ConversationQuery::default()
        );
    }

    #[test]
    fn decoding_is_lenient_with_broken_escapes() {
        assert_eq!(percent_decode("a+b%20c%D0%BE"), "a b cо");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
    }

    #[test]
    fn bad_values_name_their_key() {
        for (k, v) in [
            ("status", "open,lost"),
            ("channel", "fax"),
            ("operator", "x"),
            ("sort", "random"),
            ("mailbox", "team:x"),
            ("mailbox", "elsewhere"),
            ("unanswered", "maybe"),
            ("limit", "-1"),
        ] {
            assert!(ConversationQuery::from_pairs([(k, v)]).is_err(), "{k}={v}");
        }
        assert!(ConversationQuery::from_pairs([("whatever", "x")]).is_ok());
    }
}
