package org.waymark.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.waymark.access.entity.Permission;

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

    @Test
    void aRequestIsPendingUntilADifferentAdministratorApprovesIt() throws ReflectiveOperationException {
        UserAccount alice = new UserAccount("alice", "Alice", "hash", NOW);
        RoleAssignment assignment = RoleAssignment.request(alice, role("ANALYST"), null, "admin", NOW);

        assertEquals(AssignmentState.PENDING, assignment.getState());
        assertThrows(IllegalStateException.class, () -> assignment.approve("admin", NOW), "not the requester");
        assertThrows(IllegalStateException.class, () -> assignment.approve("alice", NOW), "not the grantee");
        assignment.approve("carol", NOW);

        assertTrue(assignment.isActive());
        assertEquals("carol", assignment.getDecidedBy());
    }

    @Test
    void aRequestExpiresAfterSevenDays() throws ReflectiveOperationException {
        UserAccount alice = new UserAccount("alice", "Alice", "hash", NOW);
        RoleAssignment assignment = RoleAssignment.request(alice, role("ANALYST"), null, "admin", NOW);
        Instant later = NOW.plus(RoleAssignment.PENDING_LIFETIME);

        assertTrue(assignment.isExpired(later));
        assertThrows(IllegalStateException.class, () -> assignment.approve("carol", later));
    }

    @Test
    void revokingEndsTheUsersSessions() throws ReflectiveOperationException {
        UserAccount alice = new UserAccount("alice", "Alice", "hash", NOW);
        RoleAssignment assignment = RoleAssignment.request(alice, role("ANALYST"), null, "admin", NOW);
        assignment.approve("carol", NOW);
        long stamp = alice.getSecurityStamp();

        assignment.revoke("carol", NOW);

        assertEquals(AssignmentState.REVOKED, assignment.getState());
        assertTrue(alice.getSecurityStamp() != stamp);
    }

    @Test
    void aScopedAssignmentGrantsOnlyTheRolesSystemPermissions() {
        Role mixed = new Role("MIXED", "Mixed", "test", Set.of(Permission.AUDIT_VIEW, Permission.CONTENT_EDIT));
        Role installationOnly = new Role("AUDITOR", "Auditor", "test", Set.of(Permission.AUDIT_VIEW));
        UserAccount alice = new UserAccount("alice", "Alice", "hash", NOW);

        assertEquals(Set.of(Permission.CONTENT_EDIT), mixed.grantedPermissions(false));
        assertEquals(Set.of(Permission.AUDIT_VIEW, Permission.CONTENT_EDIT), mixed.grantedPermissions(true));
        assertThrows(IllegalArgumentException.class, () -> RoleAssignment.request(alice, installationOnly, 7L, "admin", NOW));
    }

    @Test
    void aSystemManagerDelegatesOnlyRolesBelowItsOwn() {
        assertTrue(new Role("WRITER", "Writer", "test", Set.of(Permission.CONTENT_EDIT, Permission.CONTENT_VIEW)).isDelegableBySystemManager());
        assertFalse(new Role("AUDITOR", "Auditor", "test", Set.of(Permission.AUDIT_VIEW)).isDelegableBySystemManager());
        assertFalse(new Role("SYSADM", "Sysadm", "test", Set.of(Permission.SYSTEM_CONFIGURE)).isDelegableBySystemManager());
    }

    /** Built-in roles are created by the migration only; the test builds one the way JPA does. */
    private static Role role(String code) throws ReflectiveOperationException {
        var constructor = Role.class.getDeclaredConstructor();
        Role role = constructor.newInstance();
        Field field = Role.class.getDeclaredField("code");
        field.setAccessible(true);
        field.set(role, code);
        return role;
    }
}
