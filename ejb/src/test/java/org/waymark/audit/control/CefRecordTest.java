package org.waymark.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.waymark.alerting.entity.Alert;
import org.waymark.alerting.entity.DetectionRule;
import org.waymark.alerting.entity.Severity;
import org.waymark.audit.entity.AuditChainHead;
import org.waymark.audit.entity.AuditEvent;
import org.waymark.audit.entity.AuditOutcome;

class CefRecordTest {

    @Test
    void anAlertGoesOutWithItsOwnFieldsEscaped() {
        Alert alert = new Alert(DetectionRule.SUCCESS_AFTER_FAILURES, Severity.CRITICAL, "mallory", "203.0.113.9", null,
                "Sign-in of mallory=root\nafter a brute force", "key", 1, Instant.parse("2026-12-04T10:00:00Z"), Instant.now());

        String message = CefRecord.alertMessage("alert.raise", alert, "waymark-1");

        assertTrue(message.startsWith("<82>1 "), "facility 10, critical: " + message);
        assertTrue(message.contains(" waymark-1 waymark - alert.raise - CEF:0|Waymark|Waymark|1|SUCCESS_AFTER_FAILURES|"
                + DetectionRule.SUCCESS_AFTER_FAILURES.title() + "|10|"), message);
        assertTrue(message.contains("act=alert.raise cat=CRITICAL cnt=1 duser=mallory src=203.0.113.9 msg=Sign-in of mallory\\=root\\nafter"),
                message);
        assertTrue(message.endsWith("cs1Label=technique cs1=" + DetectionRule.SUCCESS_AFTER_FAILURES.technique() + " cs2Label=status cs2=NEW"),
                message);
    }

    @Test
    void escapesHeaderAndExtensionAndUsesTheStandardKeys() {
        AuditEvent event = new AuditEvent(Instant.parse("2026-12-04T10:00:00.123456Z"), "eve|x", "login", AuditOutcome.FAILURE,
                "198.51.100.7", "curl=8\\1", null, "wrong password\nsecond line");
        AuditChainHead.after(41, AuditEvent.GENESIS_HASH).append(event);

        String message = CefRecord.syslogMessage(event, "waymark-1", true);

        assertTrue(message.startsWith("<84>1 2026-12-04T10:00:00.123456Z waymark-1 waymark - login - CEF:0|Waymark|Waymark|1|login|login failure|5|"),
                message);
        assertTrue(message.contains("rt=1796378400123 externalId=42 act=login outcome=failure suser=eve|x src=198.51.100.7"), message);
        assertTrue(message.contains("requestClientApplication=curl\\=8\\\\1"), message);
        assertTrue(message.contains("reason=wrong password\\nsecond line"), message);
        assertTrue(message.contains("cs2Label=chainHash cs2=" + event.getHash()), message);
    }

    @Test
    void aPipeInAHeaderFieldIsEscaped() {
        assertEquals("a\\|b\\\\c d", CefRecord.header("a|b\\c\nd"));
    }

    @Test
    void userChangesNameTheirTargetAsDestinationUser() {
        AuditEvent event = new AuditEvent(Instant.parse("2026-12-04T10:00:00Z"), "admin", "user.disable", AuditOutcome.SUCCESS,
                null, null, "bob", null);
        AuditChainHead.after(0, AuditEvent.GENESIS_HASH).append(event);

        assertTrue(CefRecord.cef(event).contains("suser=admin duser=bob"), CefRecord.cef(event));
    }
}
