package org.waymark.access.boundary;

import static org.waymark.access.entity.Permission.ASSIGNMENT_APPROVE;
import static org.waymark.access.entity.Permission.ASSIGNMENT_REQUEST;
import static org.waymark.access.entity.Permission.ASSIGNMENT_REVOKE;
import static org.waymark.access.entity.Permission.ASSIGNMENT_VIEW;
import static org.waymark.access.entity.Permission.USER_VIEW;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.waymark.access.control.AccessControl;
import org.waymark.access.control.PermissionCheck;
import org.waymark.access.control.Requires;
import org.waymark.access.control.SystemScope;
import org.waymark.access.entity.Permission;
import org.waymark.audit.boundary.AuditTrail;
import org.waymark.audit.entity.AuditOutcome;
import org.waymark.authoring.entity.TargetSystem;
import org.waymark.common.boundary.Refusal;
import org.waymark.identity.control.Directory;
import org.waymark.identity.entity.AssignmentState;
import org.waymark.identity.entity.Role;
import org.waymark.identity.entity.RoleAssignment;
import org.waymark.identity.entity.UserAccount;

/**
 * Role assignments under four eyes: one administrator requests, a different one approves.
 * <ul>
 * <li>A System Manager may request, for the systems it manages, roles below its own.</li>
 * <li>Nobody decides on their own request or on a role for themselves.</li>
 * <li>Requests expire after seven days.</li>
 * <li>Bootstrap exception: while the bootstrap administrator is the only active administrator,
 * its requests take effect at once, because nobody could approve them; the audit trail says so.</li>
 * </ul>
 */
@Stateless
public class RoleAssignments {

    public static final String REQUEST = "role.request";
    public static final String APPROVE = "role.approve";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    @Inject
    Directory directory;

    @Requires(ASSIGNMENT_REQUEST)
    public RoleAssignment request(String username, String roleCode, @SystemScope Long systemId) {
        String caller = access.requireCaller();
        UserAccount user = directory.user(username);
        Role role = directory.role(roleCode);
        if (systemId != null && em.find(TargetSystem.class, systemId) == null) {
            throw Refusal.notFound("There is no system " + systemId + ".");
        }
        if (!user.isEnabled()) {
            throw Refusal.conflict("The account " + user.getUsername() + " is disabled.");
        }
        if (!access.isAdministrator(caller) && (systemId == null || !role.isDelegableBySystemManager())) {
            String reason = "Only an administrator may request " + (systemId == null ? "a global role" : "the role " + role.getName()) + ".";
            audit.recordAttempt(caller, PermissionCheck.ACCESS_DENIED, AuditOutcome.FAILURE, "RoleAssignments.request", reason);
            throw new AccessDeniedException(Permission.ASSIGNMENT_REQUEST, reason);
        }
        long open = em.createNamedQuery(RoleAssignment.OPEN_OF_USER_ROLE_SCOPE, Long.class)
                .setParameter("user", user).setParameter("role", role).setParameter("systemId", systemId)
                .getSingleResult();
        if (open > 0) {
            throw Refusal.conflict(user.getUsername() + " already holds or awaits the role " + role.getName() + scope(systemId) + ".");
        }
        RoleAssignment assignment;
        try {
            assignment = RoleAssignment.request(user, role, systemId, caller, Instant.now());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("The role " + role.getName() + " grants nothing within one system: assign it globally.");
        }
        em.persist(assignment);
        em.flush();
        audit.record(caller, REQUEST, AuditOutcome.SUCCESS, target(assignment), null);
        if (isSoleBootstrapAdministrator(caller) && !caller.equals(user.getUsername())) {
            assignment.activateWithoutSecondApprover(Instant.now());
            audit.record(RoleAssignment.SYSTEM_ACTOR, APPROVE, AuditOutcome.SUCCESS, target(assignment),
                    "bootstrap exception: " + caller + " is the only active administrator, so the request took effect without a second approver");
        }
        return assignment;
    }

    @Requires(ASSIGNMENT_APPROVE)
    public RoleAssignment approve(long id) {
        String caller = access.requireCaller();
        RoleAssignment assignment = decidable(id, caller);
        assignment.approve(caller, Instant.now());
        audit.record(caller, APPROVE, AuditOutcome.SUCCESS, target(assignment), "requested by " + assignment.getRequestedBy());
        return assignment;
    }

