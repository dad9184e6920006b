-- The first schema. Times are Unix milliseconds (UTC); JSON columns hold protocol types.
CREATE TABLE agents (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    language TEXT NOT NULL,
    is_demo INTEGER NOT NULL DEFAULT 0
);

-- A session stores the SHA-256 of its token, never the token itself.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL
);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    avatar_url TEXT,
    phone TEXT,
    email TEXT,
    handle TEXT,
    country TEXT,
    language TEXT,
    source TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    created_at INTEGER NOT NULL
);

CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id),
    channel TEXT NOT NULL,
    status TEXT NOT NULL,
    assignee_id INTEGER REFERENCES agents(id),
    tags TEXT NOT NULL DEFAULT '[]',
    unread_count INTEGER NOT NULL DEFAULT 0,
    unanswered INTEGER NOT NULL DEFAULT 0,
    last_message TEXT,
    last_activity_at INTEGER NOT NULL,
    snoozed_until INTEGER,
    deal TEXT
);
CREATE INDEX conversations_by_activity ON conversations(last_activity_at DESC, id DESC);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    client_id TEXT,
    author TEXT NOT NULL,
    visibility TEXT NOT NULL,
    content TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX messages_by_client_id ON messages(client_id) WHERE client_id IS NOT NULL;
CREATE INDEX messages_by_conversation ON messages(conversation_id, id);

-- The socket's retained log. AUTOINCREMENT: a seq is never reused, even after trimming.
CREATE TABLE events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    json TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
