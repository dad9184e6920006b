-- Feedback on AI reply suggestions (like / dislike, with an optional comment).
CREATE TABLE ai_feedback (
    id INTEGER PRIMARY KEY,
    suggestion_id TEXT NOT NULL,
    agent_id INTEGER NOT NULL REFERENCES agents(id),
    verdict TEXT NOT NULL CHECK (verdict IN ('like', 'dislike')),
    comment TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX ai_feedback_by_suggestion ON ai_feedback(suggestion_id);
