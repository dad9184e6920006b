-- Which agents a conversation's messages mention (the list row's `mentioned`, see
-- `rows::SUMMARY_SELECT`) is read with every list row, so with every message's
-- `conversation_updated`: only the messages that mention someone need to be looked at, not
-- the conversation's whole history. Most messages mention nobody (`[]`, the default).
CREATE INDEX messages_with_mentions ON messages(conversation_id) WHERE mentions <> '[]';
