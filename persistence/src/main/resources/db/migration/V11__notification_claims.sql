-- Waymark schema, version 11: a node sends a notification channel's batch under a claim (a token
-- and its expiry) instead of holding the channel's row locked while a slow mail server or webhook
-- answers, so that analysts can change the channel meanwhile; a claim left by a node that died expires.
ALTER TABLE notification_channel ADD COLUMN claimed_by VARCHAR(36);
ALTER TABLE notification_channel ADD COLUMN claimed_until DATETIME(6);
