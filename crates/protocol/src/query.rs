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

mod encoding;
mod views;

pub use encoding::percent_decode;
use encoding::{csv, enc};
pub use views::{ConversationCounts, CustomView, NewView};

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
    /// Conversations with an internal note that mentions me (capability `mentions`).
    Mentions,
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
            Mailbox::Mentions => f.write_str("mentions"),
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
            "mentions" => Mailbox::Mentions,
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

#[cfg(test)]
mod tests;
