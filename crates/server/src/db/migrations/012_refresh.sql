-- Refresh tokens (issue 18): sign-in answers a short-lived access token (a `sessions` row)
-- and sets a long-lived refresh token in an HttpOnly cookie, never readable by script.
-- Only SHA-256 hashes are kept. Every refresh token and every access token handed out
-- since one sign-in share a `family`: refreshing rotates the token (the old row keeps
-- `rotated_at`), presenting a rotated-away token after the grace period ends the whole
-- family, and so does sign-out. Sessions from before this migration have no family: they
-- work until their own expiry and cannot be refreshed.
ALTER TABLE sessions ADD COLUMN family TEXT;
CREATE INDEX sessions_family ON sessions (family) WHERE family IS NOT NULL;
CREATE TABLE refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    family TEXT NOT NULL,
    agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    desk_id INTEGER REFERENCES devices(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    rotated_at INTEGER
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family);
CREATE INDEX refresh_tokens_agent ON refresh_tokens (agent_id);
