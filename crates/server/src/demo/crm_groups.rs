//! Demo HubSpot and Salesforce property groups.
//!
//! Invariant: the `email` and `phone` properties equal the contact's and are read-only;
//! the others are editable, with `original` equal to `value`.

use super::crm::Row;
use rusqlite::{params, Connection};

/// A HubSpot group on some contacts, Salesforce on others; email and phone read-only.
pub fn load(conn: &Connection, row: &Row, n: usize) -> rusqlite::Result<()> {
    let (system, url, props): (&str, String, [(&str, &str, &str); 3]) = if n % 4 == 1 {
        (
            "HubSpot",
            format!(
                "https://app.hubspot.com/contacts/4812345/record/0-1/{}",
                5_000 + row.contact
            ),
            [
                ("lifecyclestage", "Lifecycle stage", "lead"),
                ("hs_lead_status", "Lead status", "IN_PROGRESS"),
                ("company", "Company", "Nova Retail"),
            ],
        )
    } else {
        (
            "Salesforce",
            format!(
                "https://switchboard-demo.lightning.force.com/lightning/r/Contact/003{:012}/view",
                row.contact
            ),
            [
                ("LeadSource", "Lead source", "Web"),
                ("Rating", "Rating", "Warm"),
                ("Title", "Title", "Purchasing manager"),
            ],
        )
    };
    let fixed = [
        (
            "email",
            "Email",
            row.email.clone().unwrap_or_default(),
            false,
        ),
        (
            "phone",
            "Phone",
            row.phone.clone().unwrap_or_default(),
            false,
        ),
    ];
    let all = fixed
        .into_iter()
        .chain(props.iter().map(|(k, l, v)| (*k, *l, v.to_string(), true)));
    for (pos, (key, label, value, editable)) in all.enumerate() {
        conn.execute(
            "INSERT INTO crm_properties (contact_id, system, key, label, value, original, \
             editable, record_url, position) VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?7, ?8)",
            params![
                row.contact,
                system,
                key,
                label,
                value,
                editable,
                url,
                pos as i64
            ],
        )?;
    }
    Ok(())
}
