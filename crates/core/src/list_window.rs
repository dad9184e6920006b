//! The chat list of one view when the server pages and counts it.
//!
//! The app never holds every conversation of a large inbox. For the view on screen it asks
//! `GET /conversations` page by page (as the agent scrolls) and `GET /conversations/counts`
//! once; from then on socket events keep both exact without asking again.
//!
//! Invariants:
//! - The server has listed, in the view's order, every conversation up to the *frontier*
//!   (the last row of the last page). So the rows of the view are the known conversations
//!   that match it and sort no later than the frontier; all of them once the last page is in.
//! - A row the rules cannot decide (a search over fields the summary lacks) is shown only
//!   if the server listed it.
//! - Counts move by the difference between a conversation's record before and after an
//!   event; when that difference cannot be known (the record before was never loaded, or a
//!   search makes the verdict unknown) the counts are marked stale and the app asks again.

mod counts;

use crate::view::{compare, matches, Verdict, ViewContext};
use crate::ConversationIndex;
use std::cmp::Ordering;
use std::collections::HashSet;
use switchboard_protocol::{
    AgentId, ConversationCounts, ConversationId, ConversationPage, ConversationQuery,
    ConversationSummary, CustomView,
};

/// How far the server has listed a view.
#[derive(Clone, Debug, Default, PartialEq)]
enum Paging {
    /// No page yet: the rows are what the app already knows (a preview).
    #[default]
    NotLoaded,
    /// Everything up to `frontier` is listed; `cursor` asks for the rest.
    More {
        /// The last row of the last page.
        frontier: Box<ConversationSummary>,
        /// Where the next page starts.
        cursor: String,
    },
    /// Every page is in.
    Complete,
}

/// One view of the chat list, as far as it is loaded.
///
/// Equality leaves out the change count (`shape`), which is bookkeeping for the app.
#[derive(Clone, Debug)]
pub struct ListWindow {
    /// The view (without paging: `limit` and `cursor` are always `None`).
    query: ConversationQuery,
    /// The signed-in agent (for the Mine mailbox).
    pub me: AgentId,
    /// The saved views (for `view:{id}` mailboxes).
    pub views: Vec<CustomView>,
    /// Every id the server listed for this view.
    listed: HashSet<ConversationId>,
    paging: Paging,
    /// Whether a page request is under way.
    loading: bool,
    /// The server's counts, kept up to date by events (`None`: not loaded).
    counts: Option<ConversationCounts>,
    /// The counts may be off: ask the server again.
    counts_stale: bool,
    /// Bumped whenever the rows may change for a reason other than the conversations
    /// (a page, a restart, another view).
    shape: u64,
}

impl PartialEq for ListWindow {
    fn eq(&self, o: &Self) -> bool {
        self.query == o.query
            && self.me == o.me
            && self.views == o.views
            && self.listed == o.listed
            && self.paging == o.paging
            && self.loading == o.loading
            && self.counts == o.counts
            && self.counts_stale == o.counts_stale
    }
}

impl Default for ListWindow {
    /// The default view, before sign-in (agent 0 is nobody: Mine is empty).
    fn default() -> Self {
        ListWindow::new(&ConversationQuery::default(), AgentId(0), Vec::new())
    }
}

/// The same view, whatever the paging.
fn same_view(a: &ConversationQuery, b: &ConversationQuery) -> bool {
    a.mailbox == b.mailbox && a.filter == b.filter && a.sort == b.sort
}

fn without_paging(q: &ConversationQuery) -> ConversationQuery {
    ConversationQuery {
        limit: None,
        cursor: None,
        ..q.clone()
    }
}

impl ListWindow {
    /// A view with nothing loaded yet.
    pub fn new(query: &ConversationQuery, me: AgentId, views: Vec<CustomView>) -> Self {
        ListWindow {
            query: without_paging(query),
            me,
            views,
            listed: HashSet::new(),
            paging: Paging::NotLoaded,
            loading: false,
            counts: None,
            counts_stale: false,
            shape: 0,
        }
    }

    /// A value that changes whenever [`ListWindow::rows`] may change for a reason other
    /// than the conversations themselves (with the index's `rev`, a memo key for the rows).
    pub fn rows_key(&self) -> (u64, AgentId, Vec<CustomView>) {
        (self.shape, self.me, self.views.clone())
    }

    /// Takes over the change count of the view this one replaces, so the key never repeats.
    pub fn follow(&mut self, old: &ListWindow) {
        self.shape = old.shape;
        self.shape += 1;
    }

    /// The view.
    pub fn query(&self) -> &ConversationQuery {
        &self.query
    }

    /// Whether `q` is this view (paging aside).
    pub fn is_view(&self, q: &ConversationQuery) -> bool {
        same_view(&self.query, q)
    }

