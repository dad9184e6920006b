-- Agent accounts: a password (an Argon2id PHC string; NULL = no password sign-in) and an
-- enabled flag (a disabled agent cannot sign in and its tokens stop working at once).
-- Emails are unique without regard to (ASCII) case. `pin_hash`: the Argon2id PHC string of
-- a kiosk-desk PIN (4 to 8 digits), NULL when none is set.
ALTER TABLE agents ADD COLUMN password_hash TEXT;
ALTER TABLE agents ADD COLUMN pin_hash TEXT;
ALTER TABLE agents ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1;
CREATE UNIQUE INDEX agents_email_nocase ON agents (email COLLATE NOCASE);
