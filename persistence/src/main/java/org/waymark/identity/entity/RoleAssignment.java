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
public class RoleAssignment {

    /** The user's active global assignments: only these may become container-wide roles. */
    public static final String ACTIVE_GLOBAL_OF_USER = "RoleAssignment.activeGlobalOfUser";

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

    @Version
    private long version;

    protected RoleAssignment() {
        // for JPA
    }

    private RoleAssignment(UserAccount user, Role role, String requestedBy, Instant at) {
        this.user = Objects.requireNonNull(user, "user");
        this.role = Objects.requireNonNull(role, "role");
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.requestedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * The bootstrap administrator's global Administrator role: active at once because nobody
     * exists who could approve it. The system itself is recorded as requester and approver.
     */
    public static RoleAssignment bootstrap(UserAccount user, Role administrator, Instant at) {
        if (!Role.ADMINISTRATOR.equals(administrator.getCode())) {
            throw new IllegalArgumentException("the bootstrap assignment grants the Administrator role only");
        }
        RoleAssignment assignment = new RoleAssignment(user, administrator, SYSTEM_ACTOR, at);
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
}
