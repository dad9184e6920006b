//! A touch swipe on a chat-list row: left closes the conversation, right snoozes it.
//!
//! The gesture is decided once the finger has moved [`Swipe::SLOP_PX`]: mostly sideways it
//! is a swipe and the row follows the finger; mostly up or down it is the list scrolling
//! (the browser's, thanks to `touch-action: pan-y`) and the row stays put. Released beyond
//! [`Swipe::SHARE`] of the row's width it acts; short of that it snaps back.

/// What a finished swipe does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SwipeAction {
    /// Swiped left: close.
    Close,
    /// Swiped right: snooze until tomorrow morning.
    Snooze,
}

/// The direction a gesture took.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Axis {
    /// Not moved far enough to tell.
    Undecided,
    /// Sideways: a swipe.
    Horizontal,
    /// Up or down: a scroll, not ours.
    Vertical,
}

/// One touch gesture on a row, from finger down to finger up.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Swipe {
    start: (f64, f64),
    width: f64,
    dx: f64,
    axis: Axis,
}

impl Swipe {
    /// Share of the row's width a swipe must pass to act.
    pub const SHARE: f64 = 0.3;
    /// Movement (px) before the gesture's direction is decided: smaller moves are a
    /// tap's jitter.
    pub const SLOP_PX: f64 = 10.0;

    /// A finger went down at `(x, y)` on a row `width` pixels wide.
    pub fn start(x: f64, y: f64, width: f64) -> Swipe {
        Swipe {
            start: (x, y),
            width: width.max(1.0),
            dx: 0.0,
            axis: Axis::Undecided,
        }
    }

    /// The finger moved to `(x, y)`; returns how far (px) the row should follow it.
    pub fn move_to(&mut self, x: f64, y: f64) -> f64 {
        let (dx, dy) = (x - self.start.0, y - self.start.1);
        if self.axis == Axis::Undecided && dx.hypot(dy) >= Self::SLOP_PX {
            self.axis = if dx.abs() > dy.abs() {
                Axis::Horizontal
            } else {
                Axis::Vertical
            };
        }
        self.dx = if self.axis == Axis::Horizontal {
            dx.clamp(-self.width, self.width)
        } else {
            0.0
        };
        self.dx
    }

    /// Which way the gesture went.
    pub fn axis(&self) -> Axis {
        self.axis
    }

    /// What releasing the finger now would do (`None`: snap back).
    pub fn armed(&self) -> Option<SwipeAction> {
        if self.axis != Axis::Horizontal || self.dx.abs() <= self.width * Self::SHARE {
            None
        } else if self.dx < 0.0 {
            Some(SwipeAction::Close)
        } else {
            Some(SwipeAction::Snooze)
        }
    }
}
