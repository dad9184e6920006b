-- The workspace's own account on each network: the page, bot, number or mailbox customers
-- write to (`name` as the network shows it, `address` where it is reached), and whether
-- the workspace is connected to it. Public replies go out only on a connected account; a
-- network without a row is not described (and not refused).
CREATE TABLE business_accounts (
    channel TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    connected INTEGER NOT NULL DEFAULT 1
);
