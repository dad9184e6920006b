//! Demo messages of every kind, appended to a few of the generated conversations: media
//! (pictures, a voice note, a PDF, a sticker, a location, a contact card, a reply, a
//! template) on WhatsApp; an email thread (with an HTML body holding a `<script>` the app
//! must neutralise, and a quoted thread); foreign-language messages with stored English
//! translations and a note with a mention on Telegram; a closed messaging window on Viber;
//! a contact the simulated network refuses.
//! Messages are appended with [`super::append`], so ids still grow with time.

use super::append::{text, thread, Extra};
use super::files;
use rusqlite::{params, Connection};
use switchboard_protocol::{Agent, Author, Content, Visibility};

/// WhatsApp (n = 8), email (n = 12), Telegram in French (n = 14), Viber (n = 9), and the
/// email contact whose messages fail (n = 5): conversation ids of a fresh database.
const MEDIA: i64 = 9;
const EMAIL: i64 = 13;
const FOREIGN: i64 = 15;
const CLOSED_WINDOW: i64 = 10;
const FAILING: i64 = 6;

/// Appends the showcase messages.
pub fn build(conn: &Connection, agents: &[Agent], now: i64) -> rusqlite::Result<()> {
    let me = Author::Agent {
        id: agents[0].id,
        name: agents[0].name.clone(),
    };
    let (c, p, n) = (Author::Contact, Visibility::Public, Visibility::Internal);
    let mut t = thread(conn, MEDIA, 11, now)?;
    t.add(
        c.clone(),
        p,
        text("Here are photos of the damaged box"),
        Extra {
            files: vec![
                ("box-front.png", files::png(4, 3, [200, 80, 60])),
                ("box-side.png", files::png(3, 4, [60, 120, 200])),
            ],
            ..Extra::default()
        },
    )?;
    t.add(
        c.clone(),
        p,
        text(""),
        Extra {
            files: vec![("voice-note.webm", files::voice())],
            ..Extra::default()
        },
    )?;
    t.add(
        me.clone(),
        p,
        text("Sorry about that! Could you confirm the delivery address?"),
        Extra {
            reply: true,
            ..Extra::default()
        },
    )?;
    t.add(
        c.clone(),
        p,
        Content::Location {
            latitude: 48.8566,
            longitude: 2.3522,
            name: Some("12 Rue de Rivoli, Paris".into()),
        },
        Extra::default(),
    )?;
    t.add(
        c.clone(),
        p,
        Content::ContactCard {
            name: "Jean Martin".into(),
            phone: Some("+33612345678".into()),
            email: None,
        },
        Extra::default(),
    )?;
    t.add(
        c.clone(),
        p,
        Content::Sticker {
            url: "/stickers/thumbs-up.png".into(),
            emoji: Some("👍".into()),
        },
        Extra::default(),
    )?;
    t.add(
        me.clone(),
        p,
        text("Here is the return form."),
        Extra {
            files: vec![("return-form.pdf", files::pdf("Return form"))],
            ..Extra::default()
        },
    )?;
    t.add(
        me.clone(),
        p,
        Content::Template {
            name: "order_update".into(),
            text: "Your order 48213 has shipped and arrives on 12 May.".into(),
        },
        Extra::default(),
    )?;
    t.finish()?;

    let mut t = thread(conn, EMAIL, 3, now)?;
    t.add(c.clone(), p, Content::Email {
        subject: "Invoice for order 48213".into(),
        from: "client@example.com".into(),
        to: vec!["support@demo.switchboard".into()],
        cc: vec!["accounting@example.com".into()],
        text: "Hello, could you send the invoice for order 48213 with our VAT number?".into(),
        html: Some("<p>Hello, could you send the <b>invoice</b> for order 48213 with our VAT number?</p><script>alert('xss')</script><img src=x onerror=alert(1)>".into()),
        quoted: None,
    }, Extra::default())?;
    t.add(
        me.clone(),
        p,
        Content::Email {
            subject: "Re: Invoice for order 48213".into(),
            from: "support@demo.switchboard".into(),
            to: vec!["client@example.com".into()],
            cc: vec!["accounting@example.com".into()],
            text: "Of course, the invoice is attached.".into(),
            html: None,
            quoted: Some(
                "> Hello, could you send the invoice for order 48213 with our VAT number?".into(),
            ),
        },
        Extra {
            files: vec![("invoice-48213.pdf", files::pdf("Invoice 48213"))],
            ..Extra::default()
        },
    )?;
    t.finish()?;

    let mut t = thread(conn, FOREIGN, 4, now)?;
    t.add(
        c.clone(),
        p,
        text("Bonjour, ma commande n'est toujours pas arrivée."),
        Extra {
            translation: Some(("Hello, my order still has not arrived.", "en", "fr")),
            ..Extra::default()
        },
    )?;
    t.add(
        me.clone(),
        n,
        text("@Marta can you check the courier for this one?"),
        Extra {
            mentions: vec![agents[1].id.0],
            ..Extra::default()
        },
    )?;
    t.add(
        me.clone(),
        p,
        text("Bonjour, nous vérifions auprès du transporteur et revenons vers vous aujourd'hui."),
        Extra {
            translation: Some((
                "Hello, we are checking with the courier and will get back to you today.",
                "en",
                "fr",
            )),
            ..Extra::default()
        },
    )?;
    t.add(
        c,
        p,
        text("Merci beaucoup !"),
        Extra {
            translation: Some(("Thank you very much!", "en", "fr")),
            ..Extra::default()
        },
    )?;
    t.finish()?;

    conn.execute(
        "INSERT INTO channel_windows (conversation_id, channel, closes_at) \
         SELECT id, channel, ?2 FROM conversations WHERE id = ?1",
        params![CLOSED_WINDOW, now - 2 * 3_600_000],
    )?;
    conn.execute(
        "INSERT INTO delivery_failures (contact_id, reason) SELECT contact_id, ?2 FROM conversations WHERE id = ?1",
        params![FAILING, "The recipient's mailbox is full"],
    )?;
    Ok(())
}
