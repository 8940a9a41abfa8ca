package org.waymark.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void anOverlongAttackerChosenUsernameIsShortenedNotRejected() {
        String typed = "x".repeat(500);

        AuditEvent event = new AuditEvent(Instant.now(), typed, "login", AuditOutcome.FAILURE, "10.0.0.1", null, null, null);

        assertEquals(AuditEvent.ACTOR_MAX, event.getActor().length());
    }

    @Test
    void eachRecordChainsToThePreviousOneAndAnyChangeAltersItsHash() {
        AuditChainHead head = AuditChainHead.after(0, AuditEvent.GENESIS_HASH);
        AuditEvent first = new AuditEvent(Instant.parse("2026-12-04T10:00:00.123456789Z"), "admin", "login", AuditOutcome.SUCCESS,
                "10.0.0.1", "curl", null, null);
        AuditEvent second = new AuditEvent(Instant.parse("2026-12-04T10:00:01Z"), "admin", "logout", AuditOutcome.SUCCESS,
                null, null, null, null);

        head.append(first);
        head.append(second);

        assertEquals(1L, first.getId());
        assertEquals(2L, second.getId());
        assertEquals(AuditEvent.GENESIS_HASH, first.getPrevHash());
        assertEquals(first.getHash(), second.getPrevHash());
        assertEquals(second.getHash(), head.getLastHash());
        assertEquals(first.getHash(), AuditEvent.chainHash(1, first.getOccurredAt(), "admin", "login", "SUCCESS", "10.0.0.1", "curl",
                null, null, AuditEvent.GENESIS_HASH), "the hash can be recomputed from the stored fields");
        assertNotEquals(first.getHash(), AuditEvent.chainHash(1, first.getOccurredAt(), "admin", "login", "FAILURE", "10.0.0.1", "curl",
                null, null, AuditEvent.GENESIS_HASH));
        assertNotEquals(AuditEvent.chainHash(1, first.getOccurredAt(), "ab", "c", "SUCCESS", null, null, null, null, AuditEvent.GENESIS_HASH),
                AuditEvent.chainHash(1, first.getOccurredAt(), "a", "bc", "SUCCESS", null, null, null, null, AuditEvent.GENESIS_HASH),
                "moving text between fields changes the hash");
    }
}
