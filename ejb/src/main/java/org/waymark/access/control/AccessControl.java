package org.waymark.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.waymark.access.entity.Permission;
import org.waymark.authoring.entity.TargetSystem;
import org.waymark.identity.entity.ApiKey;
import org.waymark.identity.entity.Role;
import org.waymark.identity.entity.RoleAssignment;
import org.waymark.identity.entity.SecondFactorPolicy;

/**
 * The one source of truth for who may do what: the permissions of the caller's active role
 * assignments, read from the database at every check, so that a revoked role or a disabled
 * account stops working at once, in every session and API key. Service entry points ask through
 * {@link Requires}; the Editor's menus and screen guard ask the same questions.
 */
@ApplicationScoped
public class AccessControl {

    /** What the container names a caller who has not signed in; never a valid username (they are lower case). */
    private static final String ANONYMOUS = "ANONYMOUS";

    @PersistenceContext
    EntityManager em;

    @Inject
    Principal principal;

    @Inject
    ApiKeyLimit apiKeyLimit;

    /** The signed-in caller's username, if someone is signed in. */
    public Optional<String> caller() {
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || ANONYMOUS.equals(name) ? Optional.empty() : Optional.of(name);
    }

    /** The caller's username; fails when nobody is signed in. */
    public String requireCaller() {
        return caller().orElseThrow(() -> new IllegalStateException("no signed-in caller"));
    }

    /**
     * What the caller may do within one system, or installation-wide when {@code systemId} is
     * null, after the limit of the API key the request came with.
     */
    public Set<Permission> callerPermissions(Long systemId) {
        Optional<String> caller = caller();
        if (caller.isEmpty()) {
            return Set.of();
        }
        Set<Permission> permissions = permissionsOf(caller.get(), systemId);
        Optional<Long> keyId = requestApiKey();
        if (keyId.isPresent()) {
            ApiKey key = em.find(ApiKey.class, keyId.get());
            if (key == null || !key.isUsable(Instant.now()) || !key.getUser().getUsername().equals(caller.get())) {
                return Set.of();
            }
            return key.limit(permissions);
        }
        return permissions;
    }

    public boolean callerMay(Permission permission, Long systemId) {
        return callerPermissions(systemId).contains(permission);
    }

    /**
     * The systems in which the caller holds a system permission; empty when it holds it in every
     * system (a global grant).
     */
    public Optional<Set<Long>> callerSystemsWith(Permission permission) {
        if (callerMay(permission, null)) {
            return Optional.empty();
        }
        Set<Long> systems = caller().map(this::activeAssignments).orElse(List.of()).stream()
                .filter(assignment -> !assignment.isGlobal())
                .map(RoleAssignment::getSystemId)
                .filter(systemId -> callerMay(permission, systemId))
                .collect(Collectors.toSet());
        return Optional.of(systems);
    }

    /** Whether the caller holds the permission installation-wide or, for a system permission, in some system. */
    public boolean callerMayAnywhere(Permission permission) {
        return permission.isSystemScoped() ? callerSystemsWith(permission).map(systems -> !systems.isEmpty()).orElse(true)
                : callerMay(permission, null);
    }

    /** The id of the system with this key, or null when there is none. */
    public Long systemIdOf(String key) {
        return em.createNamedQuery(TargetSystem.ID_BY_KEY, Long.class).setParameter("key", key).getResultStream().findFirst().orElse(null);
    }

    /**
     * What a user's active assignments grant: global ones everywhere, scoped ones in their
     * system only. Nothing while a role requires a second factor the user has not set up.
     */
    public Set<Permission> permissionsOf(String username, Long systemId) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        List<RoleAssignment> assignments = activeAssignments(username);
        if (mustEnrolFirst(assignments)) {
            return permissions;
        }
        for (RoleAssignment assignment : assignments) {
            if (assignment.isGlobal()) {
                permissions.addAll(assignment.getRole().grantedPermissions(true));
            } else if (Objects.equals(assignment.getSystemId(), systemId)) {
                permissions.addAll(assignment.getRole().grantedPermissions(false));
            }
        }
        return permissions;
    }

    /** Whether a role of the user requires a second factor that the user has not set up yet. */
    public boolean mustEnrolSecondFactor(String username) {
        return mustEnrolFirst(activeAssignments(username));
    }

    /** The strictest second-factor policy among the user's active roles. */
    public SecondFactorPolicy strictestSecondFactorPolicy(String username) {
        return activeAssignments(username).stream()
                .map(assignment -> assignment.getRole().getSecondFactor())
                .max(Comparator.naturalOrder())
                .orElse(SecondFactorPolicy.OPTIONAL);
    }

    private static boolean mustEnrolFirst(List<RoleAssignment> assignments) {
        return assignments.stream().anyMatch(assignment -> assignment.getRole().getSecondFactor() == SecondFactorPolicy.REQUIRED
                && !assignment.getUser().hasSecondFactor());
    }

    /** Whether the user holds the global Administrator role now. */
    public boolean isAdministrator(String username) {
        return activeAssignments(username).stream()
                .anyMatch(assignment -> assignment.isGlobal() && Role.ADMINISTRATOR.equals(assignment.getRole().getCode()));
    }

    /** The enabled users who hold the global Administrator role now. */
    public List<String> activeAdministrators() {
        return em.createNamedQuery(RoleAssignment.ACTIVE_ADMINISTRATORS, String.class).getResultList();
    }

    private List<RoleAssignment> activeAssignments(String username) {
        return em.createNamedQuery(RoleAssignment.ACTIVE_OF_USERNAME, RoleAssignment.class)
                .setParameter("username", username)
                .getResultList();
    }

    /** The API key the current request came with, if any. */
    public Optional<Long> requestApiKey() {
        try {
            return apiKeyLimit.keyId();
        } catch (ContextNotActiveException e) {
            return Optional.empty(); // timers and message-driven beans: no request, no key
        }
    }
}
