//! Pull to refresh: a finger that starts on a list scrolled to its top and drags down
//! pulls an indicator after it (with resistance), and letting go past the threshold asks
//! for a fresh list. The app feeds touch positions in; this decides what they mean.
//!
//! A pull is abandoned, and the gesture left to the browser, when the list was not at its
//! top, when the finger first moves up, or when it moves more sideways than down (a
//! row's swipe).

/// How far (px, after resistance) the indicator must be pulled for a release to refresh.
pub const THRESHOLD: f64 = 64.0;
/// The furthest (px) the indicator follows the finger.
pub const MAX: f64 = 96.0;
/// The finger's travel per pixel of the indicator's (it follows at half speed).
const RESISTANCE: f64 = 2.0;
/// How far (px) the finger moves before the gesture is decided (down, up or sideways).
const SLOP: f64 = 8.0;

/// One touch on the list, from touchstart to touchend.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pull {
    x: f64,
    y: f64,
    state: State,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum State {
    /// Not decided yet (within the slop).
    Undecided,
    /// Pulling: the indicator is this far down.
    Pulling(f64),
    /// Not a pull (the browser scrolls, or a row swipes).
    Abandoned,
}

impl Pull {
    /// A finger down at (`x`, `y`); `at_top`: the list is scrolled to its very top.
    pub fn start(x: f64, y: f64, at_top: bool) -> Pull {
        Pull {
            x,
            y,
            state: if at_top {
                State::Undecided
            } else {
                State::Abandoned
            },
        }
    }

    /// The finger moved to (`x`, `y`). Returns how far the indicator is pulled now
    /// (`Some(0.0)` and more while it is a pull, so the app keeps the page from scrolling
    /// or refreshing itself), or `None` once it is not a pull.
    pub fn move_to(&mut self, x: f64, y: f64) -> Option<f64> {
        let (dx, dy) = (x - self.x, y - self.y);
        self.state = match self.state {
            State::Abandoned => State::Abandoned,
            State::Undecided if dx.abs().max(dy.abs()) < SLOP => State::Undecided,
            State::Undecided if dy <= 0.0 || dx.abs() > dy => State::Abandoned,
            State::Undecided | State::Pulling(_) => {
                State::Pulling((dy.max(0.0) / RESISTANCE).min(MAX))
            }
        };
        match self.state {
            State::Undecided => Some(0.0),
            State::Pulling(d) => Some(d),
            State::Abandoned => None,
        }
    }

    /// Whether letting go now refreshes (the indicator says so).
    pub fn armed(&self) -> bool {
        matches!(self.state, State::Pulling(d) if d >= THRESHOLD)
    }

    /// Whether it is a pull (the app shows the indicator and keeps the scroll still).
    pub fn pulling(&self) -> bool {
        matches!(self.state, State::Pulling(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_pull_down_from_the_top_arms_and_a_short_one_does_not() {
        let mut p = Pull::start(100.0, 200.0, true);
        assert_eq!(p.move_to(101.0, 204.0), Some(0.0), "within the slop");
        assert!(!p.pulling());
        assert_eq!(
            p.move_to(102.0, 300.0),
            Some(50.0),
            "half the finger's travel"
        );
        assert!(p.pulling() && !p.armed());
        assert_eq!(p.move_to(102.0, 340.0), Some(70.0));
        assert!(p.armed());
        // Back up again before letting go: not armed any more.
        assert_eq!(p.move_to(102.0, 250.0), Some(25.0));
        assert!(!p.armed());
        // And never above the start.
        assert_eq!(p.move_to(102.0, 150.0), Some(0.0));
    }

    #[test]
    fn it_follows_the_finger_only_so_far() {
        let mut p = Pull::start(0.0, 0.0, true);
        assert_eq!(p.move_to(0.0, 1000.0), Some(MAX));
        assert!(p.armed());
    }

    #[test]
    fn not_at_the_top_up_first_or_sideways_is_left_to_the_browser() {
        let mut scrolled = Pull::start(0.0, 0.0, false);
        assert_eq!(scrolled.move_to(0.0, 300.0), None);
        assert!(!scrolled.armed());

        let mut up = Pull::start(0.0, 300.0, true);
        assert_eq!(up.move_to(0.0, 280.0), None);
        // Coming back down later does not turn a scroll into a pull.
        assert_eq!(up.move_to(0.0, 500.0), None);

        let mut sideways = Pull::start(0.0, 0.0, true);
        assert_eq!(sideways.move_to(40.0, 20.0), None, "a row's swipe");
        assert!(!sideways.pulling());
    }
}
