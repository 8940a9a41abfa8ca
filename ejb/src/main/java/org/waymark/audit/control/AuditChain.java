package org.waymark.audit.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.waymark.audit.entity.AuditEvent;

/**
 * Walks and seals the audit chain with plain JDBC: verification reads a million records in
 * batches by key, which JPA would turn into a million managed entities.
 */
public final class AuditChain {

    private static final Logger LOG = Logger.getLogger(AuditChain.class.getName());
    private static final int BATCH = 10_000;
    private static final String COLUMNS = "id, occurred_at, actor, action, outcome, source_address, user_agent, target, detail, prev_hash, hash";

    private AuditChain() {
    }

    /**
     * Walks the chain up to the head as it is now. Records appended meanwhile are not checked.
     */
    public static ChainVerification verify(DataSource dataSource) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            long headId;
            String headHash;
            try (PreparedStatement statement = connection.prepareStatement("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1");
                 ResultSet head = statement.executeQuery()) {
                if (!head.next()) {
                    return ChainVerification.broken(0, "the chain head is missing", 0, elapsed(started));
                }
                headId = head.getLong(1);
                headHash = head.getString(2);
            }
            String previous = AuditEvent.GENESIS_HASH;
            long lastId = 0;
            long checked = 0;
            try (PreparedStatement batch = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_event WHERE id > ? AND id <= ? ORDER BY id LIMIT " + BATCH)) {
                boolean more = true;
                while (more) {
                    batch.setLong(1, lastId);
                    batch.setLong(2, headId);
                    int rows = 0;
                    try (ResultSet records = batch.executeQuery()) {
                        while (records.next()) {
                            rows++;
                            long id = records.getLong("id");
                            String prevHash = records.getString("prev_hash");
                            String hash = records.getString("hash");
                            if (hash == null || prevHash == null) {
                                return ChainVerification.broken(id, "the record is not sealed", checked, elapsed(started));
                            }
                            if (!prevHash.equals(previous)) {
                                return ChainVerification.broken(id, "the record does not follow the one before it: a record was deleted or inserted",
                                        checked, elapsed(started));
                            }
                            if (!hash.equals(hashOf(records, id, prevHash))) {
                                return ChainVerification.broken(id, "the record was changed", checked, elapsed(started));
                            }
                            previous = hash;
                            lastId = id;
                            checked++;
                        }
                    }
                    more = rows == BATCH;
                }
            }
            if (lastId != headId || !previous.equals(headHash)) {
                return ChainVerification.broken(headId, "records at the end of the chain are missing", checked, elapsed(started));
            }
            return ChainVerification.valid(checked, elapsed(started));
        }
    }

    /**
     * Seals, once, the records written before the chain existed (schema version 1), in id order.
     * Runs under the head's row lock, so cluster nodes starting together seal them only once;
     * after the first record is chained it never seals anything again.
     */
    public static void sealRecordsWrittenBeforeTheChain(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long headId;
                try (PreparedStatement lock = connection.prepareStatement("SELECT last_id FROM audit_chain_head WHERE id = 1 FOR UPDATE");
                     ResultSet head = lock.executeQuery()) {
                    head.next();
                    headId = head.getLong(1);
                }
                if (headId == 0) {
                    seal(connection);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void seal(Connection connection) throws SQLException {
        String previous = AuditEvent.GENESIS_HASH;
        long lastId = 0;
        int sealed = 0;
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM audit_event WHERE hash IS NULL ORDER BY id");
             PreparedStatement update = connection.prepareStatement("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE id = ?");
             ResultSet records = select.executeQuery()) {
            while (records.next()) {
                long id = records.getLong("id");
                String hash = hashOf(records, id, previous);
                update.setString(1, previous);
                update.setString(2, hash);
                update.setLong(3, id);
                update.addBatch();
                previous = hash;
                lastId = id;
                sealed++;
            }
            update.executeBatch();
        }
        if (sealed > 0) {
            try (PreparedStatement head = connection.prepareStatement("UPDATE audit_chain_head SET last_id = ?, last_hash = ?, version = version + 1 WHERE id = 1")) {
                head.setLong(1, lastId);
                head.setString(2, previous);
                head.executeUpdate();
            }
            int count = sealed;
            LOG.info(() -> "sealed " + count + " audit records written before the hash chain existed");
        }
    }

    private static String hashOf(ResultSet record, long id, String prevHash) throws SQLException {
        return AuditEvent.chainHash(id, record.getTimestamp("occurred_at").toInstant(), record.getString("actor"), record.getString("action"),
                record.getString("outcome"), record.getString("source_address"), record.getString("user_agent"),
                record.getString("target"), record.getString("detail"), prevHash);
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
