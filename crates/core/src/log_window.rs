//! Which rows of a long message log are rendered: a bounded stretch, counted from the end
//! of the log so that older pages loading above never move it, and new messages below
//! move it only when the agent follows the latest.
//!
//! Invariant: at most [`LogWindow::MAX`] rows are rendered, and `end_gap <= start_gap`.

/// The rendered stretch: `start_gap` rows from the end to its first row, `end_gap` rows
/// from the end to just after its last.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LogWindow {
    start_gap: usize,
    end_gap: usize,
    /// Still the first window of an open, which [`LogWindow::fill`] completes; any other
    /// placement (a message centred, the agent scrolling) ends it.
    opening: bool,
}

impl Default for LogWindow {
    fn default() -> Self {
        LogWindow {
            start_gap: Self::FIRST,
            end_gap: 0,
            opening: true,
        }
    }
}

impl LogWindow {
    /// Rows rendered in the first frame of an open (the latest ones): a tall screen's
    /// worth and a little more, so the latest page shows within its budget
    /// (`docs/benchmarks.md`). The window then [fills](LogWindow::fill) to
    /// [`LogWindow::INITIAL`] in the next frame, after that paint.
    pub const FIRST: usize = 24;
    /// Rows rendered once an open has settled, and around a message link: several
    /// screens, so that the "new messages" divider of a busy conversation is among them.
    pub const INITIAL: usize = 60;
    /// Rows added when the agent nears an edge.
    pub const STEP: usize = 40;
    /// Most rows ever rendered.
    pub const MAX: usize = 200;

    /// The rendered rows `[start, end)` of a log of `len` rows.
    pub fn range(self, len: usize) -> (usize, usize) {
        (
            len.saturating_sub(self.start_gap),
            len.saturating_sub(self.end_gap),
        )
    }

    /// Whether the last row of the log is rendered.
    pub fn at_end(self) -> bool {
        self.end_gap == 0
    }

    /// Whether the first row of a log of `len` rows is rendered.
    pub fn at_start(self, len: usize) -> bool {
        self.start_gap >= len
    }

    /// `n` rows were added at the end. The rendered rows stay the same ones, except that a
    /// window showing the end takes the new rows in. Past the bound, a window that
    /// `follow`s (the agent reads the latest) drops rows from its top; one that does not
    /// (the agent reads further up) stops taking rows in at the bottom, which the agent
    /// renders again by scrolling down or jumping to the latest.
    pub fn appended(&mut self, n: usize, follow: bool) {
        self.start_gap += n;
        if !self.at_end() {
            self.end_gap += n;
        } else if follow {
            self.trim();
        } else if self.start_gap - self.end_gap > Self::MAX {
            self.end_gap = self.start_gap - Self::MAX;
        }
    }

    /// The second step of an open: the first window, still showing the end, grows upward
    /// to [`LogWindow::INITIAL`] rows. Anything else (a message link or search hit
    /// centred, the agent already scrolled) is left as it is, even where it reaches the
    /// end of a short log. Returns whether anything changed.
    pub fn fill(&mut self) -> bool {
        let want = self.end_gap + Self::INITIAL;
        if !self.opening || !self.at_end() || self.start_gap >= want {
            return false;
        }
        self.opening = false;
        self.start_gap = want;
        true
    }

    /// Drops rows from the top until the bound holds (after a newer page was added).
    pub fn trim(&mut self) {
        if self.start_gap - self.end_gap > Self::MAX {
            self.start_gap = self.end_gap + Self::MAX;
        }
    }

    /// Renders more rows above (the agent scrolled near the top); the bottom gives way
    /// when the bound is reached. Returns whether anything changed.
    pub fn grow_up(&mut self, len: usize) -> bool {
        if self.at_start(len) {
            return false;
        }
        self.opening = false;
        self.start_gap = (self.start_gap + Self::STEP).min(len);
        if self.start_gap - self.end_gap > Self::MAX {
            self.end_gap = self.start_gap - Self::MAX;
        }
        true
    }

    /// Renders more rows below (the agent scrolled near the bottom); the top gives way
    /// when the bound is reached. Returns whether anything changed.
    pub fn grow_down(&mut self) -> bool {
        if self.at_end() {
            return false;
        }
        self.opening = false;
        self.end_gap = self.end_gap.saturating_sub(Self::STEP);
        if self.start_gap - self.end_gap > Self::MAX {
            self.start_gap = self.end_gap + Self::MAX;
        }
        true
    }

