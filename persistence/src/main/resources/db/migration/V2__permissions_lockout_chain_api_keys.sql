-- Waymark schema, version 2: the permission catalogue of each role, custom roles, account
-- settings and lockout, the hash chain of the audit trail, and API keys.

-- Account settings, lockout state and the security stamp. The stamp changes whenever the
-- account's sessions must end (disabled, a role revoked, password changed): every request
-- compares it with the one its session started with.
ALTER TABLE user_account ADD COLUMN locale VARCHAR(35);
ALTER TABLE user_account ADD COLUMN time_zone VARCHAR(64);
ALTER TABLE user_account ADD COLUMN bootstrap BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE user_account ADD COLUMN failed_logins INT NOT NULL DEFAULT 0;
ALTER TABLE user_account ADD COLUMN first_failed_at DATETIME(6);
ALTER TABLE user_account ADD COLUMN locked_until DATETIME(6);
ALTER TABLE user_account ADD COLUMN security_stamp BIGINT NOT NULL DEFAULT 0;
ALTER TABLE user_account ADD COLUMN password_changed_at DATETIME(6);

-- The bootstrap administrator is the account whose role the system itself granted.
UPDATE user_account SET bootstrap = TRUE
    WHERE id IN (SELECT user_id FROM role_assignment WHERE requested_by = 'system');

-- Why a request was rejected (or that it expired).
ALTER TABLE role_assignment ADD COLUMN decision_reason VARCHAR(500);
CREATE INDEX ix_role_assignment_state ON role_assignment (state);

