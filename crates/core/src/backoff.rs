//! How long the socket waits before its next attempt to reconnect.
//!
//! The wait doubles from [`Backoff::base_ms`] up to [`Backoff::cap_ms`], and only the upper
//! half of it is fixed ("equal jitter"): the lower half is drawn at random. The random
//! half spreads the reconnections of many agents after a server outage (all of them lost
//! the socket at the same moment; without it they would come back in lockstep, each
//! attempt a storm); the fixed half keeps a client that keeps failing from hammering the
//! server (a wait never shrinks below half of the doubled delay). The random number is
//! passed in, so the function is pure and a test can replay a crowd with a seeded
//! generator.

/// The doubling, capped delay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Backoff {
    /// The delay before the first retry (its random half included: the first retry comes
    /// between half of it and all of it).
    pub base_ms: u32,
    /// The longest wait, whatever the number of failed attempts.
    pub cap_ms: u32,
}

/// The socket's reconnection: a first retry within a second (a blip goes unnoticed), and
/// at most 30 s between attempts, which spreads a crowd's reconnections over 15 s to 30 s
/// after a long outage (see the tests).
pub const RECONNECT: Backoff = Backoff {
    base_ms: 1_000,
    cap_ms: 30_000,
};

impl Backoff {
    /// The wait before retry number `attempt` (0: the first retry after a drop), with
    /// `random` drawn uniformly from `[0, 1)` (a value outside is clamped).
    pub fn delay_ms(&self, attempt: u32, random: f64) -> u32 {
        let doubled = u64::from(self.base_ms) << attempt.min(32);
        let full = doubled.min(u64::from(self.cap_ms)) as f64;
        let half = full / 2.0;
        (half + half * random.clamp(0.0, 1.0)).min(full) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// SplitMix64: a seeded stand-in for `Math.random`.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> f64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^= z >> 31;
            (z >> 11) as f64 / (1u64 << 53) as f64
        }
    }

    /// When a client that lost the server at 0 ms gets back in, the server being back
    /// from `back_at` ms: its attempts fail until one comes at or after `back_at`.
    fn reconnected_at(b: Backoff, back_at: u64, rng: &mut Rng) -> u64 {
        let mut t = 0;
        let mut attempt = 0;
        loop {
            t += u64::from(b.delay_ms(attempt, rng.next()));
            if t >= back_at {
                return t;
            }
            attempt += 1;
        }
    }

    #[test]
    fn a_blip_is_retried_within_a_second() {
        for r in [0.0, 0.5, 0.999_999] {
            let d = RECONNECT.delay_ms(0, r);
            assert!((500..1_000).contains(&d), "{d}");
        }
    }

    #[test]
    fn the_delay_grows_and_never_exceeds_the_cap() {
        let mut rng = Rng(7);
        for attempt in 0..100 {
            let low = RECONNECT.delay_ms(attempt, 0.0);
            let d = RECONNECT.delay_ms(attempt, rng.next());
            assert!(d <= RECONNECT.cap_ms, "attempt {attempt}: {d}");
            assert!(d >= low, "attempt {attempt}: {d} < {low}");
            if attempt > 0 {
                assert!(low >= RECONNECT.delay_ms(attempt - 1, 0.0), "grows");
            }
        }
        assert_eq!(RECONNECT.delay_ms(40, 0.0), RECONNECT.cap_ms / 2);
        assert_eq!(RECONNECT.delay_ms(u32::MAX, 1.0), RECONNECT.cap_ms);
    }

    /// 200 agents lose the server at the same moment; it is back a minute later. Their
    /// reconnections spread over at least 20 s, and no second of it takes more than a
    /// tenth of them.
    #[test]
    fn two_hundred_clients_come_back_spread_out() {
        let mut rng = Rng(0x5EED);
        let mut times: Vec<u64> = (0..200)
            .map(|_| reconnected_at(RECONNECT, 60_000, &mut rng))
            .collect();
        times.sort_unstable();
        let spread = times[times.len() - 1] - times[0];
        assert!(spread >= 20_000, "spread over {spread} ms: {times:?}");
        let busiest = times
            .iter()
            .map(|&start| {
                times
                    .iter()
                    .filter(|&&t| t >= start && t < start + 1_000)
                    .count()
            })
            .max()
            .unwrap_or(0);
        assert!(busiest <= 20, "{busiest} reconnections within one second");
    }
}
