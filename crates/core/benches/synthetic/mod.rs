//! 10,000 made-up but realistic conversation summaries for the list benchmark: contact
//! names in several scripts, every channel and status, five agents and no one, three
//! teams, tags, unread counts, previews, activity over six months. Deterministic (a fixed
//! SplitMix64 seed) and built from JSON like the test fixtures, so fields the protocol adds
//! later (all optional) need no change here.

use chrono::{DateTime, TimeZone, Utc};
use serde_json::json;
use switchboard_protocol::{ConversationSummary, Event};

/// "Now" of the data set: fixed, so every run sees the same rows.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap()
}

/// SplitMix64, as the server's demo generator.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const GIVEN: [&str; 24] = [
    "Anna",
    "Emily",
    "James",
    "Olivia",
    "Daniel",
    "Sophie",
    "Lukas",
    "Lena",
    "Camille",
    "Julien",
    "Léa",
    "Lucía",
    "Javier",
    "Carmen",
    "Ольга",
    "Игорь",
    "Анна",
    "Дмитрий",
    "Оксана",
    "Тарас",
    "Ірина",
    "Hannah",
    "Annika",
    "Joanna",
];
const FAMILY: [&str; 20] = [
    "Carter",
    "Wilson",
    "Brown",
    "Hughes",
    "Schmidt",
    "Müller",
    "Fischer",
    "Martin",
    "Bernard",
    "Dubois",
    "García",
    "Fernández",
    "López",
    "Смирнова",
    "Васильев",
    "Кузнецова",
    "Мельник",
    "Шевчук",
    "Bondarenko",
    "Annan",
];
const CHANNELS: [&str; 7] = [
    "telegram",
    "whatsapp",
    "viber",
    "instagram",
    "facebook",
    "webchat",
    "email",
];
const TAGS: [&str; 10] = [
    "delivery",
    "refund",
    "lead",
    "complaint",
    "invoice",
    "account",
    "booking",
    "wholesale",
    "vip",
    "returning",
];
const PREVIEWS: [&str; 12] = [
    "Hi, my order #UK-55812 was supposed to arrive today but the tracking hasn't moved.",
    "Any update on my order?",
    "Can I change the delivery address?",
    "Thank you. A new jug is on its way and you don't need to return the broken one.",
    "Здравствуйте! Заказ №48213 должен был прийти вчера.",
    "Дякую! Рахунок надіслали на пошту, він дійсний 5 банківських днів.",
    "Bonjour, je n'ai toujours pas reçu mon remboursement.",
    "¿Tienen la talla 38 en azul?",
    "Hallo, die Rechnung stimmt nicht mit der Bestellung überein.",
    "Hello, what's the price for 25 seats on the Pro plan?",
    "I can't log in: the password reset email never arrives.",
    "Could you send the price list for wholesale orders?",
];
const AGENTS: [(i64, &str); 5] = [
    (1, "Alex Morgan"),
    (2, "Marta Kovalenko"),
    (3, "Dmitri Sokolov"),
    (4, "Claire Lefèvre"),
    (5, "Lucía Romero"),
];

/// The `id`-th conversation of the set (ids from 1).
pub fn conversation(rng: &mut Rng, id: i64) -> ConversationSummary {
    const MINUTE: i64 = 60_000;
    let status = match rng.below(10) {
        0..=3 => "open",
        4..=6 => "in_progress",
        7..=8 => "closed",
        _ => "snoozed",
    };
    let assignee = match rng.below(4) {
        0 => None,
        _ => Some(rng.pick(&AGENTS).0),
    };
    let customer_last = status != "closed" && rng.below(100) < 55;
    let unread = if customer_last { rng.below(4) } else { 0 };
    let mut tags = vec![*rng.pick(&TAGS)];
    if rng.below(5) == 0 {
        tags.push(*rng.pick(&TAGS));
        tags.dedup();
    }
    let last =
        now().timestamp_millis() - 2 * 60 * MINUTE - rng.below(182 * 24 * 60) as i64 * MINUTE;
    let since = last - rng.below(3 * 24 * 60) as i64 * MINUTE;
    let author = if customer_last {
        json!({ "kind": "contact" })
    } else {
        let (agent, name) = AGENTS[rng.below(AGENTS.len())];
        json!({ "kind": "agent", "id": agent, "name": name })
    };
    let time = |ms: i64| DateTime::from_timestamp_millis(ms).unwrap();
    let operators: Vec<i64> = match rng.below(7) {
        0 => vec![rng.pick(&AGENTS).0],
        _ => Vec::new(),
    };
    let team = match rng.below(4) {
        0 => None,
        t => Some(t),
    };
    serde_json::from_value(json!({
        "id": id,
        "contact": {
            "id": id,
            "name": format!("{} {}", rng.pick(&GIVEN), rng.pick(&FAMILY)),
        },
        "channel": rng.pick(&CHANNELS),
        "status": status,
        "assignee": assignee,
        "tags": tags,
        "unread_count": unread,
        "unanswered": customer_last,
        "last_message": {
            "id": id * 3,
            "author": author,
            "visibility": "public",
            "text": rng.pick(&PREVIEWS),
            "created_at": time(last),
            "status": { "state": if customer_last { "delivered" } else { "read" } },
        },
        "last_activity_at": time(last),
        "snoozed_until": (status == "snoozed").then(|| time(now().timestamp_millis() + 3_600_000)),
        "team": team,
        "operators": operators,
        "status_since": time(since),
    }))
    .expect("a valid summary")
}

/// `n` conversations, ids 1 to `n`.
pub fn conversations(n: usize) -> Vec<ConversationSummary> {
    let mut rng = Rng::new(0x5_817C_4B0A);
    (1..=n as i64)
        .map(|id| conversation(&mut rng, id))
        .collect()
}

/// The `k`-th live update of conversation `id`: a new customer message, so it moves to the
/// top of the newest-first list (and its unread count grows).
pub fn live_update(base: &ConversationSummary, k: i64) -> Event {
    let mut c = base.clone();
    let at = now() + chrono::Duration::milliseconds(k + 1);
    c.last_activity_at = at;
    c.unread_count += 1;
    c.unanswered = true;
    if let Some(m) = c.last_message.as_mut() {
        m.created_at = at;
        m.author = switchboard_protocol::Author::Contact;
        m.text = "Any update on my order?".into();
    }
    Event::ConversationUpdated { conversation: c }
}
