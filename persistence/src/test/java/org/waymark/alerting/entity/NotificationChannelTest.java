package org.waymark.alerting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationChannelTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void afterEachFailureTheChannelWaitsTwiceAsLongUpToFiveMinutes() {
        NotificationChannel channel = new NotificationChannel("soc", NotificationChannel.Kind.WEBHOOK, "https://soc.example/hook", null,
                Severity.HIGH, 0);
        assertTrue(channel.isDue(T0));

        channel.failed("HTTP 503", T0);
        assertFalse(channel.isDue(T0.plusSeconds(4)));
        assertTrue(channel.isDue(T0.plusSeconds(5)));

        channel.failed("HTTP 503", T0);
        assertFalse(channel.isDue(T0.plusSeconds(9)));
        assertTrue(channel.isDue(T0.plusSeconds(10)));

        for (int i = 0; i < 40; i++) {
            channel.failed("HTTP 503", T0);
        }
        assertFalse(channel.isDue(T0.plusSeconds(299)));
        assertTrue(channel.isDue(T0.plusSeconds(300)));

        channel.handledUpTo(17, T0, true);
        assertTrue(channel.isDue(T0));
        assertEquals(17, channel.getSentUpTo());
        assertEquals(null, channel.getLastError());
    }

    @Test
    void oneBatchAtATimeHoldsTheChannelUntilItsClaimEndsOrExpires() {
        NotificationChannel channel = new NotificationChannel("soc", NotificationChannel.Kind.WEBHOOK, "https://soc.example/hook", null,
                Severity.HIGH, 0);
        assertFalse(channel.isClaimed(T0));
        channel.claim("first", T0.plusSeconds(120));
        assertTrue(channel.isClaimed(T0.plusSeconds(119)));

        channel.release("first");
        assertFalse(channel.isClaimed(T0.plusSeconds(119)));
        channel.claim("second", T0.plusSeconds(239));

        // the second batch outlives its claim: a third takes the channel, and the second's end leaves the third's claim
        assertFalse(channel.isClaimed(T0.plusSeconds(239)));
        channel.claim("third", T0.plusSeconds(359));
        channel.release("second");
        assertTrue(channel.isClaimed(T0.plusSeconds(240)));
    }

    @Test
    void aWebhookShowsNeitherPathNorQuery() {
        NotificationChannel hook = new NotificationChannel("chat", NotificationChannel.Kind.WEBHOOK,
                "https://hooks.chat.example:8443/services/T000/B000/XXXXSECRET?token=abc", null, Severity.HIGH, 0);

        assertEquals("https://hooks.chat.example:8443/…", hook.getDisplayTarget());
    }

    @Test
    void theCursorOnlyMovesForward() {
        NotificationChannel channel = new NotificationChannel("soc", NotificationChannel.Kind.EMAIL, "soc@example.test", null,
                Severity.LOW, 40);
        channel.handledUpTo(30, T0, false);
        assertEquals(40, channel.getSentUpTo());
    }
}
