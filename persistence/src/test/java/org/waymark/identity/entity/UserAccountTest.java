package org.waymark.identity.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Test
    void theFifthFailureWithinTheWindowLocksForTheDuration() {
        UserAccount account = new UserAccount("bob", "Bob", "hash", NOW);

        for (int i = 0; i < 4; i++) {
            assertFalse(account.recordFailedLogin(NOW.plusSeconds(i), POLICY));
        }
        assertTrue(account.recordFailedLogin(NOW.plusSeconds(4), POLICY), "the fifth failure locks");

        assertTrue(account.isLocked(NOW.plusSeconds(5)));
        assertFalse(account.isLocked(NOW.plusSeconds(4).plus(Duration.ofMinutes(15))), "the lock ends by itself");
    }

    @Test
    void failuresOutsideTheWindowStartANewCount() {
        UserAccount account = new UserAccount("bob", "Bob", "hash", NOW);
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(NOW, POLICY);
        }

        assertFalse(account.recordFailedLogin(NOW.plus(Duration.ofMinutes(16)), POLICY));
    }

    @Test
    void anAdministratorUnlocks() {
        UserAccount account = new UserAccount("bob", "Bob", "hash", NOW);
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(NOW, POLICY);
        }

        account.unlock();

        assertFalse(account.isLocked(NOW));
    }

    @Test
    void disablingOrANewPasswordEndsTheSessions() {
        UserAccount account = new UserAccount("bob", "Bob", "hash", NOW);
        long stamp = account.getSecurityStamp();

        account.changePassword("new-hash", NOW);
        assertNotEquals(stamp, account.getSecurityStamp());

        long afterPassword = account.getSecurityStamp();
        account.disable();
        assertNotEquals(afterPassword, account.getSecurityStamp());
        assertFalse(account.isEnabled());
    }
}