    /// The rules' context.
    pub fn ctx(&self) -> ViewContext<'_> {
        ViewContext {
            me: self.me,
            views: &self.views,
        }
    }

    /// Forgets what was loaded (a resync): the view is listed again from its first page,
    /// and the counts are asked for again.
    pub fn restart(&mut self) {
        self.shape += 1;
        self.listed.clear();
        self.paging = Paging::NotLoaded;
        self.loading = false;
        self.counts_stale = true;
    }

    /// Whether the first page is in.
    pub fn is_loaded(&self) -> bool {
        self.paging != Paging::NotLoaded
    }

    /// Whether every page is in.
    pub fn is_complete(&self) -> bool {
        self.paging == Paging::Complete
    }

    /// Whether a page request is under way.
    pub fn is_loading(&self) -> bool {
        self.loading
    }

    /// The query of the page to load next, if one is needed and none is under way; marks
    /// it under way. `limit` is the page size.
    pub fn next_page(&mut self, limit: u32) -> Option<ConversationQuery> {
        let cursor = match &self.paging {
            _ if self.loading => return None,
            Paging::Complete => return None,
            Paging::NotLoaded => None,
            Paging::More { cursor, .. } => Some(cursor.clone()),
        };
        self.loading = true;
        Some(ConversationQuery {
            limit: Some(limit),
            cursor,
            ..self.query.clone()
        })
    }

    /// The query of the view's first page, for a snapshot that must be taken whatever is
    /// under way (a resync); marks it under way.
    pub fn first_page(&mut self, limit: u32) -> ConversationQuery {
        self.loading = true;
        ConversationQuery {
            limit: Some(limit),
            ..self.query.clone()
        }
    }

    /// A page request failed: it may be asked again.
    pub fn page_failed(&mut self, asked: &ConversationQuery) {
        if self.is_view(asked) {
            self.loading = false;
        }
    }

    /// Takes in the page answering `asked`. A page for another view, or for a cursor that
    /// is no longer the next one, is ignored (the agent moved on); returns whether it was
    /// taken. The caller adds the page's conversations to the index.
    pub fn add_page(&mut self, asked: &ConversationQuery, page: &ConversationPage) -> bool {
        let expected = match &self.paging {
            Paging::NotLoaded => None,
            Paging::More { cursor, .. } => Some(cursor),
            Paging::Complete => return false,
        };
        if !self.is_view(asked) || asked.cursor.as_ref() != expected {
            return false;
        }
        self.loading = false;
        self.shape += 1;
        self.listed.extend(page.items.iter().map(|c| c.id));
        self.paging = match (page.items.last(), &page.next_cursor) {
            (Some(last), Some(cursor)) => Paging::More {
                frontier: Box::new(last.clone()),
                cursor: cursor.clone(),
            },
            // No further page, or a page with nothing on it: nothing more to list.
            _ => Paging::Complete,
        };
        true
    }

    /// Whether a known conversation is a row of the view.
    pub fn shows(&self, c: &ConversationSummary) -> bool {
        self.admits(matches(&self.query, c, self.ctx()), c)
    }

    /// Whether a conversation with this verdict is a row (membership, then the frontier).
    fn admits(&self, verdict: Verdict, c: &ConversationSummary) -> bool {
        let member = match verdict {
            Verdict::In => true,
            Verdict::Out => false,
            Verdict::Unknown => self.listed.contains(&c.id),
        };
        member
            && match &self.paging {
                Paging::NotLoaded | Paging::Complete => true,
                Paging::More { frontier, .. } => {
                    compare(self.query.sort, c, frontier) != Ordering::Greater
                }
            }
    }

    /// The rows of the view in its order: filtered first, then sorted, so the cost of a
    /// keystroke is one pass over the known conversations plus sorting the hits. The search
    /// words are matched against each conversation's stored search text (no allocation per
    /// conversation); the rest of the rules run without the search.
    pub fn rows(&self, index: &ConversationIndex) -> Vec<ConversationId> {
        let words = crate::search::words(&self.query.filter.q);
        let mut rest = self.query.clone();
        rest.filter.q.clear();
        let ctx = self.ctx();
        let mut hits: Vec<&ConversationSummary> = index
            .iter_with_hay()
            .filter(|(c, hay)| {
                let verdict = match matches(&rest, c, ctx) {
                    Verdict::In if !crate::search::hay_matches(hay, &words) => Verdict::Unknown,
                    v => v,
                };
                self.admits(verdict, c)
            })
            .map(|(c, _)| c)
            .collect();
        hits.sort_unstable_by(|a, b| compare(self.query.sort, a, b));
        hits.into_iter().map(|c| c.id).collect()
    }

    /// The server's counts, as events have moved them (`None` until loaded).
    pub fn counts(&self) -> Option<&ConversationCounts> {
        self.counts.as_ref()
    }

    /// Whether the counts should be asked for again.
    pub fn counts_stale(&self) -> bool {
        self.counts.is_none() || self.counts_stale
    }

    /// Installs counts the server gave for `asked` (ignored for another view; the sort
    /// does not change counts).
    pub fn set_counts(&mut self, asked: &ConversationQuery, counts: ConversationCounts) -> bool {
        if asked.mailbox != self.query.mailbox || asked.filter != self.query.filter {
            return false;
        }
        self.counts = Some(counts);
        self.counts_stale = false;
        true
    }
}
