//! The idle rules of a kiosk desk (`config.json`'s `kiosk.idle_blur_s` and
//! `kiosk.idle_sign_out_s`): after a while without input the screen hides customer data;
//! after a longer while the agent is signed out, but only once the outbox is empty (what
//! they wrote is sent first, and the screen says so), and then the agent's drafts,
//! caches and stored data are wiped so the next agent starts clean.

use crate::runtime_config::KioskIdle;

/// Blur after two minutes without input when `config.json` does not say.
pub const DEFAULT_BLUR_S: u32 = 120;
/// Sign out after ten minutes without input when `config.json` does not say.
pub const DEFAULT_SIGN_OUT_S: u32 = 600;

/// The idle times in force, in milliseconds: `(blur, sign_out)`. The sign-out never
/// comes before the blur.
pub fn limits(cfg: Option<KioskIdle>) -> (f64, f64) {
    let blur = cfg.and_then(|c| c.blur_s).unwrap_or(DEFAULT_BLUR_S);
    let sign_out = cfg.and_then(|c| c.sign_out_s).unwrap_or(DEFAULT_SIGN_OUT_S);
    let sign_out = sign_out.max(blur);
    (f64::from(blur) * 1000.0, f64::from(sign_out) * 1000.0)
}

/// What the desk shows, given how long nobody has touched it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Idle {
    /// In use: everything shows.
    Active,
    /// Customer data hidden until someone touches the screen.
    Blurred,
    /// Time to sign out, but `unsent` messages are still being sent: hidden, and saying
    /// it waits for them.
    Draining {
        /// Messages still in the outbox.
        unsent: usize,
    },
    /// Sign out and wipe now.
    SignOut,
}

/// The state after `idle_ms` without input with `unsent` messages in the outbox.
pub fn idle(idle_ms: f64, limits: (f64, f64), unsent: usize) -> Idle {
    let (blur, sign_out) = limits;
    if idle_ms >= sign_out {
        if unsent > 0 {
            Idle::Draining { unsent }
        } else {
            Idle::SignOut
        }
    } else if idle_ms >= blur {
        Idle::Blurred
    } else {
        Idle::Active
    }
}

/// Whether a link may open at the desk: only the app's own pages (and files it made
/// itself, `blob:`), never another site.
pub fn link_allowed(href: &str, own_origin: &str) -> bool {
    if href.starts_with("blob:") || href.starts_with('#') {
        return true;
    }
    match crate::runtime_config::origin_of(href) {
        Some(origin) => origin.eq_ignore_ascii_case(own_origin),
        // A relative path stays in the app; `mailto:`, `tel:` and the like do not.
        None => !href.contains(':') || href.starts_with('/'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(blur: u32, out: u32) -> Option<KioskIdle> {
        Some(KioskIdle {
            blur_s: Some(blur),
            sign_out_s: Some(out),
        })
    }

    #[test]
    fn blur_then_sign_out() {
        let l = limits(cfg(5, 10));
        assert_eq!(idle(0.0, l, 0), Idle::Active);
        assert_eq!(idle(4_999.0, l, 0), Idle::Active);
        assert_eq!(idle(5_000.0, l, 0), Idle::Blurred);
        assert_eq!(idle(9_999.0, l, 3), Idle::Blurred);
        assert_eq!(idle(10_000.0, l, 0), Idle::SignOut);
    }

    #[test]
    fn the_sign_out_waits_for_the_outbox() {
        let l = limits(cfg(5, 10));
        assert_eq!(idle(60_000.0, l, 2), Idle::Draining { unsent: 2 });
        assert_eq!(idle(60_000.0, l, 0), Idle::SignOut);
    }

    #[test]
    fn defaults_and_order() {
        assert_eq!(limits(None), (120_000.0, 600_000.0));
        // A sign-out set before the blur happens at the blur's time, not before it.
        assert_eq!(limits(cfg(30, 5)), (30_000.0, 30_000.0));
        let only_blur = Some(KioskIdle {
            blur_s: Some(700),
            sign_out_s: None,
        });
        assert_eq!(limits(only_blur), (700_000.0, 700_000.0));
    }

    #[test]
    fn links_stay_in_the_app() {
        let me = "https://desk.example";
        assert!(link_allowed("https://desk.example/conversations/4", me));
        assert!(link_allowed("/conversations/4", me));
        assert!(link_allowed("blob:https://desk.example/1f2e", me));
        assert!(link_allowed("#m12", me));
        assert!(!link_allowed("https://evil.example/", me));
        assert!(!link_allowed("http://desk.example.evil.example/", me));
        assert!(!link_allowed("mailto:ann@example.com", me));
        assert!(!link_allowed("javascript:alert(1)", me));
    }
}
