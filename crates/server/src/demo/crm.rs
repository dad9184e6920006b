//! Demo contact details: ad attribution, messenger ids, channels with their messaging
//! windows, sales, responsible managers, six custom fields (one of each kind) with values,
//! HubSpot and Salesforce property groups, and notes. Runs after the conversations exist.
//!
//! Invariants: CRM `email` and `phone` properties equal the contact's and are read-only;
//! every custom value matches its definition (checked by `db::crm::check_value` in a test).

use super::rng::Rng;
use rusqlite::{params, Connection};
use switchboard_protocol::{Agent, Channel, ContactChannel, FieldKind, FieldValue, MessengerId};

const DAY: i64 = 24 * 3600 * 1000;

/// The custom field definitions (one per kind).
pub fn fields() -> Vec<(&'static str, FieldKind)> {
    vec![
        ("Company", FieldKind::Text),
        ("Budget", FieldKind::Number),
        ("Birthday", FieldKind::Date),
        (
            "Preferred contact time",
            FieldKind::List {
                options: vec!["Morning".into(), "Afternoon".into(), "Evening".into()],
            },
        ),
        ("Newsletter consent", FieldKind::Checkbox),
        ("Website", FieldKind::Link),
    ]
}

const COMPANIES: [&str; 6] = [
    "Nova Retail",
    "Blue Fjord Trading",
    "Atelier Lumière",
    "Kyiv Coffee Lab",
    "Sierra Outdoor",
    "Hanse Logistik",
];
const CAMPAIGNS: [(&str, &str, &str, &str); 3] = [
    (
        "Meta",
        "Spring sale 2026",
        "Women 25-40, lookalike",
        "Carousel: new collection",
    ),
    (
        "Meta",
        "Retargeting: cart",
        "Cart abandoners 30d",
        "Video: free shipping",
    ),
    (
        "Google",
        "Search: brand",
        "Exact match",
        "Text ad: official store",
    ),
];
const NOTES: [&str; 5] = [
    "Prefers to be contacted after 6 pm.",
    "Asked for an invoice with VAT number for every order.",
    "Interested in the wholesale price list; follow up next month.",
    "Had a delivery issue in March, handle with care.",
    "Speaks English and Ukrainian; replies fastest on Telegram.",
];

pub(super) struct Row {
    pub(super) contact: i64,
    pub(super) phone: Option<String>,
    pub(super) email: Option<String>,
    handle: Option<String>,
    source: Option<String>,
    channel: Channel,
    last_activity: i64,
    currency: Option<String>,
}

fn rows(conn: &Connection) -> rusqlite::Result<Vec<Row>> {
    let mut stmt = conn.prepare(
        "SELECT k.id, k.phone, k.email, k.handle, k.source, c.channel, c.last_activity_at, \
         json_extract(c.deal, '$.currency') FROM contacts k \
         JOIN conversations c ON c.contact_id = k.id ORDER BY k.id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Row {
            contact: r.get(0)?,
            phone: r.get(1)?,
            email: r.get(2)?,
            handle: r.get(3)?,
            source: r.get(4)?,
            channel: Channel::parse(&r.get::<_, String>(5)?),
            last_activity: r.get(6)?,
            currency: r.get(7)?,
        })
    })?;
    rows.collect()
}

/// The channel the contact writes on, addressed, with the 24-hour window of messengers.
fn channel_of(row: &Row) -> Option<ContactChannel> {
    let address = match row.channel {
        Channel::Email => row.email.clone(),
        Channel::Whatsapp | Channel::Viber => row.phone.clone(),
        Channel::Telegram | Channel::Instagram => row.handle.clone(),
        _ => None,
    }?;
    let window =
        (row.channel != Channel::Email).then(|| crate::db::rows::time(row.last_activity + DAY));
    Some(ContactChannel {
        channel: row.channel,
        address,
        window_closes_at: window,
    })
}

