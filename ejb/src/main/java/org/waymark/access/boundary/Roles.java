package org.waymark.access.boundary;

import static org.waymark.access.entity.Permission.ROLE_MANAGE;
import static org.waymark.access.entity.Permission.ROLE_VIEW;
import static org.waymark.access.entity.Permission.SECURITY_SETTINGS;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.waymark.access.control.AccessControl;
import org.waymark.access.control.PermissionCheck;
import org.waymark.access.control.Requires;
import org.waymark.access.entity.Permission;
import org.waymark.audit.boundary.AuditTrail;
import org.waymark.audit.entity.AuditOutcome;
import org.waymark.common.boundary.Refusal;
import org.waymark.identity.control.Directory;
import org.waymark.identity.entity.Role;
import org.waymark.identity.entity.RoleAssignment;
import org.waymark.identity.entity.SecondFactorPolicy;

/** The role catalogue: the eight built-in roles and the custom ones administrators define. */
@Stateless
public class Roles {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @Inject
    Directory directory;

    @Requires(ROLE_VIEW)
    public List<Role> list() {
        return em.createNamedQuery(Role.ALL, Role.class).getResultList();
    }

    @Requires(ROLE_MANAGE)
    public Role create(String code, String name, String description, Set<Permission> permissions) {
        String normalized = code == null ? "" : code.strip();
        String taken = "A role with the code " + normalized + " exists already.";
        if (directory.findRole(normalized).isPresent()) {
            throw Refusal.conflict(taken);
        }
        requireHeldByCaller(permissions);
        Role role = define(() -> new Role(normalized, strip(name), strip(description), permissions(permissions)));
        em.persist(role);
        Refusal.flushUnlessTaken(em, taken);
        audit.record(access.requireCaller(), "role.create", AuditOutcome.SUCCESS, normalized, describe(role));
        return role;
    }

    /** Changes take effect at once for everyone holding the role. */
    @Requires(ROLE_MANAGE)
    public Role change(String code, String name, String description, Set<Permission> permissions) {
        Role role = directory.role(code);
        if (role.isBuiltIn()) {
            throw Refusal.conflict("The built-in role " + role.getName() + " cannot be changed.");
        }
        requireHeldByCaller(permissions);
        define(() -> {
            role.change(strip(name), strip(description), permissions(permissions));
            return role;
        });
        audit.record(access.requireCaller(), "role.change", AuditOutcome.SUCCESS, role.getCode(), describe(role));
        return role;
    }

    /** Whether holders of the role need a second factor; built-in roles take this setting too. */
    @Requires(SECURITY_SETTINGS)
    public Role setSecondFactorPolicy(String code, SecondFactorPolicy policy) {
        if (policy == null) {
            throw Refusal.invalid("The policy is OPTIONAL, KEEP_ONCE_ENROLLED or REQUIRED.");
        }
        Role role = directory.role(code);
        role.setSecondFactor(policy);
        audit.record(access.requireCaller(), "security-setting.change", AuditOutcome.SUCCESS, "role " + role.getCode(),
                "second factor " + policy);
        return role;
    }

    /** Only a custom role that was never assigned can go: the audit trail of its assignments must keep meaning something. */
    @Requires(ROLE_MANAGE)
    public void delete(String code) {
        Role role = directory.role(code);
        if (role.isBuiltIn()) {
            throw Refusal.conflict("The built-in role " + role.getName() + " cannot be deleted.");
        }
        long assignments = em.createNamedQuery(RoleAssignment.COUNT_OF_ROLE, Long.class).setParameter("role", role).getSingleResult();
        if (assignments > 0) {
            throw Refusal.conflict("The role " + role.getName() + " has been assigned " + assignments + " times and cannot be deleted.");
        }
        em.remove(role);
        audit.record(access.requireCaller(), "role.delete", AuditOutcome.SUCCESS, role.getCode(), null);
    }

    /**
     * A custom role holds only permissions its author holds: otherwise managing roles would
     * grant, without a second administrator, what role assignments grant only with one.
     */
    private void requireHeldByCaller(Set<Permission> permissions) {
        EnumSet<Permission> beyond = EnumSet.noneOf(Permission.class);
        beyond.addAll(permissions(permissions));
        beyond.removeAll(access.callerPermissions(null));
        if (!beyond.isEmpty()) {
            String reason = "A role cannot hold permissions you do not hold: " + beyond + ".";
            audit.recordAttempt(access.requireCaller(), PermissionCheck.ACCESS_DENIED, AuditOutcome.FAILURE, "Roles", reason);
            throw new AccessDeniedException(Permission.ROLE_MANAGE, reason);
        }
    }

    private Role define(Supplier<Role> definition) {
        Role role;
        try {
            role = definition.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Refusal.invalid("A role needs a code, a name, a description and at least one permission.");
        }
        var violations = validator.validate(role);
        if (!violations.isEmpty()) {
            throw Refusal.invalid(violations);
        }
        return role;
    }

    private static Set<Permission> permissions(Set<Permission> permissions) {
        return permissions == null ? Set.of() : permissions;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String describe(Role role) {
        return role.getName() + ": " + role.getPermissions().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
