package org.waymark.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B: the SHA-1 seed "12345678901234567890"; codes are the last six digits. */
    private static final String RFC_SECRET = new Base32().encodeToString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void matchesTheRfcTestVectors() {
        assertEquals("287082", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59))));
        assertEquals("081804", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109))));
        assertEquals("050471", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111111))));
        assertEquals("005924", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890))));
        assertEquals("279037", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000))));
    }

    @Test
    void acceptsOneStepOfClockDriftAndNoMore() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String previous = Totp.code(RFC_SECRET, Totp.step(now) - 1);
        String tooOld = Totp.code(RFC_SECRET, Totp.step(now) - 2);

        assertEquals(OptionalLong.of(Totp.step(now) - 1), Totp.matchingStep(RFC_SECRET, previous, now));
        assertTrue(Totp.matchingStep(RFC_SECRET, tooOld, now).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, "12ab56", now).isEmpty());
    }

    @Test
    void aNewSecretIsBase32WithoutPadding() {
        assertTrue(Totp.newSecret().matches("[A-Z2-7]{32}"));
    }
}