    /// Renders the stretch around row `index` of a log of `len` rows (a message link, a
    /// search hit).
    pub fn center_on(&mut self, index: usize, len: usize) {
        let start = index.saturating_sub(Self::INITIAL / 2);
        let end = (index + Self::INITIAL / 2 + 1).min(len);
        self.start_gap = len - start;
        self.end_gap = len - end;
        self.opening = false;
    }

    /// Back to the latest rows.
    pub fn reset(&mut self) {
        *self = LogWindow::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opens_on_the_latest_rows_and_stays_bounded() {
        let mut w = LogWindow::default();
        assert_eq!(w.range(5_000), (5_000 - LogWindow::FIRST, 5_000));
        assert!(w.fill(), "the next frame fills the window");
        assert_eq!(w.range(5_000), (5_000 - LogWindow::INITIAL, 5_000));
        assert!(!w.fill(), "once");
        assert_eq!(w.range(10), (0, 10), "a short log is rendered whole");
        // Scrolling up renders more, never more than MAX.
        for _ in 0..10 {
            w.grow_up(5_000);
        }
        let (start, end) = w.range(5_000);
        assert_eq!(end - start, LogWindow::MAX);
        assert!(!w.at_end());
        // And back down.
        while w.grow_down() {}
        assert!(w.at_end());
        assert_eq!(w.range(5_000).1, 5_000);
        let (start, end) = w.range(5_000);
        assert!(end - start <= LogWindow::MAX);
    }

    #[test]
    fn older_pages_above_do_not_move_the_rendered_rows() {
        let mut w = LogWindow::default();
        let before = w.range(100);
        // 50 older rows arrive at the front: same rows, indices shifted by 50.
        assert_eq!(w.range(150), (before.0 + 50, before.1 + 50));
        assert!(!w.grow_up(0) || w.at_start(0));
    }

    #[test]
    fn new_rows_below_join_only_a_window_at_the_end() {
        let mut w = LogWindow::default();
        w.appended(3, true);
        assert_eq!(
            w.range(103),
            (100 - LogWindow::FIRST, 103),
            "the same first row, the new rows in"
        );
        let mut reading = LogWindow::default();
        reading.center_on(10, 100);
        let shown = reading.range(100);
        reading.appended(5, false);
        assert_eq!(reading.range(105), shown, "reading the past: nothing moves");
        // Following the latest for long stays bounded.
        let mut follow = LogWindow::default();
        for _ in 0..500 {
            follow.appended(1, true);
        }
        let (s, e) = follow.range(600);
        assert_eq!((e, e - s), (600, LogWindow::MAX));
        // Not following, at the end: the same first row; past the bound the bottom gives
        // way, so a long burst never renders more than MAX rows.
        let mut above = LogWindow::default();
        let first = above.range(100).0;
        for n in 1..=500 {
            above.appended(1, false);
            let (s, e) = above.range(100 + n);
            assert_eq!(s, first, "the rows being read stay");
            assert!(e - s <= LogWindow::MAX);
        }
        assert!(
            !above.at_end(),
            "the latest wait below, for a scroll or a jump"
        );
    }

    #[test]
    fn filling_leaves_a_centred_or_scrolled_window_alone() {
        let mut link = LogWindow::default();
        link.center_on(1_000, 5_000);
        let before = link;
        assert!(!link.fill());
        assert_eq!(link, before);
        // A search hit in a short stretch: its window reaches the end, and is still not
        // filled (the fill's anchor would take the log away from the hit).
        let mut hit = LogWindow::default();
        hit.center_on(25, 50);
        let before = hit;
        assert!(hit.at_end() && hit.range(50) == (0, 50));
        assert!(!hit.fill());
        assert_eq!(hit, before);
        // New rows arrived between the two frames: the fill counts from the end.
        let mut open = LogWindow::default();
        open.appended(2, true);
        assert!(open.fill());
        assert_eq!(open.range(500), (500 - LogWindow::INITIAL, 500));
    }

    #[test]
    fn centres_on_a_row() {
        let mut w = LogWindow::default();
        w.center_on(1_000, 5_000);
        let (s, e) = w.range(5_000);
        assert!(s <= 1_000 && 1_000 < e);
        w.center_on(2, 5);
        assert_eq!(w.range(5), (0, 5));
        w.reset();
        assert_eq!(w, LogWindow::default());
    }
}
