-- Contacts beyond the card, custom fields, external CRM properties, notes, pipelines,
-- deals, tasks, reminders and calendar events. Times are Unix milliseconds (UTC); JSON
-- columns hold protocol types. Not here: `contacts.blocked` (migration 004).
ALTER TABLE contacts ADD COLUMN platform TEXT;
ALTER TABLE contacts ADD COLUMN campaign TEXT;
ALTER TABLE contacts ADD COLUMN ad_set TEXT;
ALTER TABLE contacts ADD COLUMN ad TEXT;
ALTER TABLE contacts ADD COLUMN external_id TEXT;
ALTER TABLE contacts ADD COLUMN sales_total_minor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contacts ADD COLUMN sales_currency TEXT;
ALTER TABLE contacts ADD COLUMN sales_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contacts ADD COLUMN responsible_id INTEGER REFERENCES agents(id);
-- `Vec<MessengerId>` and `Vec<ContactChannel>` as JSON.
ALTER TABLE contacts ADD COLUMN messenger_ids TEXT NOT NULL DEFAULT '[]';
ALTER TABLE contacts ADD COLUMN channels TEXT NOT NULL DEFAULT '[]';

-- Custom field definitions; `kind` is a `FieldKind` as JSON.
CREATE TABLE custom_fields (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL
);

-- `value` is a `FieldValue` as JSON, checked against the definition on write.
CREATE TABLE contact_custom_values (
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    field_id INTEGER NOT NULL REFERENCES custom_fields(id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    PRIMARY KEY (contact_id, field_id)
);

-- One row per property of a contact's record in an external CRM; `position` keeps the
-- CRM's order; every row of a (contact, system) carries the same `record_url`.
CREATE TABLE crm_properties (
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    system TEXT NOT NULL,
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    value TEXT NOT NULL,
    original TEXT NOT NULL,
    editable INTEGER NOT NULL,
    record_url TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (contact_id, system, key)
);

CREATE TABLE contact_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    author_id INTEGER NOT NULL REFERENCES agents(id),
    author_name TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX contact_notes_by_contact ON contact_notes(contact_id, id);

-- `stages` is the ordered stage names as a JSON array.
CREATE TABLE pipelines (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    stages TEXT NOT NULL
);

-- At most one deal per conversation; `conversations.deal` holds its brief, kept in step.
CREATE TABLE deals (
    conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
    pipeline_id INTEGER NOT NULL REFERENCES pipelines(id),
    stage TEXT NOT NULL,
    line INTEGER NOT NULL CHECK (line IN (1, 2)),
    channel TEXT,
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency TEXT NOT NULL
);

CREATE TABLE tasks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
    description TEXT NOT NULL,
    due_at INTEGER NOT NULL,
    done INTEGER NOT NULL DEFAULT 0,
    author_id INTEGER NOT NULL REFERENCES agents(id),
    created_at INTEGER NOT NULL
);
CREATE INDEX tasks_by_contact ON tasks(contact_id, due_at);

CREATE TABLE reminders (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    text TEXT NOT NULL,
    author_id INTEGER NOT NULL REFERENCES agents(id)
);
CREATE INDEX reminders_by_conversation ON reminders(conversation_id, at);

CREATE TABLE calendar_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL CHECK (ends_at > starts_at),
    author_id INTEGER NOT NULL REFERENCES agents(id)
);
CREATE INDEX calendar_events_by_conversation ON calendar_events(conversation_id, starts_at);
