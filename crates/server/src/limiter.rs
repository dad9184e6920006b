//! Slows password guessing: failed sign-ins are counted per email and per client address
//! over a sliding window, in memory (a restart forgets them). At the limit, sign-in is
//! refused with 429 and `Retry-After` (the seconds until the oldest failure leaves the
//! window) before any password is checked. A success clears its email's failures (not its
//! address's).
//!
//! Kiosk desks use the same tables: a wrong device code counts against its address only
//! ([`Limiter::retry_after_address`], [`Limiter::fail_address`]); a wrong PIN counts against
//! the agent at that desk, in a table of its own (so no email typed into the sign-in form
//! can count against a desk's agent), [`PER_EMAIL`] within [`WINDOW`].

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failures counted per email before it is slowed.
pub const PER_EMAIL: usize = 5;
/// Failures counted per client address before it is slowed.
pub const PER_ADDRESS: usize = 20;
/// How long a failure counts.
pub const WINDOW: Duration = Duration::from_secs(15 * 60);
/// Above this many keys, a table drops every key without a failure in the window.
const PRUNE_ABOVE: usize = 10_000;

/// Failure times per key, oldest first.
struct Table<K> {
    limit: usize,
    keys: HashMap<K, VecDeque<Instant>>,
}

impl<K: Eq + Hash + Clone> Table<K> {
    fn new(limit: usize) -> Self {
        Self {
            limit,
            keys: HashMap::new(),
        }
    }

    fn expire(list: &mut VecDeque<Instant>, now: Instant, window: Duration) {
        while list
            .front()
            .is_some_and(|t| now.duration_since(*t) >= window)
        {
            list.pop_front();
        }
    }

    /// How long `key` must wait, if it is at its limit.
    fn wait(&mut self, key: &K, now: Instant, window: Duration) -> Option<Duration> {
        let list = self.keys.get_mut(key)?;
        Self::expire(list, now, window);
        if list.len() < self.limit {
            return None;
        }
        let oldest = *list.front()?;
        Some(window.saturating_sub(now.duration_since(oldest)))
    }

    fn fail(&mut self, key: K, now: Instant, window: Duration) {
        if self.keys.len() > PRUNE_ABOVE {
            self.keys.retain(|_, list| {
                Self::expire(list, now, window);
                !list.is_empty()
            });
        }
        let list = self.keys.entry(key).or_default();
        Self::expire(list, now, window);
        list.push_back(now);
        // Only the newest `limit` failures matter.
        while list.len() > self.limit {
            list.pop_front();
        }
    }
}

/// The tables (emails, addresses, agents at desks), behind one lock.
pub struct Limiter {
    window: Duration,
    tables: Mutex<(Table<String>, Table<IpAddr>)>,
    /// Wrong PINs per `(device id, agent id)`.
    pins: Mutex<Table<(i64, i64)>>,
}

impl Default for Limiter {
    fn default() -> Self {
        Self::new(PER_EMAIL, PER_ADDRESS, WINDOW)
    }
}

/// The key of an email: trimmed, lower case.
fn email_key(email: &str) -> String {
    email.trim().to_lowercase()
}

/// A wait in whole seconds, at least 1.
fn seconds(wait: Duration) -> u64 {
    wait.as_secs_f64().ceil().max(1.0) as u64
}

impl Limiter {
    /// A limiter with its own numbers (tests).
    pub fn new(per_email: usize, per_address: usize, window: Duration) -> Self {
        Self {
            window,
            tables: Mutex::new((Table::new(per_email), Table::new(per_address))),
            pins: Mutex::new(Table::new(per_email)),
        }
    }

    /// Whole seconds to wait (at least 1) when this address is at its limit.
    pub fn retry_after_address(&self, addr: Option<IpAddr>) -> Option<u64> {
        let now = Instant::now();
        let mut t = self.tables.lock().unwrap_or_else(|p| p.into_inner());
        let wait = t.1.wait(&addr?, now, self.window)?;
        Some(seconds(wait))
    }

    /// Counts a failure (a wrong device code) against an address only.
    pub fn fail_address(&self, addr: Option<IpAddr>) {
        let now = Instant::now();
        let mut t = self.tables.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(a) = addr {
            t.1.fail(a, now, self.window);
        }
    }

    /// Whole seconds to wait (at least 1) when this agent is at its limit of wrong PINs at
    /// this desk (`key`: device id, agent id).
    pub fn retry_after_pin(&self, key: (i64, i64)) -> Option<u64> {
        let now = Instant::now();
        let mut t = self.pins.lock().unwrap_or_else(|p| p.into_inner());
        t.wait(&key, now, self.window).map(seconds)
    }

