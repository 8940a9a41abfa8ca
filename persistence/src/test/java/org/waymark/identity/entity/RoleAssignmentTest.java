package org.waymark.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RoleAssignmentTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void theBootstrapAssignmentIsActiveGlobalAndDecidedByTheSystem() throws ReflectiveOperationException {
        UserAccount admin = new UserAccount("admin", "Administrator", "hash", NOW);

        RoleAssignment assignment = RoleAssignment.bootstrap(admin, role(Role.ADMINISTRATOR), NOW);

        assertTrue(assignment.isActive());
        assertTrue(assignment.isGlobal());
        assertEquals(RoleAssignment.SYSTEM_ACTOR, assignment.getDecidedBy());
    }

    @Test
    void theBootstrapGrantsNoOtherRole() throws ReflectiveOperationException {
        UserAccount admin = new UserAccount("admin", "Administrator", "hash", NOW);
        Role analyst = role("ANALYST");

        assertThrows(IllegalArgumentException.class, () -> RoleAssignment.bootstrap(admin, analyst, NOW));
    }

    /** Roles are created by the migration only; the test builds one the way JPA does. */
    private static Role role(String code) throws ReflectiveOperationException {
        var constructor = Role.class.getDeclaredConstructor();
        Role role = constructor.newInstance();
        Field field = Role.class.getDeclaredField("code");
        field.setAccessible(true);
        field.set(role, code);
        return role;
    }
}