/// Loads the demo contact details.
pub fn load(conn: &Connection, rng: &mut Rng, agents: &[Agent], now: i64) -> rusqlite::Result<()> {
    let mut field_ids = Vec::new();
    for (name, kind) in fields() {
        conn.execute(
            "INSERT INTO custom_fields (name, kind) VALUES (?1, ?2)",
            params![name, serde_json::to_string(&kind).unwrap_or_default()],
        )?;
        field_ids.push(conn.last_insert_rowid());
    }
    for (n, row) in rows(conn)?.iter().enumerate() {
        let ad = (row.source.as_deref() == Some("Instagram ads") || rng.chance(25))
            .then(|| rng.pick(&CAMPAIGNS));
        let mut messenger = Vec::new();
        if row.channel == Channel::Telegram {
            let id = 100_000_000 + rng.below(900_000_000);
            messenger.push(MessengerId {
                channel: Channel::Telegram,
                id: id.to_string(),
            });
        }
        let sales = rng.below(6);
        let channels: Vec<ContactChannel> = channel_of(row).into_iter().collect();
        let source = match n % 5 {
            0 => Some("Referral"),
            _ => None,
        };
        conn.execute(
            "UPDATE contacts SET platform = ?2, campaign = ?3, ad_set = ?4, ad = ?5, \
             external_id = ?6, sales_total_minor = ?7, sales_currency = ?8, sales_count = ?9, \
             responsible_id = ?10, messenger_ids = ?11, channels = ?12, \
             source = COALESCE(?13, source) WHERE id = ?1",
            params![
                row.contact,
                ad.map(|a| a.0),
                ad.map(|a| a.1),
                ad.map(|a| a.2),
                ad.map(|a| a.3),
                format!("CUS-{}", 10_200 + row.contact),
                sales as i64 * (2_500 + rng.below(20_000) as i64) * 100,
                (sales > 0).then(|| row.currency.clone().unwrap_or_else(|| "EUR".into())),
                sales as i64,
                rng.chance(60).then(|| rng.pick(agents).id.0),
                serde_json::to_string(&messenger).unwrap_or_default(),
                serde_json::to_string(&channels).unwrap_or_default(),
                source.filter(|_| ad.is_none()),
            ],
        )?;
        custom_values(conn, rng, row.contact, &field_ids)?;
        if n % 4 == 1 || n % 5 == 2 {
            super::crm_groups::load(conn, row, n)?;
        }
        if rng.chance(40) {
            for k in 0..1 + rng.below(2) {
                let a = rng.pick(agents);
                conn.execute(
                    "INSERT INTO contact_notes (contact_id, author_id, author_name, text, created_at) \
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![row.contact, a.id.0, a.name, rng.pick(&NOTES), now - (k as i64 + 1) * (1 + rng.below(20) as i64) * DAY],
                )?;
            }
        }
    }
    Ok(())
}

fn custom_values(
    conn: &Connection,
    rng: &mut Rng,
    contact: i64,
    ids: &[i64],
) -> rusqlite::Result<()> {
    let times = ["Morning", "Afternoon", "Evening"];
    for (i, id) in ids.iter().enumerate() {
        if !rng.chance(55) {
            continue;
        }
        let company = rng.pick(&COMPANIES);
        let value = match i {
            0 => FieldValue::Text(company.to_string()),
            1 => FieldValue::Number(format!(
                "{}.{:02}",
                100 * (1 + rng.below(90)),
                rng.below(100)
            )),
            2 => FieldValue::Date(
                chrono::NaiveDate::from_ymd_opt(
                    1970 + rng.below(35) as i32,
                    1 + rng.below(12) as u32,
                    1 + rng.below(28) as u32,
                )
                .unwrap_or_default(),
            ),
            3 => FieldValue::List(rng.pick(&times).to_string()),
            4 => FieldValue::Checkbox(rng.chance(60)),
            _ => FieldValue::Link(format!(
                "https://{}.example",
                company.to_lowercase().replace(' ', "-")
            )),
        };
        conn.execute(
            "INSERT INTO contact_custom_values (contact_id, field_id, value) VALUES (?1, ?2, ?3)",
            params![
                contact,
                id,
                serde_json::to_string(&value).unwrap_or_default()
            ],
        )?;
    }
    Ok(())
}
