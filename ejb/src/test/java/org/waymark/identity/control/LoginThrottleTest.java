package org.waymark.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.waymark.configuration.control.Settings;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void anAddressBeyondTheThresholdWaitsLongerWithEachFailureUpToTenSeconds() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 20; i++) {
            throttle.failed("203.0.113.9", NOW);
        }
        assertEquals(Duration.ofSeconds(1), throttle.delayFor("203.0.113.9", NOW));
        for (int i = 0; i < 50; i++) {
            throttle.failed("203.0.113.9", NOW);
        }
        assertEquals(Duration.ofSeconds(10), throttle.delayFor("203.0.113.9", NOW));
        assertEquals(Duration.ZERO, throttle.delayFor("203.0.113.10", NOW), "other addresses are not slowed down");
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 25; i++) {
            throttle.failed("203.0.113.9", NOW);
        }

        assertEquals(Duration.ZERO, throttle.delayFor("203.0.113.9", NOW.plus(LoginThrottle.WINDOW)));
    }

    private static LoginThrottle throttle() {
        LoginThrottle throttle = new LoginThrottle();
        throttle.settings = new Settings();
        throttle.configure();
        return throttle;
    }
}
