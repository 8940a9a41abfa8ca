-- Waymark schema, version 7: extractors that Security Analysts add for their own log formats, a
-- regular expression with named groups (user, ip, outcome) that turns a line into a security event.
CREATE TABLE custom_extractor (
    id          BIGINT        NOT NULL,
    name        VARCHAR(64)   NOT NULL,
    pattern     VARCHAR(1000) NOT NULL,
    event_type  VARCHAR(16)   NOT NULL,
    outcome     VARCHAR(8),
    application VARCHAR(255),
    enabled     BOOLEAN       NOT NULL,
    created_by  VARCHAR(64)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_custom_extractor_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO id_sequence (seq_name, next_val) VALUES ('custom_extractor', 0);
