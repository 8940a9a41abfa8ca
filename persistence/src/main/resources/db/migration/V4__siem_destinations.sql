-- Waymark schema, version 4: the customer's SIEM as destinations of the audit trail.
-- The audit trail itself is the outbox: each destination keeps a cursor, the id of the last
-- record it received, and the sender moves it only after a batch went out.
CREATE TABLE siem_destination (
    id              BIGINT       NOT NULL,
    name            VARCHAR(64)  NOT NULL,
    host            VARCHAR(253) NOT NULL,
    port            INT          NOT NULL,
    transport       VARCHAR(8)   NOT NULL,
    payload         VARCHAR(8)   NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    sent_up_to      BIGINT       NOT NULL,
    last_sent_at    DATETIME(6),
    last_error      VARCHAR(500),
    last_error_at   DATETIME(6),
    version         BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_siem_destination_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO id_sequence (seq_name, next_val) VALUES ('siem_destination', 0);
