-- Waymark schema, version 1: accounts, roles, role assignments and the audit trail.
-- One file for both databases: MySQL 8 / MariaDB 10.11+ and the embedded H2 (run in MODE=MySQL).
-- Keep to the subset both understand; DATETIME(6) because audit chains and sliding windows need
-- sub-second order.

-- Ids come from a table, not AUTO_INCREMENT, so that the same mapping works on every database.
-- Every new table adds its row here.
CREATE TABLE id_sequence (
    seq_name VARCHAR(64) NOT NULL,
    next_val BIGINT      NOT NULL,
    PRIMARY KEY (seq_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE user_account (
    id            BIGINT       NOT NULL,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(128) NOT NULL,
    email         VARCHAR(254),
    password_hash VARCHAR(512) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_user_account_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE app_role (
    id          BIGINT       NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(64)  NOT NULL,
    description VARCHAR(255) NOT NULL,
    built_in    BOOLEAN      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_app_role_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A role granted to a user, globally (system_id NULL) or for one target system.
CREATE TABLE role_assignment (
    id           BIGINT      NOT NULL,
    user_id      BIGINT      NOT NULL,
    role_id      BIGINT      NOT NULL,
    system_id    BIGINT,
    state        VARCHAR(16) NOT NULL,
    requested_by VARCHAR(64) NOT NULL,
    requested_at DATETIME(6) NOT NULL,
    decided_by   VARCHAR(64),
    decided_at   DATETIME(6),
    version      BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_role_assignment_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_role_assignment_role FOREIGN KEY (role_id) REFERENCES app_role (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE audit_event (
    id             BIGINT        NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    actor          VARCHAR(64)   NOT NULL,
    action         VARCHAR(64)   NOT NULL,
    outcome        VARCHAR(16)   NOT NULL,
    source_address VARCHAR(45),
    target         VARCHAR(255),
    detail         VARCHAR(2000),
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_audit_event_occurred_at ON audit_event (occurred_at);

-- The eight built-in roles. Their permissions arrive with the permission catalogue.
INSERT INTO app_role (id, code, name, description, built_in) VALUES
    (1, 'ADMINISTRATOR',    'Administrator',    'Everything, including users, role assignments and security settings', TRUE),
    (2, 'SYSTEM_MANAGER',   'System Manager',   'Creates and configures the systems and environments it manages', TRUE),
    (3, 'CONTENT_MANAGER',  'Content Manager',  'All content work on its systems, including review and publishing', TRUE),
    (4, 'CONTENT_CREATOR',  'Content Creator',  'Creates and edits drafts and submits them for review', TRUE),
    (5, 'PUBLISHER',        'Publisher',        'Reviews, approves, publishes and rolls back on its environments', TRUE),
    (6, 'TRANSLATOR',       'Translator',       'Edits the translations of content', TRUE),
    (7, 'ANALYST',          'Analyst',          'The analytics screens and exports', TRUE),
    (8, 'SECURITY_ANALYST', 'Security Analyst', 'The SOC dashboard, alerts, alert rules and the audit trail', TRUE);

INSERT INTO id_sequence (seq_name, next_val) VALUES
    ('user_account', 0),
    ('app_role', 100),
    ('role_assignment', 0),
    ('audit_event', 0);