    @Requires(ASSIGNMENT_APPROVE)
    public RoleAssignment reject(long id, String reason) {
        String caller = access.requireCaller();
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("A rejection needs a reason.");
        }
        if (reason.length() > RoleAssignment.REASON_MAX) {
            throw Refusal.invalid("The reason must be at most " + RoleAssignment.REASON_MAX + " characters long.");
        }
        RoleAssignment assignment = decidable(id, caller);
        assignment.reject(caller, reason.strip(), Instant.now());
        audit.record(caller, "role.reject", AuditOutcome.SUCCESS, target(assignment), reason.strip());
        return assignment;
    }

    /** Takes effect at once: the user's sessions end and its API keys lose the role with the next request. */
    @Requires(ASSIGNMENT_REVOKE)
    public RoleAssignment revoke(long id) {
        String caller = access.requireCaller();
        directory.lockAdministratorRole();
        RoleAssignment assignment = find(id);
        if (assignment.getState() != AssignmentState.ACTIVE && assignment.getState() != AssignmentState.PENDING) {
            throw Refusal.conflict("Assignment " + id + " is " + assignment.getState() + " and cannot be revoked.");
        }
        if (assignment.isActive() && Role.ADMINISTRATOR.equals(assignment.getRole().getCode()) && assignment.isGlobal()
                && access.activeAdministrators().size() <= 1) {
            throw Refusal.conflict("The last active administrator keeps the Administrator role.");
        }
        assignment.revoke(caller, Instant.now());
        audit.record(caller, "role.revoke", AuditOutcome.SUCCESS, target(assignment), null);
        return assignment;
    }

    /** The approval queue, oldest first. */
    @Requires(ASSIGNMENT_VIEW)
    public List<RoleAssignment> pending() {
        Instant now = Instant.now();
        return em.createNamedQuery(RoleAssignment.IN_STATE, RoleAssignment.class)
                .setParameter("state", AssignmentState.PENDING)
                .getResultStream()
                .filter(assignment -> !assignment.isExpired(now))
                .toList();
    }

    @Requires(USER_VIEW)
    public List<RoleAssignment> ofUser(String username) {
        return em.createNamedQuery(RoleAssignment.OF_USER, RoleAssignment.class).setParameter("user", directory.user(username)).getResultList();
    }

    @Requires(ASSIGNMENT_VIEW)
    public RoleAssignment find(long id) {
        RoleAssignment assignment = em.find(RoleAssignment.class, id);
        if (assignment == null) {
            throw Refusal.notFound("There is no role assignment " + id + ".");
        }
        return assignment;
    }

    /** Requests nobody decided on within seven days expire; the queue already hides them. */
    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void expireOldRequests() {
        Instant now = Instant.now();
        for (RoleAssignment assignment : em.createNamedQuery(RoleAssignment.IN_STATE, RoleAssignment.class)
                .setParameter("state", AssignmentState.PENDING).getResultList()) {
            if (assignment.isExpired(now)) {
                assignment.expire(now);
                audit.record(RoleAssignment.SYSTEM_ACTOR, "role.expire", AuditOutcome.SUCCESS, target(assignment), assignment.getDecisionReason());
            }
        }
    }

    private RoleAssignment decidable(long id, String caller) {
        RoleAssignment assignment = em.find(RoleAssignment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (assignment == null) {
            throw Refusal.notFound("There is no role assignment " + id + ".");
        }
        if (assignment.getState() != AssignmentState.PENDING) {
            throw Refusal.conflict("Assignment " + id + " is " + assignment.getState() + ", not pending.");
        }
        if (assignment.isExpired(Instant.now())) {
            throw Refusal.conflict("Assignment " + id + " expired: it was requested more than "
                    + RoleAssignment.PENDING_LIFETIME.toDays() + " days ago.");
        }
        String rule = caller.equals(assignment.getRequestedBy()) ? "Nobody decides on their own request."
                : caller.equals(assignment.getUser().getUsername()) ? "Nobody decides on a role for themselves." : null;
        if (rule != null) {
            audit.recordAttempt(caller, PermissionCheck.ACCESS_DENIED, AuditOutcome.FAILURE, target(assignment), rule);
            throw new AccessDeniedException(ASSIGNMENT_APPROVE, rule);
        }
        return assignment;
    }

    private boolean isSoleBootstrapAdministrator(String caller) {
        UserAccount account = directory.user(caller);
        return account.isBootstrap() && access.activeAdministrators().equals(List.of(caller));
    }


    private static String target(RoleAssignment assignment) {
        return "assignment " + assignment.getId() + ": " + assignment.getRole().getCode() + scope(assignment.getSystemId())
                + " for " + assignment.getUser().getUsername();
    }

    private static String scope(Long systemId) {
        return systemId == null ? " (global)" : " (system " + systemId + ")";
    }
}
