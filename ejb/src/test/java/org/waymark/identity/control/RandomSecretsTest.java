package org.waymark.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomSecretsTest {

    @Test
    void passwordsAreLongEnoughAndFreeOfLookAlikeCharacters() {
        for (int i = 0; i < 1000; i++) {
            String password = RandomSecrets.password();

            assertEquals(20, password.length());
            assertFalse(password.matches(".*[0O1lI].*"), password);
        }
    }

    @Test
    void passwordsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(RandomSecrets.password());
        }

        assertEquals(10_000, seen.size());
    }

    @Test
    void recoveryCodesAreFourGroupsOfUnambiguousCapitalsAndApiKeysCarryTheirPrefix() {
        assertTrue(RandomSecrets.recoveryCode().matches("[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}"));
        assertTrue(RandomSecrets.apiKey().matches("wmk_[A-Za-z0-9_-]{43}"));
        assertEquals(64, RandomSecrets.fingerprint("wmk_x").length());
    }
}