-- The permissions of each role: the catalogue's codes (org.waymark.access.entity.Permission).
CREATE TABLE role_permission (
    role_id    BIGINT      NOT NULL,
    permission VARCHAR(48) NOT NULL,
    PRIMARY KEY (role_id, permission),
    CONSTRAINT fk_role_permission_role FOREIGN KEY (role_id) REFERENCES app_role (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The hash chain: each record's hash covers its content and the previous record's hash.
-- Records written before version 2 are sealed once at start-up (AuditChain), in id order.
ALTER TABLE audit_event ADD COLUMN user_agent VARCHAR(255);
ALTER TABLE audit_event ADD COLUMN prev_hash CHAR(64);
ALTER TABLE audit_event ADD COLUMN hash CHAR(64);

-- The end of the chain: one row, locked by every append, so that records are chained in the
-- order they are written, on every cluster node. It also reveals records cut off the end.
CREATE TABLE audit_chain_head (
    id        INT         NOT NULL,
    last_id   BIGINT      NOT NULL,
    last_hash CHAR(64)    NOT NULL,
    version   BIGINT      NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Personal API keys. Only a SHA-256 of the key is kept: keys are 256 random bits, so a slow
-- hash adds nothing, and a fast one lets every REST request find its key by an index.
CREATE TABLE api_key (
    id           BIGINT       NOT NULL,
    user_id      BIGINT       NOT NULL,
    name         VARCHAR(64)  NOT NULL,
    key_hash     CHAR(64)     NOT NULL,
    key_prefix   VARCHAR(16)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    revoked_at   DATETIME(6),
    revoked_by   VARCHAR(64),
    last_used_at DATETIME(6),
    version      BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_api_key_hash UNIQUE (key_hash),
    CONSTRAINT fk_api_key_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A key may be limited to fewer permissions than its owner has; no rows: the owner's own.
CREATE TABLE api_key_permission (
    api_key_id BIGINT      NOT NULL,
    permission VARCHAR(48) NOT NULL,
    PRIMARY KEY (api_key_id, permission),
    CONSTRAINT fk_api_key_permission_key FOREIGN KEY (api_key_id) REFERENCES api_key (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO id_sequence (seq_name, next_val) VALUES ('api_key', 0);

-- The built-in roles' permissions. Installation-wide permissions count only in global
-- assignments; system permissions also in assignments scoped to one system.
INSERT INTO role_permission (role_id, permission)
    SELECT 1, code FROM (
        SELECT 'USER_VIEW' AS code UNION ALL SELECT 'USER_CREATE' UNION ALL SELECT 'USER_EDIT'
        UNION ALL SELECT 'USER_DISABLE' UNION ALL SELECT 'USER_UNLOCK'
        UNION ALL SELECT 'ROLE_VIEW' UNION ALL SELECT 'ROLE_MANAGE'
        UNION ALL SELECT 'ASSIGNMENT_VIEW' UNION ALL SELECT 'ASSIGNMENT_REQUEST'
        UNION ALL SELECT 'ASSIGNMENT_APPROVE' UNION ALL SELECT 'ASSIGNMENT_REVOKE'
        UNION ALL SELECT 'API_KEY_MANAGE_ALL' UNION ALL SELECT 'SECURITY_SETTINGS'
        UNION ALL SELECT 'AUDIT_VIEW' UNION ALL SELECT 'AUDIT_VERIFY' UNION ALL SELECT 'AUDIT_EXPORT'
        UNION ALL SELECT 'SOC_VIEW' UNION ALL SELECT 'ALERT_TRIAGE' UNION ALL SELECT 'RULE_CONFIGURE'
        UNION ALL SELECT 'SYSTEM_CREATE' UNION ALL SELECT 'SYSTEM_VIEW' UNION ALL SELECT 'SYSTEM_CONFIGURE'
        UNION ALL SELECT 'CONTENT_VIEW' UNION ALL SELECT 'CONTENT_EDIT' UNION ALL SELECT 'CONTENT_SUBMIT'
        UNION ALL SELECT 'CONTENT_REVIEW' UNION ALL SELECT 'CONTENT_TRANSLATE'
        UNION ALL SELECT 'PUBLISH_TEST' UNION ALL SELECT 'PUBLISH_PRODUCTION' UNION ALL SELECT 'PUBLISH_ROLLBACK'
        UNION ALL SELECT 'ANALYTICS_VIEW' UNION ALL SELECT 'ANALYTICS_EXPORT'
    ) administrator;

INSERT INTO role_permission (role_id, permission) VALUES
    (2, 'SYSTEM_CREATE'), (2, 'SYSTEM_VIEW'), (2, 'SYSTEM_CONFIGURE'), (2, 'CONTENT_VIEW'),
    (2, 'ASSIGNMENT_REQUEST'),
    (3, 'SYSTEM_VIEW'), (3, 'CONTENT_VIEW'), (3, 'CONTENT_EDIT'), (3, 'CONTENT_SUBMIT'),
    (3, 'CONTENT_REVIEW'), (3, 'CONTENT_TRANSLATE'), (3, 'PUBLISH_TEST'), (3, 'PUBLISH_PRODUCTION'),
    (3, 'PUBLISH_ROLLBACK'),
    (4, 'SYSTEM_VIEW'), (4, 'CONTENT_VIEW'), (4, 'CONTENT_EDIT'), (4, 'CONTENT_SUBMIT'),
    (5, 'SYSTEM_VIEW'), (5, 'CONTENT_VIEW'), (5, 'CONTENT_REVIEW'), (5, 'PUBLISH_TEST'),
    (5, 'PUBLISH_PRODUCTION'), (5, 'PUBLISH_ROLLBACK'),
    (6, 'SYSTEM_VIEW'), (6, 'CONTENT_VIEW'), (6, 'CONTENT_TRANSLATE'),
    (7, 'SYSTEM_VIEW'), (7, 'ANALYTICS_VIEW'), (7, 'ANALYTICS_EXPORT'),
    (8, 'SOC_VIEW'), (8, 'ALERT_TRIAGE'), (8, 'RULE_CONFIGURE'), (8, 'AUDIT_VIEW'),
    (8, 'AUDIT_VERIFY'), (8, 'AUDIT_EXPORT');

-- An empty chain; records written before version 2 are sealed into it at start-up (AuditChain).
INSERT INTO audit_chain_head (id, last_id, last_hash, version) VALUES
    (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);
