package org.waymark.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A role granted to a user, globally ({@code systemId == null}) or for one target system.
 * Assignments are requested and become active only when approved by a second administrator;
 * the single exception is the bootstrap administrator's own, created with the database.
 */
@Entity
@Table(name = "role_assignment")
@NamedQuery(name = RoleAssignment.ACTIVE_GLOBAL_OF_USER,
        query = "select a from RoleAssignment a join fetch a.role where a.user = :user and a.systemId is null and a.state = "
                + "org.waymark.identity.entity.AssignmentState.ACTIVE")
@NamedQuery(name = RoleAssignment.ACTIVE_OF_USERNAME,
        query = "select a from RoleAssignment a join fetch a.role where a.user.username = :username and a.user.enabled = true"
                + " and a.state = org.waymark.identity.entity.AssignmentState.ACTIVE")
@NamedQuery(name = RoleAssignment.OF_USER,
        query = "select a from RoleAssignment a join fetch a.role where a.user = :user order by a.requestedAt desc")
@NamedQuery(name = RoleAssignment.IN_STATE,
        query = "select a from RoleAssignment a join fetch a.role join fetch a.user where a.state = :state order by a.requestedAt")
@NamedQuery(name = RoleAssignment.OPEN_OF_USER_ROLE_SCOPE,
        query = "select count(a) from RoleAssignment a where a.user = :user and a.role = :role"
                + " and ((:systemId is null and a.systemId is null) or a.systemId = :systemId)"
                + " and a.state in (org.waymark.identity.entity.AssignmentState.PENDING, org.waymark.identity.entity.AssignmentState.ACTIVE)")
@NamedQuery(name = RoleAssignment.ACTIVE_ADMINISTRATORS,
        query = "select distinct a.user.username from RoleAssignment a where a.role.code = '" + Role.ADMINISTRATOR + "'"
                + " and a.systemId is null and a.user.enabled = true"
                + " and a.state = org.waymark.identity.entity.AssignmentState.ACTIVE")
@NamedQuery(name = RoleAssignment.COUNT_OF_ROLE,
        query = "select count(a) from RoleAssignment a where a.role = :role")
public class RoleAssignment {

    /** The user's active global assignments: only these may become container-wide roles. */
    public static final String ACTIVE_GLOBAL_OF_USER = "RoleAssignment.activeGlobalOfUser";
    /** What an enabled user holds now, globally and per system: the source of its permissions. */
    public static final String ACTIVE_OF_USERNAME = "RoleAssignment.activeOfUsername";
    public static final String OF_USER = "RoleAssignment.ofUser";
    public static final String IN_STATE = "RoleAssignment.inState";
    /** Pending or active assignments of the same role in the same scope: a second one would be a duplicate. */
    public static final String OPEN_OF_USER_ROLE_SCOPE = "RoleAssignment.openOfUserRoleScope";
    /** The usernames of enabled users holding the global Administrator role. */
    public static final String ACTIVE_ADMINISTRATORS = "RoleAssignment.activeAdministrators";
    public static final String COUNT_OF_ROLE = "RoleAssignment.countOfRole";

