//! `inbound_burst`: the reference server under a burst of customer messages (issue 17),
//! without a browser.
//!
//! ```sh
//! cargo run -p switchboard-server --release --example inbound_burst
//! cargo run -p switchboard-server --release --example inbound_burst -- --rounds 9 --count 1000
//! ```
//!
//! What it does, as the peers harness's S9 scenario does it (`impls/switchboard/adapter.mjs`):
//! a database with the demo data plus `--conversations` bulk conversations (10,000 by
//! default, the harness's dataset size) is made once; each round starts the real server
//! ([`switchboard_server::start`]) on a fresh copy of it, signs in, loads the first list
//! page as the app does, connects a socket (so the fan-out is part of the figure), and sends
//! `--count` `POST /api/v1/inbound` requests to random conversations, `--in-flight` at a time
//! over keep-alive connections; the round ends when the socket has received every event
//! (two per message). The server runs on a multi-threaded runtime of its own (one worker per
//! core, as the binary); the client on a single thread beside it.
//!
//! Besides the burst, where the time goes: one round without a socket (the fan-out's
//! share), the HTTP floor (`GET /health` at the same concurrency: axum, hyper, loopback),
//! and, in process on one thread with no HTTP, the three pieces of a request: the token
//! lookup, the inbound transaction, and the event frames as a socket is sent them.
//!
//! The figures are in `docs/benchmarks.md`, "Inbound burst (reference server)". A target
//! lives there, not in a timed test.

mod client;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use switchboard_protocol::{ConversationId, Permissions, SignInResponse};
use switchboard_server::{auth, db, events, ws, Config};

/// The command line.
struct Options {
    /// Bulk demo conversations besides the 72 regular ones.
    conversations: usize,
    /// Messages per burst.
    count: usize,
    /// Requests in flight.
    in_flight: usize,
    /// Rounds with a socket.
    rounds: usize,
}

