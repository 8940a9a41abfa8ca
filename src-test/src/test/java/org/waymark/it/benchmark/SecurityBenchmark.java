package org.waymark.it.benchmark;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.waymark.audit.control.AuditChain;
import org.waymark.audit.control.ChainVerification;
import org.waymark.audit.entity.AuditEvent;
import org.waymark.identity.control.PasswordHashing;
import org.waymark.identity.entity.UserAccount;
import org.waymark.it.support.TestDatabase;

/**
 * The two figures issue 3 asks for, printed, not asserted (timing varies with the machine):
 * verifying a chain of 1,000,000 audit records on MariaDB, and the PBKDF2 cost of one login.
 * Not part of the suite (its name does not end in IT); run it with
 * {@code mvn -pl src-test verify -Dit.test=SecurityBenchmark}.
 */
class SecurityBenchmark {

    private static final int RECORDS = 1_000_000;
    private static final int BATCH = 5_000;

    @Test
    void verifyingAMillionRecordChain() throws SQLException {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setURL(TestDatabase.fresh("waymark_benchmark") + "?rewriteBatchedStatements=true");
        dataSource.setUser(TestDatabase.user());
        dataSource.setPassword(TestDatabase.password());
        Flyway.configure(UserAccount.class.getClassLoader()).locations("classpath:db/migration").dataSource(dataSource).load().migrate();

        long started = System.nanoTime();
        String previous = AuditEvent.GENESIS_HASH;
        Instant time = Instant.parse("2026-12-01T00:00:00Z");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_event (id, occurred_at, actor, action, outcome,"
                     + " source_address, user_agent, target, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (long id = 1; id <= RECORDS; id++) {
                Instant at = time.plusMillis(id * 10);
                String actor = "user" + (id % 500);
                String hash = AuditEvent.chainHash(id, at, actor, "login", "SUCCESS", "10.0.0." + (id % 250), "Mozilla/5.0", null,
                        "password", previous);
                insert.setLong(1, id);
                insert.setTimestamp(2, Timestamp.from(at));
                insert.setString(3, actor);
                insert.setString(4, "login");
                insert.setString(5, "SUCCESS");
                insert.setString(6, "10.0.0." + (id % 250));
                insert.setString(7, "Mozilla/5.0");
                insert.setString(8, null);
                insert.setString(9, "password");
                insert.setString(10, previous);
                insert.setString(11, hash);
                insert.addBatch();
                previous = hash;
                if (id % BATCH == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            try (PreparedStatement head = connection.prepareStatement("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1")) {
                head.setLong(1, RECORDS);
                head.setString(2, previous);
                head.executeUpdate();
            }
            connection.commit();
        }
        System.out.printf("wrote %,d chained audit records in %.1f s%n", RECORDS, (System.nanoTime() - started) / 1e9);

        for (int run = 1; run <= 3; run++) {
            ChainVerification verification = AuditChain.verify(dataSource);
            System.out.printf("verify run %d: valid=%s, %,d records in %,d ms (%,.0f records/s)%n", run, verification.valid(),
                    verification.recordsChecked(), verification.millis(), verification.recordsChecked() * 1000.0 / verification.millis());
        }
    }

    @Test
    void costOfOnePasswordCheck() throws Exception {
        SecretKeyFactory pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512");
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        char[] password = "correct horse battery staple".toCharArray();
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            pbkdf2.generateSecret(new PBEKeySpec(password, salt, PasswordHashing.ITERATIONS, 512)).getEncoded();
        }
        int rounds = 20;
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            pbkdf2.generateSecret(new PBEKeySpec(password, salt, PasswordHashing.ITERATIONS, 512)).getEncoded();
        }
        System.out.printf("PBKDF2-HMAC-SHA512, %,d iterations, 64-byte key: %.0f ms per login check (mean of %d)%n",
                PasswordHashing.ITERATIONS, (System.nanoTime() - started) / 1e6 / rounds, rounds);
    }
}