    /** A request nobody decided on within this time expires. */
    public static final Duration PENDING_LIFETIME = Duration.ofDays(7);
    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "role_assignment_ids")
    @TableGenerator(name = "role_assignment_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "role_assignment", allocationSize = 20)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false)
    private UserAccount user;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "role_id", nullable = false)
    private Role role;

    @Column(name = "system_id")
    private Long systemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AssignmentState state;

    @Column(name = "requested_by", nullable = false, length = UserAccount.USERNAME_MAX)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = UserAccount.USERNAME_MAX)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = REASON_MAX)
    private String decisionReason;

    @Version
    private long version;

    protected RoleAssignment() {
        // for JPA
    }

    private RoleAssignment(UserAccount user, Role role, Long systemId, String requestedBy, Instant at) {
        this.user = Objects.requireNonNull(user, "user");
        this.role = Objects.requireNonNull(role, "role");
        this.systemId = systemId;
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.requestedAt = Objects.requireNonNull(at, "at");
    }

    /** A request that waits for a second administrator's approval. */
    public static RoleAssignment request(UserAccount user, Role role, Long systemId, String requestedBy, Instant at) {
        if (systemId != null && role.grantedPermissions(false).isEmpty()) {
            throw new IllegalArgumentException("role " + role.getCode() + " grants nothing within one system: assign it globally");
        }
        RoleAssignment assignment = new RoleAssignment(user, role, systemId, requestedBy, at);
        assignment.state = AssignmentState.PENDING;
        return assignment;
    }

    /** Four eyes: the approver is neither the requester nor the user who receives the role. */
    public void approve(String approver, Instant at) {
        decide(approver, at);
        state = AssignmentState.ACTIVE;
    }

    public void reject(String approver, String reason, Instant at) {
        decide(approver, at);
        state = AssignmentState.REJECTED;
        decisionReason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * The bootstrap exception: while the bootstrap administrator is the only active
     * Administrator, nobody else could approve, so its request takes effect at once.
     */
    public void activateWithoutSecondApprover(Instant at) {
        requireState(AssignmentState.PENDING);
        if (requestedBy.equals(user.getUsername())) {
            throw new IllegalStateException("nobody grants a role to themselves");
        }
        state = AssignmentState.ACTIVE;
        decidedBy = SYSTEM_ACTOR;
        decidedAt = at;
        decisionReason = "bootstrap exception: the requester is the only active administrator";
    }

    public boolean isExpired(Instant now) {
        return state == AssignmentState.PENDING && !now.isBefore(requestedAt.plus(PENDING_LIFETIME));
    }

    public void expire(Instant at) {
        requireState(AssignmentState.PENDING);
        state = AssignmentState.EXPIRED;
        decidedBy = SYSTEM_ACTOR;
        decidedAt = at;
        decisionReason = "not decided within " + PENDING_LIFETIME.toDays() + " days";
    }

    /** Ends an active assignment, or withdraws a pending request. */
    public void revoke(String by, Instant at) {
        if (state != AssignmentState.ACTIVE && state != AssignmentState.PENDING) {
            throw new IllegalStateException("assignment " + id + " is " + state + ", not active or pending");
        }
        boolean wasActive = state == AssignmentState.ACTIVE;
        state = AssignmentState.REVOKED;
        decidedBy = Objects.requireNonNull(by, "by");
        decidedAt = at;
        if (wasActive) {
            user.endSessions(); // a withdrawn request took nothing away
        }
    }

    private void decide(String approver, Instant at) {
        requireState(AssignmentState.PENDING);
        if (isExpired(at)) {
            throw new IllegalStateException("assignment " + id + " expired");
        }
        if (approver.equals(requestedBy)) {
            throw new IllegalStateException("nobody decides on their own request");
        }
        if (approver.equals(user.getUsername())) {
            throw new IllegalStateException("nobody decides on a role for themselves");
        }
        decidedBy = approver;
        decidedAt = Objects.requireNonNull(at, "at");
    }

    private void requireState(AssignmentState expected) {
        if (state != expected) {
            throw new IllegalStateException("assignment " + id + " is " + state + ", not " + expected);
        }
    }

    /**
     * The bootstrap administrator's global Administrator role: active at once because nobody
     * exists who could approve it. The system itself is recorded as requester and approver.
     */
    public static RoleAssignment bootstrap(UserAccount user, Role administrator, Instant at) {
        if (!Role.ADMINISTRATOR.equals(administrator.getCode())) {
            throw new IllegalArgumentException("the bootstrap assignment grants the Administrator role only");
        }
        RoleAssignment assignment = new RoleAssignment(user, administrator, null, SYSTEM_ACTOR, at);
        assignment.state = AssignmentState.ACTIVE;
        assignment.decidedBy = SYSTEM_ACTOR;
        assignment.decidedAt = at;
        return assignment;
    }

    /** The actor name recorded for what the application does on its own. */
    public static final String SYSTEM_ACTOR = "system";

    public boolean isActive() {
        return state == AssignmentState.ACTIVE;
    }

    public boolean isGlobal() {
        return systemId == null;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getUser() {
        return user;
    }

    public Role getRole() {
        return role;
    }

    public Long getSystemId() {
        return systemId;
    }

    public AssignmentState getState() {
        return state;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
