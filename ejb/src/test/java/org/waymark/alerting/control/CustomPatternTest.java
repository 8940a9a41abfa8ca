package org.waymark.alerting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.waymark.alerting.control.SecurityEvent.Outcome;
import org.waymark.common.control.BudgetedText;

class CustomPatternTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void namedGroupsFillTheEvent() {
        CustomPattern vpn = CustomPattern.compile("user=(?<user>\\S+) src=(?<ip>\\S+) result=(?<outcome>\\w+)", "AUTHENTICATION", null, null);

        SecurityEvent event = vpn.extract("session user=dora src=203.0.113.4 result=REJECTED", T0, "gw", "vpnd", "raw").orElseThrow();

        assertEquals("dora", event.user());
        assertEquals("203.0.113.4", event.sourceAddress());
        assertEquals(Outcome.FAILURE, event.outcome());
        assertEquals(SecurityEvent.Type.AUTHENTICATION, event.type());
        assertTrue(vpn.extract("session user=dora src=203.0.113.4 result=pending", T0, "gw", "vpnd", "raw").isEmpty(),
                "neither a success nor a failure");
    }

    @Test
    void aFixedOutcomeAndAnApplicationNarrowItDown() {
        CustomPattern lockout = CustomPattern.compile("account (?<user>\\S+) locked", "AUTHENTICATION", "FAILURE", "idp");

        assertEquals(Outcome.FAILURE, lockout.extract("account erin locked", T0, "h", "idp", "raw").orElseThrow().outcome());
        assertTrue(lockout.extract("account erin locked", T0, "h", "other", "raw").isEmpty());
    }

    @Test
    void mistakesAreExplained() {
        assertEquals("Not a regular expression: Unclosed group near position 9.",
                assertThrows(IllegalArgumentException.class, () -> CustomPattern.compile("(?<user>x", "AUTHENTICATION", "FAILURE", null))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CustomPattern.compile("(?<who>x)", "AUTHENTICATION", "FAILURE", null))
                .getMessage().contains("who"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CustomPattern.compile("plain", "AUTHENTICATION", "FAILURE", null))
                .getMessage().contains("user"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CustomPattern.compile("(?<user>\\S+)", "AUTHENTICATION", null, null))
                .getMessage().contains("outcome"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CustomPattern.compile("(?<user>\\S+)", "LOGIN", "FAILURE", null))
                .getMessage().contains("AUTHENTICATION"));
    }

    @Test
    void catastrophicBacktrackingStopsWithinItsBudget() {
        CustomPattern evil = CustomPattern.compile("(?<user>(.*a){12}b)", "AUTHENTICATION", "FAILURE", null);
        String line = "a".repeat(30);

        // unbounded, this match reads the line's characters billions of times
        assertThrows(BudgetedText.TooSlow.class, () -> evil.extract(line, T0, "h", "app", "raw"));
    }
}
