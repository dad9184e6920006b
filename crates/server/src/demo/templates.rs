//! Demo canned replies (five languages, some with files) and approved WhatsApp and Viber
//! templates with numbered parameters.

use super::files;
use crate::db::uploads::put;
use rusqlite::{params, Connection};

/// `(name, language, text, channels, approved, params)`.
const TEMPLATES: [(&str, &str, &str, &str, bool, &str); 10] = [
    ("Greeting", "en", "Hi {{contact.first_name}}, this is {{agent.name}} from {{company.name}}. How can I help?", "[]", false, "[]"),
    ("Приветствие", "ru", "Здравствуйте, {{contact.first_name}}! Меня зовут {{agent.name}}, {{company.name}}. Чем помочь?", "[]", false, "[]"),
    ("Привітання", "uk", "Вітаю, {{contact.first_name}}! Мене звати {{agent.name}}, {{company.name}}. Чим допомогти?", "[]", false, "[]"),
    ("Salutation", "fr", "Bonjour {{contact.first_name}}, ici {{agent.name}} de {{company.name}}. Comment puis-je vous aider ?", "[]", false, "[]"),
    ("Saludo", "es", "Hola {{contact.first_name}}, soy {{agent.name}} de {{company.name}}. ¿En qué puedo ayudarle?", "[]", false, "[]"),
    ("Price list", "en", "Here is our current price list, {{contact.first_name}}.", "[]", false, "[]"),
    ("Deal follow-up", "en", "Your request is at the {{deal.stage}} stage, total {{deal.amount}}.", "[\"email\",\"webchat\",\"telegram\"]", false, "[]"),
    ("order_update", "en", "Your order {{1}} has shipped and arrives on {{2}}.", "[\"whatsapp\",\"viber\"]", true, "[\"order number\",\"delivery date\"]"),
    ("follow_up", "en", "Hello {{contact.first_name}}, we have news about your request. Reply to this message to continue.", "[\"whatsapp\",\"viber\"]", true, "[]"),
    ("payment_reminder", "en", "A reminder: invoice {{1}} is due on {{2}}.", "[\"whatsapp\"]", true, "[\"invoice number\",\"due date\"]"),
];

/// Stores the demo templates and their files.
pub fn seed(conn: &Connection) -> rusqlite::Result<()> {
    let pdf = put(conn, "price-list.pdf", &files::pdf("Price list 2026"))?;
    let txt = put(
        conn,
        "price-list.txt",
        b"Widget S 19.90 EUR\nWidget M 29.90 EUR\nWidget L 39.90 EUR\n",
    )?;
    for (name, language, text, channels, approved, p) in TEMPLATES {
        let files = if name == "Price list" {
            format!("[{},{}]", pdf.0, txt.0)
        } else {
            "[]".into()
        };
        conn.execute(
            "INSERT INTO templates (name, text, attachments, channels, approved, params, language) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![name, text, files, channels, approved, p, language],
        )?;
    }
    Ok(())
}
