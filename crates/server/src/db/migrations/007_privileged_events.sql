-- An event may have a second form for agents who see more (full phone numbers).
ALTER TABLE events ADD COLUMN privileged_json TEXT;
