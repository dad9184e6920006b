//! The chat list's core on 10,000 conversations: what a search keystroke, a filter or sort
//! change, the tab counts and one live event cost on the host. No timing is asserted:
//! the figures go to `docs/benchmarks.md` (`cargo bench -p switchboard-core --bench list`,
//! or `cargo xtask bench`, which also measures the browser).
//!
//! Std only: each case runs a few times to warm up, then `RUNS` times; the table gives the
//! median, the 95th percentile and the fastest run. Without `--bench` (as `cargo test
//! --benches` runs it) it does one quick run on a small set, only to prove it works.

mod synthetic;

use std::hint::black_box;
use std::time::{Duration, Instant};
use switchboard_core::list_view::{rows, tab_counts};
use switchboard_core::view::ViewContext;
use switchboard_core::{ConversationIndex, Inbox, ListWindow};
use switchboard_protocol::{
    AgentId, Channel, ConversationFilter, ConversationQuery, ConversationStatus, Sort,
};

const CONVERSATIONS: usize = 10_000;
const WARM_UP: usize = 5;
const RUNS: usize = 50;

/// One case's timings, sorted.
struct Timings(Vec<Duration>);

impl Timings {
    fn at(&self, share: f64) -> f64 {
        let i = ((self.0.len() - 1) as f64 * share).round() as usize;
        self.0[i].as_secs_f64() * 1e3
    }
}

/// Runs `f` `warm_up + runs` times and keeps the last `runs` timings.
fn time<R>(warm_up: usize, runs: usize, mut f: impl FnMut() -> R) -> Timings {
    for _ in 0..warm_up {
        black_box(f());
    }
    let mut v: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    v.sort();
    Timings(v)
}

struct Bench {
    warm_up: usize,
    runs: usize,
}

impl Bench {
    /// Times one case and prints its table row; `out` describes what one more (untimed)
    /// run produced (the row count).
    fn case<R>(&self, name: &str, out: impl Fn(&R) -> String, mut f: impl FnMut() -> R) {
        let t = time(self.warm_up, self.runs, &mut f);
        println!(
            "| {name} | {:.3} | {:.3} | {:.3} | {} |",
            t.at(0.5),
            t.at(0.95),
            t.at(0.0),
            out(&f())
        );
    }
}

fn query(q: &str, filter: ConversationFilter, sort: Sort) -> ConversationQuery {
    ConversationQuery {
        filter: ConversationFilter {
            q: q.into(),
            ..filter
        },
        sort,
        ..ConversationQuery::default()
    }
}

/// The row count a case produced.
#[expect(
    clippy::ptr_arg,
    reason = "passed where `Fn(&Vec<T>)` is expected: a slice parameter would not fit"
)]
fn len<T>(v: &Vec<T>) -> String {
    v.len().to_string()
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    // Without `--bench` (`cargo test --benches`): one quick run on a small set.
    let (n, warm_up, runs) = if full {
        (CONVERSATIONS, WARM_UP, RUNS)
    } else {
        (200, 0, 1)
    };
    let bench = Bench { warm_up, runs };
    let items = synthetic::conversations(n);
    let mut index = ConversationIndex::default();
    index.replace_all(items.clone());
    let ctx = ViewContext {
        me: AgentId(1),
        views: &[],
    };

    println!(
        "chat list core, {n} conversations, {} runs per case (after {} warm-up)",
        bench.runs, bench.warm_up
    );
    // Other work on the machine shows up in the figures: say how busy it was.
    if let Ok(load) = std::fs::read_to_string("/proc/loadavg") {
        let load: Vec<&str> = load.split_whitespace().take(3).collect();
        println!("load average before the run: {}", load.join(" "));
    }
    println!();
    println!("| case | median ms | p95 ms | min ms | rows |");
    println!("|---|---|---|---|---|");
    let plain = ConversationFilter::default();
    bench.case("sort only (newest)", len, || index.sorted(Sort::Newest));
    bench.case("rows: default view (newest)", len, || {
        rows(&index, &query("", plain.clone(), Sort::Newest), ctx)
    });
    // (a) A search, one keystroke at a time: each is a fresh `rows` over the whole index.
    // The summary lacks phone, email and message text, so rows the visible fields do not
    // match stay (the server decides): "rows" also says how many match here.
    for q in ["a", "an", "ann", "anna", "anna s"] {
        let hits = index
            .newest_first()
            .into_iter()
            .filter(|c| switchboard_core::search::matches(c, q))
            .count();
        let out = |v: &Vec<_>| format!("{} ({hits} match name, tag or preview)", v.len());
        bench.case(&format!("search keystroke q={q:?}"), out, || {
            rows(&index, &query(q, plain.clone(), Sort::Newest), ctx)
        });
    }
    // (b) A filter change (channels + status + unanswered), in every sort.
    let filter = ConversationFilter {
        channels: vec![Channel::Telegram, Channel::Whatsapp],
        status: vec![ConversationStatus::Open],
        unanswered: true,
        ..ConversationFilter::default()
    };
    for sort in Sort::ALL {
        bench.case(
            &format!("filter change, sort {}", sort.as_str()),
            len,
            || rows(&index, &query("", filter.clone(), sort), ctx),
        );
    }
    // (c) The status tabs' counts.
    let tabs = |c: &switchboard_core::list_view::TabCounts| format!("all {}", c.all);
    // The app's path: `ListWindow::rows` (filter first with the stored search text, then
    // sort the hits), as the list's memo runs it on each keystroke.
    for q in ["a", "an", "ann", "anna", "anna s"] {
        let w = ListWindow::new(
            &query(q, plain.clone(), Sort::Newest),
            AgentId(1),
            Vec::new(),
        );
        bench.case(
            &format!("window rows: search keystroke q={q:?}"),
            len,
            || w.rows(&index),
        );
    }
    let filtered = ConversationFilter {
        channels: vec![Channel::Telegram, Channel::Whatsapp],
        status: vec![ConversationStatus::Open],
        unanswered: true,
        ..ConversationFilter::default()
    };
    let w = ListWindow::new(&query("", filtered, Sort::Newest), AgentId(1), Vec::new());
    bench.case("window rows: filter change", len, || w.rows(&index));
    bench.case("tab_counts: default view", tabs, || {
        tab_counts(&index, &query("", plain.clone(), Sort::Newest), ctx)
    });
    bench.case("tab_counts: filtered view", tabs, || {
        tab_counts(&index, &query("", filter.clone(), Sort::Newest), ctx)
    });
    // (d) One live `conversation_updated` (a customer writes into an old conversation),
    // applied to an inbox of n conversations, then the rows recomputed as the app does.
    let mut inbox = Inbox::default();
    inbox.conversations.replace_all(items.clone());
    let target = &items[n / 2];
    let mut k = 0;
    let mut next_event = || {
        k += 1;
        synthetic::live_update(target, k)
    };
    bench.case(
        "live event: apply only",
        |_| "-".into(),
        || {
            let e = next_event();
            inbox.apply(&e);
        },
    );
    let default = query("", plain.clone(), Sort::Newest);
    bench.case("live event: apply + rows", len, || {
        let e = next_event();
        inbox.apply(&e);
        rows(&inbox.conversations, &default, ctx)
    });
}
