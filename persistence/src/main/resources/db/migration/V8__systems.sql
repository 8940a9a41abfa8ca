-- Waymark schema, version 8: the target web applications ("systems") that authored content belongs
-- to, with the URL patterns of their pages and the environments their content is published to.
CREATE TABLE target_system (
    id          BIGINT        NOT NULL,
    system_key  VARCHAR(40)   NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    created_by  VARCHAR(64)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_target_system_key UNIQUE (system_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- In the order the author gave them; a page belongs to the system when one of them matches its URL.
CREATE TABLE system_url_pattern (
    system_id   BIGINT        NOT NULL,
    list_index  INT           NOT NULL,
    pattern     VARCHAR(500)  NOT NULL,
    PRIMARY KEY (system_id, list_index),
    CONSTRAINT fk_system_url_pattern_system FOREIGN KEY (system_id) REFERENCES target_system (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE system_environment (
    system_id   BIGINT        NOT NULL,
    list_index  INT           NOT NULL,
    name        VARCHAR(32)   NOT NULL,
    PRIMARY KEY (system_id, list_index),
    CONSTRAINT uq_system_environment_name UNIQUE (system_id, name),
    CONSTRAINT fk_system_environment_system FOREIGN KEY (system_id) REFERENCES target_system (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO id_sequence (seq_name, next_val) VALUES ('target_system', 0);

-- Role assignments could name a system before systems existed: such an assignment would grant its
-- rights in whichever system later received that id. None of them may outlive this version.
UPDATE role_assignment
   SET state = 'REVOKED', decided_by = 'system', decided_at = CURRENT_TIMESTAMP(6),
       decision_reason = 'no such system: systems exist since schema version 8'
 WHERE system_id IS NOT NULL AND state IN ('PENDING', 'ACTIVE');
