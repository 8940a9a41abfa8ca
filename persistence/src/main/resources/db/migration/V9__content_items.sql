-- Waymark schema, version 9: authored content. An item (walk-thru, smart tip, launcher, shout-out,
-- resource menu) belongs to one system; every save adds a revision holding the item's whole
-- definition as a JSON document, so history, diffs, restore and export read one format. The item
-- row repeats what the content list filters, searches and sorts by.
CREATE TABLE content_item (
    id                 BIGINT        NOT NULL,
    system_id          BIGINT        NOT NULL,
    item_type          VARCHAR(16)   NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    description        VARCHAR(2000) NOT NULL,
    owner              VARCHAR(64)   NOT NULL,
    state              VARCHAR(16)   NOT NULL,
    latest_revision    INT           NOT NULL,
    approved_revision  INT           NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    updated_by         VARCHAR(64)   NOT NULL,
    version            BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY ix_content_item_name (system_id, name),
    KEY ix_content_item_updated (system_id, updated_at),
    KEY ix_content_item_state (system_id, state, updated_at),
    CONSTRAINT fk_content_item_system FOREIGN KEY (system_id) REFERENCES target_system (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE content_item_tag (
    item_id  BIGINT       NOT NULL,
    tag      VARCHAR(40)  NOT NULL,
    PRIMARY KEY (item_id, tag),
    KEY ix_content_item_tag (tag),
    CONSTRAINT fk_content_item_tag_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A revision never changes after it is written, except for the review it went through.
CREATE TABLE content_revision (
    id              BIGINT        NOT NULL,
    item_id         BIGINT        NOT NULL,
    number          INT           NOT NULL,
    document        LONGTEXT      NOT NULL,
    author          VARCHAR(64)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    note            VARCHAR(200)  NOT NULL,
    submitted_by    VARCHAR(64)   NULL,
    submitted_at    DATETIME(6)   NULL,
    decision        VARCHAR(16)   NULL,
    reviewed_by     VARCHAR(64)   NULL,
    reviewed_at     DATETIME(6)   NULL,
    review_comment  VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_content_revision_number UNIQUE (item_id, number),
    CONSTRAINT fk_content_revision_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO id_sequence (seq_name, next_val) VALUES ('content_item', 0), ('content_revision', 0);
