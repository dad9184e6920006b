-- Messages beyond text: channel, files, replies, translations, mentions, idempotency body
-- and delivery tracking; uploads, templates, messaging windows and the signing key.
ALTER TABLE messages ADD COLUMN channel TEXT;
-- JSON `Vec<Attachment>` with empty urls (signed on every read).
ALTER TABLE messages ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';
ALTER TABLE messages ADD COLUMN reply_to TEXT;
ALTER TABLE messages ADD COLUMN translation TEXT;
ALTER TABLE messages ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';
-- The send body as first received, for "same client_id, same body" checks.
ALTER TABLE messages ADD COLUMN request TEXT;
-- Set while the delivery simulator still moves the message (ms of the last change).
ALTER TABLE messages ADD COLUMN status_at INTEGER;
CREATE INDEX messages_in_delivery ON messages(status_at) WHERE status_at IS NOT NULL;

CREATE TABLE uploads (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    mime TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

-- Canned replies and approved templates; list columns are JSON.
CREATE TABLE templates (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    text TEXT NOT NULL,
    attachments TEXT NOT NULL DEFAULT '[]',
    channels TEXT NOT NULL DEFAULT '[]',
    approved INTEGER NOT NULL DEFAULT 0,
    params TEXT NOT NULL DEFAULT '[]',
    language TEXT
);

-- When each channel's messaging window closes, per conversation.
CREATE TABLE channel_windows (
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    channel TEXT NOT NULL,
    closes_at INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, channel)
);

-- Contacts the simulated network refuses to deliver to, and why.
CREATE TABLE delivery_failures (
    contact_id INTEGER PRIMARY KEY REFERENCES contacts(id),
    reason TEXT NOT NULL
);

-- Server secrets (the download signing key), generated at first use.
CREATE TABLE server_keys (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
