//! The workspace's own accounts, one per network: what a conversation's customer wrote to,
//! and whether public replies can go out there. Every conversation summary carries its
//! channel's account (joined in [`super::rows::SUMMARY_SELECT`]).

use rusqlite::{params, Connection, OptionalExtension};
use switchboard_protocol::{BusinessAccount, Channel};

/// The workspace's account on `channel`, if the workspace has one.
pub fn get(conn: &Connection, channel: Channel) -> rusqlite::Result<Option<BusinessAccount>> {
    conn.query_row(
        "SELECT name, address, connected FROM business_accounts WHERE channel = ?1",
        params![channel.as_str()],
        |r| {
            Ok(BusinessAccount {
                name: r.get(0)?,
                address: r.get(1)?,
                connected: r.get(2)?,
            })
        },
    )
    .optional()
}

/// Sets the workspace's account on `channel` (replacing the one there was).
pub fn save(
    conn: &Connection,
    channel: Channel,
    account: &BusinessAccount,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO business_accounts (channel, name, address, connected) \
         VALUES (?1, ?2, ?3, ?4) ON CONFLICT(channel) DO UPDATE SET name = excluded.name, \
         address = excluded.address, connected = excluded.connected",
        params![
            channel.as_str(),
            account.name,
            account.address,
            account.connected
        ],
    )?;
    Ok(())
}
