//! The widths of the resizable zones (chat list | conversation | client panel): limits,
//! dragging, the keys of a separator, and the stored form.
//!
//! Invariant: a width handed out by this module is always within its zone's limits and
//! leaves the conversation at least [`MAIN_MIN`] pixels of the window (a window too narrow
//! for both only gets the zone's minimum).

/// A resizable zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zone {
    /// The chat list, left of the conversation; its separator is on its right edge.
    List,
    /// The client panel, right of the conversation; its separator is on its left edge.
    Panel,
}

/// Width the conversation keeps at least, in CSS pixels (a message bubble and the header's
/// buttons fit).
pub const MAIN_MIN: u32 = 420;
/// Pixels one arrow key press moves a separator.
pub const STEP: u32 = 16;
/// Pixels Page Up / Page Down move a separator.
pub const BIG_STEP: u32 = 64;

impl Zone {
    /// Narrowest width: the list still shows a name and a time; the panel a label and a value.
    pub fn min(self) -> u32 {
        match self {
            Zone::List => 260,
            Zone::Panel => 260,
        }
    }

    /// Widest width (beyond it the conversation is squeezed for nothing).
    pub fn max(self) -> u32 {
        match self {
            Zone::List => 560,
            Zone::Panel => 600,
        }
    }

    /// The default width (style/tokens.css `--sb-list-width`, `--sb-panel-width`).
    pub fn default_width(self) -> u32 {
        match self {
            Zone::List => 340,
            Zone::Panel => 300,
        }
    }
}

/// The widths of both zones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Widths {
    /// The chat list.
    pub list: u32,
    /// The client panel.
    pub panel: u32,
}

impl Default for Widths {
    fn default() -> Self {
        Widths {
            list: Zone::List.default_width(),
            panel: Zone::Panel.default_width(),
        }
    }
}

/// A key a separator reacts to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// Arrow left.
    Left,
    /// Arrow right.
    Right,
    /// Page up (a big step wider).
    PageUp,
    /// Page down (a big step narrower).
    PageDown,
    /// Home: narrowest.
    Home,
    /// End: widest.
    End,
}

impl Key {
    /// The key from a `KeyboardEvent.key`.
    pub fn parse(key: &str) -> Option<Key> {
        Some(match key {
            "ArrowLeft" => Key::Left,
            "ArrowRight" => Key::Right,
            "PageUp" => Key::PageUp,
            "PageDown" => Key::PageDown,
            "Home" => Key::Home,
            "End" => Key::End,
            _ => return None,
        })
    }
}

impl Widths {
    /// The width of `zone`.
    pub fn get(self, zone: Zone) -> u32 {
        match zone {
            Zone::List => self.list,
            Zone::Panel => self.panel,
        }
    }

    /// The widest `zone` may be in a window `viewport` pixels wide, beside the other zone.
    pub fn max_for(self, zone: Zone, viewport: u32) -> u32 {
        let other = match zone {
            Zone::List => self.panel,
            Zone::Panel => self.list,
        };
        let room = viewport.saturating_sub(other + MAIN_MIN);
        room.clamp(zone.min(), zone.max())
    }

    /// These widths with `zone` set to `px`, kept within its limits.
    pub fn with(self, zone: Zone, px: i64, viewport: u32) -> Widths {
        let max = self.max_for(zone, viewport) as i64;
        let px = px.clamp(zone.min() as i64, max) as u32;
        match zone {
            Zone::List => Widths { list: px, ..self },
            Zone::Panel => Widths { panel: px, ..self },
        }
    }

    /// The widths while dragging `zone`'s separator: `from` was the width when the drag
    /// began, `dx` how far the pointer moved right since.
    pub fn dragged(self, zone: Zone, from: u32, dx: i64, viewport: u32) -> Widths {
        let px = match zone {
            Zone::List => from as i64 + dx,
            // The panel's separator is its left edge: moving right narrows it.
            Zone::Panel => from as i64 - dx,
        };
        self.with(zone, px, viewport)
    }

