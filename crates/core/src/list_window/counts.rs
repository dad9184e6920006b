//! The counts of a view moved by one conversation's change (see the parent module for
//! when they go stale instead).

use super::ListWindow;
use crate::view::{matches, Verdict, ViewContext};
use switchboard_protocol::{
    ConversationCounts, ConversationQuery, ConversationStatus, ConversationSummary, Mailbox,
};

impl ListWindow {
    /// Moves the counts by one conversation's change: `before` is its record before the
    /// event (`None`: it did not exist), `after` its record after (`None`: deleted).
    /// `before_known` is false when the app never had the record before, so the change
    /// cannot be worked out and the counts go stale.
    pub fn count_change(
        &mut self,
        before: Option<&ConversationSummary>,
        after: Option<&ConversationSummary>,
        before_known: bool,
    ) {
        if self.counts.is_none() {
            return;
        }
        if !before_known {
            self.counts_stale = true;
            return;
        }
        let mut any_status = self.query.clone();
        any_status.filter.status.clear();
        let me = self.me;
        let views = std::mem::take(&mut self.views);
        let ctx = ViewContext { me, views: &views };
        let mut stale = false;
        let counts = self.counts.as_mut().expect("checked above");
        // The tabs and the unread count follow the view's own mailbox.
        let tab = delta(&any_status, before, after, ctx);
        match tab {
            None => stale = true,
            Some((out, into)) => {
                if let Some(c) = out {
                    step_tabs(counts, c, -1);
                }
                if let Some(c) = into {
                    step_tabs(counts, c, 1);
                }
            }
        }
        // Each mailbox counts the same filters in its own mailbox.
        for (name, n) in counts.mailboxes.iter_mut() {
            let Ok(mailbox) = Mailbox::parse(name) else {
                continue;
            };
            let q = ConversationQuery {
                mailbox,
                ..any_status.clone()
            };
            match delta(&q, before, after, ctx) {
                None => stale = true,
                Some((out, into)) => {
                    *n = (*n + u32::from(into.is_some())).saturating_sub(u32::from(out.is_some()))
                }
            }
        }
        self.views = views;
        self.counts_stale |= stale;
    }
}

/// The record that leaves a count and the one that enters it (`None` when the verdict is
/// unknown).
type Delta<'a> = (
    Option<&'a ConversationSummary>,
    Option<&'a ConversationSummary>,
);

fn delta<'a>(
    q: &ConversationQuery,
    before: Option<&'a ConversationSummary>,
    after: Option<&'a ConversationSummary>,
    ctx: ViewContext<'_>,
) -> Option<Delta<'a>> {
    let member = |c: Option<&'a ConversationSummary>| -> Option<Option<&'a ConversationSummary>> {
        match c.map(|c| (c, matches(q, c, ctx))) {
            None | Some((_, Verdict::Out)) => Some(None),
            Some((c, Verdict::In)) => Some(Some(c)),
            Some((_, Verdict::Unknown)) => None,
        }
    };
    Some((member(before)?, member(after)?))
}

fn step_tabs(counts: &mut ConversationCounts, c: &ConversationSummary, by: i64) {
    let step = |n: &mut u32| *n = (i64::from(*n) + by).max(0) as u32;
    step(&mut counts.all);
    if c.unread_count > 0 {
        step(&mut counts.unread);
    }
    match c.status {
        ConversationStatus::Open => step(&mut counts.open),
        ConversationStatus::InProgress => step(&mut counts.in_progress),
        ConversationStatus::Closed => step(&mut counts.closed),
        ConversationStatus::Snoozed => step(&mut counts.snoozed),
        ConversationStatus::Other => {}
    }
}
