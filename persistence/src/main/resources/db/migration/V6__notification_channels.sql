-- Waymark schema, version 6: where new alerts and severity raises are sent (e-mail, webhook).
-- Like the SIEM destinations, each channel keeps a cursor into the audit trail, which records
-- every alert raised: the trail is the outbox, so nothing is lost while a channel is down.
CREATE TABLE notification_channel (
    id                   BIGINT        NOT NULL,
    name                 VARCHAR(64)   NOT NULL,
    kind                 VARCHAR(8)    NOT NULL,
    target               VARCHAR(1000) NOT NULL,
    secret               VARCHAR(128),
    min_severity         VARCHAR(8)    NOT NULL,
    enabled              BOOLEAN       NOT NULL,
    sent_up_to           BIGINT        NOT NULL,
    last_sent_at         DATETIME(6),
    last_error           VARCHAR(500),
    last_error_at        DATETIME(6),
    consecutive_failures INT           NOT NULL,
    version              BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_notification_channel_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO id_sequence (seq_name, next_val) VALUES ('notification_channel', 0);