    /// The widths after `key` on `zone`'s separator. Arrows move the separator the way they
    /// point (right widens the list, left widens the panel).
    pub fn keyed(self, zone: Zone, key: Key, viewport: u32) -> Widths {
        let now = self.get(zone) as i64;
        let toward_right = match zone {
            Zone::List => 1,
            Zone::Panel => -1,
        };
        let px = match key {
            Key::Right => now + toward_right * STEP as i64,
            Key::Left => now - toward_right * STEP as i64,
            Key::PageUp => now + BIG_STEP as i64,
            Key::PageDown => now - BIG_STEP as i64,
            Key::Home => 0,
            Key::End => i64::MAX / 2,
        };
        self.with(zone, px, viewport)
    }

    /// The stored form: `"340,300"`.
    pub fn to_stored(self) -> String {
        format!("{},{}", self.list, self.panel)
    }

    /// Widths from their stored form, each kept within its zone's own limits (the window
    /// may have changed since); `None` when unreadable.
    pub fn from_stored(s: &str) -> Option<Widths> {
        let (list, panel) = s.split_once(',')?;
        let list: u32 = list.trim().parse().ok()?;
        let panel: u32 = panel.trim().parse().ok()?;
        Some(Widths {
            list: list.clamp(Zone::List.min(), Zone::List.max()),
            panel: panel.clamp(Zone::Panel.min(), Zone::Panel.max()),
        })
    }

    /// These widths fitted into a window `viewport` pixels wide: the panel gives way first,
    /// then the list, never below their minimums.
    pub fn fitted(self, viewport: u32) -> Widths {
        let w = self.with(Zone::Panel, self.panel as i64, viewport);
        w.with(Zone::List, w.list as i64, viewport)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIDE: u32 = 1440;

    #[test]
    fn dragging_follows_the_pointer_within_limits() {
        let w = Widths::default();
        assert_eq!(w.dragged(Zone::List, 340, 60, WIDE).list, 400);
        assert_eq!(
            w.dragged(Zone::List, 340, -500, WIDE).list,
            Zone::List.min()
        );
        assert_eq!(
            w.dragged(Zone::List, 340, 5000, WIDE).list,
            Zone::List.max()
        );
        // The panel's edge moves left: the panel grows.
        assert_eq!(w.dragged(Zone::Panel, 300, -80, WIDE).panel, 380);
        assert_eq!(
            w.dragged(Zone::Panel, 300, 80, WIDE).panel,
            Zone::Panel.min()
        );
    }

    #[test]
    fn the_conversation_keeps_its_room() {
        let w = Widths {
            list: 500,
            panel: 300,
        };
        // 1200 - 500 - 420 = 280 left for the panel.
        assert_eq!(w.dragged(Zone::Panel, 300, -400, 1200).panel, 280);
        // Too narrow a window: the minimum still holds.
        assert_eq!(w.max_for(Zone::Panel, 900), Zone::Panel.min());
    }

    #[test]
    fn keys_step_and_jump() {
        let w = Widths::default();
        assert_eq!(w.keyed(Zone::List, Key::Right, WIDE).list, 356);
        assert_eq!(w.keyed(Zone::List, Key::Left, WIDE).list, 324);
        assert_eq!(w.keyed(Zone::Panel, Key::Left, WIDE).panel, 316);
        assert_eq!(w.keyed(Zone::Panel, Key::Right, WIDE).panel, 284);
        assert_eq!(w.keyed(Zone::Panel, Key::PageUp, WIDE).panel, 364);
        assert_eq!(w.keyed(Zone::List, Key::Home, WIDE).list, Zone::List.min());
        assert_eq!(w.keyed(Zone::List, Key::End, WIDE).list, Zone::List.max());
        assert_eq!(Key::parse("ArrowLeft"), Some(Key::Left));
        assert_eq!(Key::parse("Enter"), None);
    }

    #[test]
    fn stored_widths_round_trip_and_stay_in_limits() {
        let w = Widths {
            list: 400,
            panel: 360,
        };
        assert_eq!(Widths::from_stored(&w.to_stored()), Some(w));
        assert_eq!(
            Widths::from_stored("10,9000"),
            Some(Widths {
                list: Zone::List.min(),
                panel: Zone::Panel.max()
            })
        );
        assert_eq!(Widths::from_stored("wide"), None);
        assert_eq!(Widths::from_stored("1,"), None);
    }

    #[test]
    fn fitting_shrinks_the_panel_first() {
        let w = Widths {
            list: 500,
            panel: 500,
        };
        let f = w.fitted(1300);
        assert_eq!(f.list, 500);
        assert_eq!(f.panel, 1300 - 500 - MAIN_MIN);
    }
}