    /// Counts a wrong PIN for an agent at a desk.
    pub fn fail_pin(&self, key: (i64, i64)) {
        let now = Instant::now();
        let mut t = self.pins.lock().unwrap_or_else(|p| p.into_inner());
        t.fail(key, now, self.window);
    }

    /// Clears an agent's wrong PINs at a desk after a right one.
    pub fn succeed_pin(&self, key: (i64, i64)) {
        let mut t = self.pins.lock().unwrap_or_else(|p| p.into_inner());
        t.keys.remove(&key);
    }

    /// Whole seconds to wait (at least 1) when this email or address is at its limit.
    pub fn retry_after(&self, email: &str, addr: Option<IpAddr>) -> Option<u64> {
        let now = Instant::now();
        let mut t = self.tables.lock().unwrap_or_else(|p| p.into_inner());
        let by_email = t.0.wait(&email_key(email), now, self.window);
        let by_addr = addr.and_then(|a| t.1.wait(&a, now, self.window));
        let wait = by_email.into_iter().chain(by_addr).max()?;
        Some(seconds(wait))
    }

    /// Counts a failed sign-in.
    pub fn fail(&self, email: &str, addr: Option<IpAddr>) {
        let now = Instant::now();
        let mut t = self.tables.lock().unwrap_or_else(|p| p.into_inner());
        t.0.fail(email_key(email), now, self.window);
        if let Some(a) = addr {
            t.1.fail(a, now, self.window);
        }
    }

    /// Clears an email's failures after a successful sign-in.
    pub fn succeed(&self, email: &str) {
        let mut t = self.tables.lock().unwrap_or_else(|p| p.into_inner());
        t.0.keys.remove(&email_key(email));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_email_is_slowed_after_its_limit_and_freed_by_a_success() {
        let l = Limiter::new(3, 100, Duration::from_secs(60));
        let addr = Some(IpAddr::from([127, 0, 0, 1]));
        for _ in 0..3 {
            assert_eq!(l.retry_after("A@x.io", addr), None);
            l.fail("a@x.io ", addr);
        }
        let wait = l.retry_after("a@X.io", addr).unwrap();
        assert!((59..=60).contains(&wait), "{wait}");
        assert_eq!(l.retry_after("b@x.io", addr), None, "other emails go on");
        l.succeed("a@x.io");
        assert_eq!(l.retry_after("a@x.io", addr), None);
    }

    #[test]
    fn an_address_is_slowed_over_all_emails() {
        let l = Limiter::new(100, 4, Duration::from_secs(60));
        let addr = Some(IpAddr::from([10, 0, 0, 7]));
        for i in 0..4 {
            l.fail(&format!("u{i}@x.io"), addr);
        }
        assert!(l.retry_after("new@x.io", addr).is_some());
        assert!(l
            .retry_after("new@x.io", Some(IpAddr::from([10, 0, 0, 8])))
            .is_none());
        l.succeed("u0@x.io");
        assert!(l.retry_after("new@x.io", addr).is_some(), "still slowed");
    }

    #[test]
    fn pins_count_per_agent_at_a_desk_and_codes_per_address() {
        let l = Limiter::new(2, 3, Duration::from_secs(60));
        l.fail_pin((1, 7));
        assert_eq!(l.retry_after_pin((1, 7)), None);
        l.fail_pin((1, 7));
        assert!(l.retry_after_pin((1, 7)).is_some());
        assert_eq!(l.retry_after_pin((2, 7)), None, "another desk");
        assert_eq!(l.retry_after_pin((1, 8)), None, "another agent");
        assert_eq!(l.retry_after("1", None), None, "emails are apart");
        l.succeed_pin((1, 7));
        assert_eq!(l.retry_after_pin((1, 7)), None);
        let addr = Some(IpAddr::from([10, 0, 0, 9]));
        for _ in 0..3 {
            assert_eq!(l.retry_after_address(addr), None);
            l.fail_address(addr);
        }
        assert!(l.retry_after_address(addr).is_some());
        assert!(l.retry_after("x@y.z", addr).is_some(), "one address table");
        assert_eq!(l.retry_after_address(None), None);
    }

    #[test]
    fn failures_leave_the_window() {
        let l = Limiter::new(1, 1, Duration::from_millis(30));
        l.fail("a@x.io", None);
        assert!(l.retry_after("a@x.io", None).is_some());
        std::thread::sleep(Duration::from_millis(40));
        assert_eq!(l.retry_after("a@x.io", None), None);
    }
}
