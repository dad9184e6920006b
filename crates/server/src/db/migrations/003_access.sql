-- Roles, token expiry and workspace settings.
ALTER TABLE agents ADD COLUMN role TEXT NOT NULL DEFAULT 'agent';
ALTER TABLE agents ADD COLUMN presence TEXT NOT NULL DEFAULT 'offline';

-- Sessions expire; older rows (before this column) get 30 days from now.
ALTER TABLE sessions ADD COLUMN expires_at INTEGER NOT NULL DEFAULT 0;
UPDATE sessions SET expires_at = created_at + 30 * 86400000 WHERE expires_at = 0;

-- One row: the workspace settings as protocol `Settings` JSON.
CREATE TABLE settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    json TEXT NOT NULL
);
