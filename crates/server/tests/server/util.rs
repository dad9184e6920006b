//! Helpers for the conversation, action and access tests: any HTTP method with any
//! headers, signing in as any agent straight through the store, and paging a whole view.

use crate::common::Server;
use std::path::Path;
use switchboard_protocol::{ConversationCounts, ConversationPage, ConversationSummary};

/// An answer: status, headers (lower-case names) and body.
pub struct Answer {
    /// Status code.
    pub status: u16,
    /// Headers.
    pub headers: Vec<(String, String)>,
    /// Body text.
    pub body: String,
}

impl Answer {
    /// A header's value.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A request with any method and extra headers.
pub async fn request(
    s: &Server,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&str>,
    headers: &[(&str, &str)],
) -> Answer {
    let url = format!("{}{path}", s.base);
    let mut req = ureq::http::Request::builder().method(method).uri(url);
    if let Some(t) = token {
        req = req.header("Authorization", format!("Bearer {t}"));
    }
    if body.is_some() {
        req = req.header("Content-Type", "application/json");
    }
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let body = body.map(str::to_owned);
    tokio::task::spawn_blocking(move || {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        let mut resp = match body {
            Some(b) => agent.run(req.body(b).unwrap()),
            None => agent.run(req.body(()).unwrap()),
        }
        .expect("request goes through");
        let headers = resp
            .headers()
            .iter()
            .map(|(k, v)| (k.as_str().to_owned(), v.to_str().unwrap_or("").to_owned()))
            .collect();
        let status = resp.status().as_u16();
        let body = resp.body_mut().read_to_string().unwrap_or_default();
        Answer {
            status,
            headers,
            body,
        }
    })
    .await
    .unwrap()
}

pub use crate::common::store;

/// A token for the agent with this email.
pub fn sign_in_as(dir: &Path, email: &str) -> String {
    let conn = store(dir);
    let agent = conn
        .query_row(
            &format!(
                "{} WHERE email = ?1",
                switchboard_server::db::rows::AGENT_SELECT
            ),
            [email],
            switchboard_server::db::rows::agent,
        )
        .unwrap();
    switchboard_server::auth::sign_in(&conn, agent)
        .unwrap()
        .token
}

/// The supervisor of the demo workspace.
pub const SUPERVISOR: &str = "marta@demo.switchboard";

/// `GET /conversations/counts?{query}` (200).
pub async fn counts(s: &Server, token: &str, query: &str) -> ConversationCounts {
    let path = format!("/api/v1/conversations/counts?{query}");
    s.json("GET", &path, token, None, 200).await
}

/// Every row of a view, paging `limit` at a time; checks each page's total.
pub async fn all(s: &Server, token: &str, query: &str, limit: u32) -> Vec<ConversationSummary> {
    let mut out = Vec::new();
    let mut cursor: Option<String> = None;
    let mut total = None;
    loop {
        let mut path = format!("/api/v1/conversations?limit={limit}&{query}");
        if let Some(c) = &cursor {
            path.push_str(&format!("&cursor={c}"));
        }
        let page: ConversationPage = s.json("GET", &path, token, None, 200).await;
        assert_eq!(page.total, *total.get_or_insert(page.total), "{path}");
        out.extend(page.items);
        match page.next_cursor {
            Some(c) => cursor = Some(c),
            None => break,
        }
    }
    assert_eq!(Some(out.len() as u32), total.or(Some(0)), "{query}");
    out
}
