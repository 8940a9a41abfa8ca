package org.waymark.alerting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.waymark.alerting.entity.Alert;
import org.waymark.alerting.entity.DetectionRule;
import org.waymark.alerting.entity.Severity;

class NotificationSenderTest {

    private final Alert alert = new Alert(DetectionRule.BRUTE_FORCE_SOURCE, Severity.HIGH, null, "198.51.100.4", null,
            "12 failed sign-ins from 198.51.100.4 within 160 s", "key", 12, Instant.parse("2026-12-04T10:00:00Z"), Instant.now());

    @Test
    void theWebhookBodyCarriesTheEventAndTheAlertWithoutEmptyFields() {
        JsonObject body = Json.createReader(new StringReader(NotificationSender.json(AlertWriter.ALERT_RAISED, withId(alert)))).readObject();

        assertEquals("alert.raise", body.getString("event"));
        JsonObject view = body.getJsonObject("alert");
        assertEquals("BRUTE_FORCE_SOURCE", view.getString("rule"));
        assertEquals("HIGH", view.getString("severity"));
        assertEquals("198.51.100.4", view.getString("address"));
        assertEquals(12, view.getInt("count"));
        assertTrue(!view.containsKey("user") && !view.containsKey("host"));
    }

    @Test
    void theSignatureIsHmacSha256OfTheBody() {
        // RFC 4231, test case 2
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                NotificationSender.hmac("Jefe", "what do ya want for nothing?"));
    }

    @Test
    void theMailSubjectNamesSeverityRuleAndEntity() {
        assertEquals("[Waymark] HIGH (raised): Brute force from one source - 198.51.100.4 (alert 7)",
                AlertText.subject(AlertWriter.ALERT_ESCALATED, withId(alert)));
    }

    private static Alert withId(Alert alert) {
        try {
            var id = Alert.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(alert, 7L);
            return alert;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
