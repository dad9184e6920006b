//! The demo workspace's own account on every network: a Telegram bot, WhatsApp and Viber
//! numbers, an Instagram profile, a Facebook page, the support mailbox and the website
//! chat. The Facebook page is disconnected (its access expired), so the "no connected
//! channel" banner and the refused reply can be seen; the end-to-end specs send replies on
//! the other networks only. Idempotent: an account already there is left as it is.

use crate::db::compose::FROM;
use crate::db::templates::COMPANY;
use rusqlite::{params, Connection};
use switchboard_protocol::Channel;

/// The one network whose account the demo leaves disconnected.
pub const DISCONNECTED: Channel = Channel::Facebook;

/// `(network, name, address)` of each demo account.
fn accounts() -> [(Channel, String, String); 7] {
    [
        (
            Channel::Telegram,
            format!("{COMPANY} Bot"),
            "@switchboard_demo_store_bot".into(),
        ),
        (Channel::Whatsapp, COMPANY.into(), "+44 20 7946 0321".into()),
        (Channel::Viber, COMPANY.into(), "+380 44 555 01 23".into()),
        (
            Channel::Instagram,
            COMPANY.into(),
            "@switchboard.demo.store".into(),
        ),
        (
            Channel::Facebook,
            COMPANY.into(),
            "facebook.com/switchboard.demo.store".into(),
        ),
        (Channel::Email, format!("{COMPANY} Support"), FROM.into()),
        (
            Channel::Webchat,
            format!("{COMPANY} website chat"),
            "demo.switchboard/help".into(),
        ),
    ]
}

/// Adds the accounts the workspace does not have yet.
pub fn ensure(conn: &Connection) -> rusqlite::Result<()> {
    for (channel, name, address) in accounts() {
        conn.execute(
            "INSERT INTO business_accounts (channel, name, address, connected) \
             VALUES (?1, ?2, ?3, ?4) ON CONFLICT(channel) DO NOTHING",
            params![channel.as_str(), name, address, channel != DISCONNECTED],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_network_has_an_account_and_one_is_disconnected() {
        let mut networks: Vec<Channel> = accounts().iter().map(|a| a.0).collect();
        networks.sort();
        let mut all = Channel::ALL.to_vec();
        all.sort();
        assert_eq!(networks, all);
        assert!(accounts()
            .iter()
            .all(|(_, n, a)| !n.is_empty() && !a.is_empty()));
    }
}
