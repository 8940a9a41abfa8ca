package org.waymark.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.waymark.audit.entity.AuditChainHead;
import org.waymark.audit.entity.AuditEvent;
import org.waymark.audit.entity.AuditOutcome;

class CefRecordTest {

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
