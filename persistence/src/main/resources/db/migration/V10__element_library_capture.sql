-- Waymark schema, version 10: each system's element library (named descriptors that steps, tips and
-- launchers reuse), the short-lived tokens that let a page in capture mode send elements, and the
-- capture inbox where captured descriptors wait for their author.
CREATE TABLE library_element (
    id          BIGINT        NOT NULL,
    system_id   BIGINT        NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    selector    VARCHAR(1000) NOT NULL,
    descriptor  LONGTEXT      NOT NULL,
    created_by  VARCHAR(64)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_library_element_name UNIQUE (system_id, name),
    CONSTRAINT fk_library_element_system FOREIGN KEY (system_id) REFERENCES target_system (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Only the token's SHA-256 is kept: the token itself lives in the capture page's address for minutes.
CREATE TABLE capture_token (
    token_hash  CHAR(64)      NOT NULL,
    system_id   BIGINT        NOT NULL,
    username    VARCHAR(64)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    expires_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (token_hash),
    KEY ix_capture_token_expires (expires_at),
    CONSTRAINT fk_capture_token_system FOREIGN KEY (system_id) REFERENCES target_system (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE captured_element (
    id           BIGINT        NOT NULL,
    system_id    BIGINT        NOT NULL,
    username     VARCHAR(64)   NOT NULL,
    captured_at  DATETIME(6)   NOT NULL,
    page_url     VARCHAR(2000) NOT NULL,
    selector     VARCHAR(1000) NOT NULL,
    descriptor   LONGTEXT      NOT NULL,
    PRIMARY KEY (id),
    KEY ix_captured_element_inbox (system_id, username, captured_at),
    CONSTRAINT fk_captured_element_system FOREIGN KEY (system_id) REFERENCES target_system (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO id_sequence (seq_name, next_val) VALUES ('library_element', 0), ('captured_element', 0);
