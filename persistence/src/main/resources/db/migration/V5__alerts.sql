-- Waymark schema, version 5: alerts raised by the rules over security events, the analysts'
-- changes to the rules, and the addresses each user signed in from (the baseline of the
-- unknown-address rule). The rules' sliding windows live in memory (the data grid), not here.

-- An analyst's settings of one built-in rule; a rule without a row runs with its defaults.
CREATE TABLE alert_rule (
    rule_id             VARCHAR(40)  NOT NULL,
    enabled             BOOLEAN      NOT NULL,
    severity            VARCHAR(8)   NOT NULL,
    suppression_seconds INT          NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    updated_by          VARCHAR(64)  NOT NULL,
    version             BIGINT       NOT NULL,
    PRIMARY KEY (rule_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE alert_rule_parameter (
    rule_id     VARCHAR(40)   NOT NULL,
    name        VARCHAR(40)   NOT NULL,
    param_value VARCHAR(4000) NOT NULL,
    PRIMARY KEY (rule_id, name),
    CONSTRAINT fk_alert_rule_parameter_rule FOREIGN KEY (rule_id) REFERENCES alert_rule (rule_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The sources (host or application names) a rule listens to; none: every source.
CREATE TABLE alert_rule_source (
    rule_id     VARCHAR(40)  NOT NULL,
    source      VARCHAR(255) NOT NULL,
    PRIMARY KEY (rule_id, source),
    CONSTRAINT fk_alert_rule_source_rule FOREIGN KEY (rule_id) REFERENCES alert_rule (rule_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE alert (
    id              BIGINT        NOT NULL,
    rule_id         VARCHAR(40)   NOT NULL,
    severity        VARCHAR(8)    NOT NULL,
    technique       VARCHAR(40)   NOT NULL,
    entity_user     VARCHAR(255),
    entity_address  VARCHAR(45),
    entity_host     VARCHAR(255),
    summary         VARCHAR(500)  NOT NULL,
    first_seen      DATETIME(6)   NOT NULL,
    last_seen       DATETIME(6)   NOT NULL,
    event_count     BIGINT        NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    classification  VARCHAR(16),
    assignee        VARCHAR(64),
    -- rule and entity while new matches are folded into this alert; NULL once resolved or once
    -- the suppression window has passed: the unique index lets one alert per key absorb matches,
    -- also when two cluster nodes raise it at the same moment
    suppression_key VARCHAR(700),
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_alert_suppression_key UNIQUE (suppression_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_alert_status_severity ON alert (status, severity);
CREATE INDEX ix_alert_last_seen ON alert (last_seen);

-- The latest events that caused an alert (how many are kept: DAP_ALERT_EVENTS_KEPT).
CREATE TABLE alert_event (
    id              BIGINT        NOT NULL,
    alert_id        BIGINT        NOT NULL,
    occurred_at     DATETIME(6)   NOT NULL,
    host            VARCHAR(255),
    application     VARCHAR(255),
    event_type      VARCHAR(16)   NOT NULL,
    outcome         VARCHAR(8)    NOT NULL,
    user_name       VARCHAR(255),
    source_address  VARCHAR(45),
    raw             VARCHAR(8000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_alert_event_alert FOREIGN KEY (alert_id) REFERENCES alert (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_alert_event_alert ON alert_event (alert_id, id);

CREATE TABLE alert_note (
    id          BIGINT        NOT NULL,
    alert_id    BIGINT        NOT NULL,
    author      VARCHAR(64)   NOT NULL,
    written_at  DATETIME(6)   NOT NULL,
    text        VARCHAR(4000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_alert_note_alert FOREIGN KEY (alert_id) REFERENCES alert (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_alert_note_alert ON alert_note (alert_id, id);

-- Where each user signed in from, by the time of the source: the unknown-address rule's baseline.
CREATE TABLE login_address (
    user_name   VARCHAR(255) NOT NULL,
    address     VARCHAR(45)  NOT NULL,
    first_seen  DATETIME(6)  NOT NULL,
    last_seen   DATETIME(6)  NOT NULL,
    PRIMARY KEY (user_name, address)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO id_sequence (seq_name, next_val) VALUES ('alert', 0), ('alert_event', 0), ('alert_note', 0);