fn options() -> Options {
    let mut o = Options {
        conversations: 10_000,
        count: 1_000,
        in_flight: 4,
        rounds: 5,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    for pair in args.chunks(2) {
        let value = || -> usize {
            pair.get(1)
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| panic!("{} needs a number", pair[0]))
        };
        match pair[0].as_str() {
            "--conversations" => o.conversations = value(),
            "--count" => o.count = value().max(1),
            "--in-flight" => o.in_flight = value().max(1),
            "--rounds" => o.rounds = value().max(1),
            other => {
                panic!("unknown option {other} (--conversations, --count, --in-flight, --rounds)")
            }
        }
    }
    o
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// A server configuration on `data`: demo sign-in allowed, no simulator.
fn config(data: &Path, bulk: usize) -> Config {
    let mut config = Config::new(data.to_path_buf(), data.join("no-such-dist"));
    config.demo = true;
    config.demo_bulk = bulk;
    config
}

/// Copies the pristine database into a fresh directory (what the harness does per sample).
fn fresh_copy(pristine: &Path, root: &Path, name: &str) -> PathBuf {
    let dir = root.join(name);
    std::fs::create_dir_all(&dir).expect("round directory");
    std::fs::copy(
        pristine.join("switchboard.sqlite3"),
        dir.join("switchboard.sqlite3"),
    )
    .expect("database copies");
    dir
}

/// The conversations a customer can write in (not a blocked contact's), in id order.
fn targets(data: &Path) -> Vec<i64> {
    let conn = db::open(&data.join("switchboard.sqlite3")).expect("database opens");
    let mut stmt = conn
        .prepare(
            "SELECT c.id FROM conversations c JOIN contacts k ON k.id = c.contact_id \
             WHERE k.blocked = 0 ORDER BY c.id",
        )
        .expect("query prepares");
    let ids = stmt.query_map([], |r| r.get(0)).expect("query runs");
    ids.collect::<rusqlite::Result<_>>().expect("ids read")
}

/// What one round measured.
struct Round {
    burst: client::Run,
    fanout: Option<client::Fanout>,
    health: Option<client::Run>,
}

/// One round against a server at `addr`: sign in, first list page, socket (if `socket`),
/// the HTTP floor (if `floor`), the burst.
async fn round(
    addr: std::net::SocketAddr,
    picks: &[i64],
    o: &Options,
    socket: bool,
    floor: bool,
) -> Round {
    let base = format!("http://{addr}/api/v1");
    let http = reqwest::Client::new();
    let session: SignInResponse = http
        .post(format!("{base}/session/demo"))
        .send()
        .await
        .expect("sign-in goes through")
        .json()
        .await
        .expect("sign-in answer decodes");
    let token = session.token;
    let list = http
        .get(format!("{base}/conversations?limit=50"))
        .bearer_auth(&token)
        .send()
        .await
        .expect("list goes through");
    assert!(list.status().is_success(), "the first list page loads");
    let mut heard = if socket {
        Some(client::socket(addr, &token).await)
    } else {
        None
    };
    let health = if floor {
        let url = format!("{base}/health");
        Some(client::run(o.count, o.in_flight, 200, |_| http.get(&url)).await)
    } else {
        None
    };
    let url = format!("{base}/inbound");
    let burst = client::run(o.count, o.in_flight, 201, |i| {
        let body = serde_json::json!({
            "conversation_id": picks[i],
            "text": format!("#{} Hello! Is my order on its way yet? It was due today.", i + 1),
        });
        http.post(&url).bearer_auth(&token).json(&body)
    })
    .await;
    let fanout = match heard.as_mut() {
        Some(rx) => Some(client::collect(rx, 2 * o.count, Duration::from_secs(30)).await),
        None => None,
    };
    Round {
        burst,
        fanout,
        health,
    }
}

/// Runs a round on a fresh copy of the database, with the server started and stopped.
fn run_round(
    server_rt: &tokio::runtime::Runtime,
    client_rt: &tokio::runtime::Runtime,
    data: &Path,
    picks: &[i64],
    o: &Options,
    socket: bool,
    floor: bool,
) -> Round {
    let running = server_rt
        .block_on(switchboard_server::start(&config(data, 0)))
        .expect("server starts");
    let addr = running.addr;
    let r = client_rt.block_on(round(addr, picks, o, socket, floor));
    server_rt.block_on(running.stop()).expect("server stops");
    r
}

/// The pieces of a request in process, on one thread, with no HTTP and no socket.
fn in_process(data: &Path, picks: &[i64], count: usize) {
    let mut conn = db::open(&data.join("switchboard.sqlite3")).expect("database opens");
    let agent = auth::demo_agent(&conn)
        .expect("agent query")
        .expect("a demo agent");
    let perms = Permissions::of(agent.role);
    let token = auth::sign_in(&conn, agent).expect("session opens").token;
    let t = Instant::now();
    for _ in 0..count {
        auth::agent_for_token(&conn, &token)
            .expect("lookup")
            .expect("known token");
    }
    println!(
        "  token lookup (auth::agent_for_token) x{count}: {}",
        ms(t.elapsed())
    );
    let hub = events::hub();
    let head = events::head(&conn).expect("head");
    let t = Instant::now();
    for (i, id) in picks.iter().take(count).enumerate() {
        let text = format!(
            "#{} Hello! Is my order on its way yet? It was due today.",
            i + 1
        );
        db::inbound::inbound(&mut conn, &hub, ConversationId(*id), &text).expect("inbound");
    }
    println!(
        "  inbound transaction (db::inbound::inbound) x{count}: {}",
        ms(t.elapsed())
    );
    let published = events::replay(&conn, head)
        .expect("replay")
        .expect("events retained");
    let n = published.len();
    let t = Instant::now();
    for p in &published {
        ws::project(p, perms, None);
    }
    println!(
        "  event frames as a socket gets them (ws::project) x{n}: {}",
        ms(t.elapsed())
    );
}

fn main() {
    let o = options();
    let root = tempfile::tempdir().expect("temp dir");
    let server_rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("server runtime");
    let client_rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("client runtime");

    // The pristine database: demo data and the bulk conversations, made once.
    let pristine = root.path().join("pristine");
    let t = Instant::now();
    let running = server_rt
        .block_on(switchboard_server::start(&config(
            &pristine,
            o.conversations,
        )))
        .expect("server starts");
    server_rt.block_on(running.stop()).expect("server stops");
    let loaded = t.elapsed();
    // Fold the WAL into the file so a copy of the file is the whole database.
    db::open(&pristine.join("switchboard.sqlite3"))
        .and_then(|c| c.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)"))
        .expect("checkpoint");
    let ids = targets(&pristine);
    let mut rng = switchboard_server::demo::rng::Rng::new(9);
    let picks: Vec<i64> = (0..o.count).map(|_| ids[rng.below(ids.len())]).collect();
    println!(
        "inbound burst: {} x POST /api/v1/inbound, {} in flight, random targets among {} \
         conversations (demo + {} bulk); data made in {}",
        o.count,
        o.in_flight,
        ids.len(),
        o.conversations,
        ms(loaded)
    );

    let mut walls = Vec::new();
    for r in 1..=o.rounds {
        let data = fresh_copy(&pristine, root.path(), &format!("round-{r}"));
        let got = run_round(&server_rt, &client_rt, &data, &picks, &o, true, false);
        let fan = got.fanout.as_ref().expect("a socket round");
        let drain = match fan.last {
            Some(last) => format!(
                "last event {} after the last answer",
                ms(last.saturating_duration_since(got.burst.ended))
            ),
            None => "NOT ALL EVENTS ARRIVED".to_owned(),
        };
        println!(
            "round {r}: burst {} (rtt p50 {}, p99 {}); socket: {}/{} events, {drain}, {} resyncs",
            ms(got.burst.wall),
            ms(got.burst.rtt(0.5)),
            ms(got.burst.rtt(0.99)),
            fan.events,
            2 * o.count,
            fan.resyncs
        );
        walls.push(got.burst.wall);
    }
    let with_socket = median(walls);

    let data = fresh_copy(&pristine, root.path(), "no-socket");
    let got = run_round(&server_rt, &client_rt, &data, &picks, &o, false, true);
    let health = got.health.expect("a floor round");
    println!(
        "burst, median of {} rounds with a socket: {}",
        o.rounds,
        ms(with_socket)
    );
    println!(
        "burst without a socket: {} (so the fan-out to one socket adds about {})",
        ms(got.burst.wall),
        ms(with_socket.saturating_sub(got.burst.wall))
    );
    println!(
        "HTTP floor, {} x GET /api/v1/health, {} in flight: {} (rtt p50 {})",
        o.count,
        o.in_flight,
        ms(health.wall),
        ms(health.rtt(0.5))
    );
    println!("in process, one thread, no HTTP:");
    let data = fresh_copy(&pristine, root.path(), "in-process");
    in_process(&data, &picks, o.count);
}
