-- Kiosk desks. A device is made by `device add` with a one-time code (only its SHA-256 is
-- kept, valid until `code_expires_at`); claiming it clears the code and stores the SHA-256
-- of the long-lived device token (NULL until claimed). Names are unique without regard to
-- case. A session opened at a desk (`POST /desk/session`) carries `desk_id`: it sees only
-- the desk's team's conversations, and dies with the desk.
CREATE TABLE devices (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    code_hash TEXT,
    code_expires_at INTEGER,
    token_hash TEXT UNIQUE,
    created_at INTEGER NOT NULL,
    claimed_at INTEGER
);
CREATE UNIQUE INDEX devices_name_nocase ON devices (name COLLATE NOCASE);
CREATE UNIQUE INDEX devices_code ON devices (code_hash) WHERE code_hash IS NOT NULL;
ALTER TABLE sessions ADD COLUMN desk_id INTEGER REFERENCES devices(id) ON DELETE CASCADE;
