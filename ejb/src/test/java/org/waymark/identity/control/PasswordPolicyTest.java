package org.waymark.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongUncommonPassword() {
        assertEquals(Optional.empty(), policy.violation("alice", "correct horse battery staple"));
    }

    @Test
    void refusesShortOnesTheUsernameAndCommonOnes() {
        assertTrue(policy.violation("alice", "short").orElseThrow().contains("12 characters"));
        assertTrue(policy.violation("alice.example.com", "Alice.Example.Com").orElseThrow().contains("username"));
        assertTrue(policy.violation("alice", "1QAZ2WSX3EDC").orElseThrow().contains("common"), "from the shipped list, any case");
    }
}
