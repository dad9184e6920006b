-- Teams, the conversation fields of the chat list (team, operators, status time, archive,
-- AI / bot / automations, CRM link, messaging window), blocked contacts and custom views.
CREATE TABLE teams (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE team_members (
    team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, agent_id)
);

ALTER TABLE conversations ADD COLUMN team_id INTEGER REFERENCES teams(id);
-- JSON array of agent ids besides the assignee.
ALTER TABLE conversations ADD COLUMN operators TEXT NOT NULL DEFAULT '[]';
-- When the current status began (Unix ms); older rows take their last activity.
ALTER TABLE conversations ADD COLUMN status_since INTEGER NOT NULL DEFAULT 0;
UPDATE conversations SET status_since = last_activity_at WHERE status_since = 0;
ALTER TABLE conversations ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
ALTER TABLE conversations ADD COLUMN ai_active INTEGER NOT NULL DEFAULT 0;
ALTER TABLE conversations ADD COLUMN bot_enabled INTEGER NOT NULL DEFAULT 0;
-- JSON array of protocol `RunningAutomation`.
ALTER TABLE conversations ADD COLUMN automations TEXT NOT NULL DEFAULT '[]';
-- Protocol `CrmLink` JSON.
ALTER TABLE conversations ADD COLUMN crm_link TEXT;
ALTER TABLE conversations ADD COLUMN window_closes_at INTEGER;
CREATE INDEX conversations_by_status_since ON conversations(status_since, id);

ALTER TABLE contacts ADD COLUMN blocked INTEGER NOT NULL DEFAULT 0;

-- Saved custom views: a protocol `ConversationFilter` as JSON.
CREATE TABLE views (
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    shared INTEGER NOT NULL DEFAULT 0,
    filter TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
