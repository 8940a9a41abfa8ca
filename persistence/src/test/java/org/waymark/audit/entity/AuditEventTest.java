package org.waymark.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void anOverlongAttackerChosenUsernameIsShortenedNotRejected() {
        String typed = "x".repeat(500);

        AuditEvent event = new AuditEvent(Instant.now(), typed, "login", AuditOutcome.FAILURE, "10.0.0.1", null, null);

        assertEquals(AuditEvent.ACTOR_MAX, event.getActor().length());
    }
}
