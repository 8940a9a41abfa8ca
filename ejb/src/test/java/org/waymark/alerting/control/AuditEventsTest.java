package org.waymark.alerting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.waymark.alerting.control.SecurityEvent.Outcome;
import org.waymark.alerting.control.SecurityEvent.Type;
import org.waymark.audit.entity.AuditEvent;
import org.waymark.audit.entity.AuditOutcome;

class AuditEventsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void signInsAndGrantsBecomeSecurityEvents() {
        SecurityEvent login = AuditEvents.toSecurityEvent(
                new AuditEvent(NOW, "eve", "login", AuditOutcome.FAILURE, "203.0.113.5", "curl", null, "wrong password"), "node1").orElseThrow();
        assertEquals(Type.AUTHENTICATION, login.type());
        assertEquals(Outcome.FAILURE, login.outcome());
        assertEquals("eve", login.user());
        assertEquals("203.0.113.5", login.sourceAddress());

        SecurityEvent grant = AuditEvents.toSecurityEvent(new AuditEvent(NOW, "carol", "role.approve", AuditOutcome.SUCCESS, null, null,
                "assignment 7: ADMINISTRATOR (global) for bob", "requested by admin"), "node1").orElseThrow();
        assertEquals(Type.ACCOUNT_CHANGE, grant.type());
        assertEquals("bob", grant.user());
    }

    @Test
    void otherRecordsAreNoSecurityEvents() {
        assertTrue(AuditEvents.toSecurityEvent(new AuditEvent(NOW, "ann", "audit.verify", AuditOutcome.SUCCESS, null, null, null, null), "n")
                .isEmpty());
    }
}
