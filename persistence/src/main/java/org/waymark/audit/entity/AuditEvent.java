package org.waymark.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;

/** One security-relevant event. Audit events are written once and never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int ACTOR_MAX = 64;
    public static final int ACTION_MAX = 64;
    public static final int ADDRESS_MAX = 45;
    public static final int TARGET_MAX = 255;
    public static final int DETAIL_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "audit_event_ids")
    @TableGenerator(name = "audit_event_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "audit_event", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = ACTOR_MAX)
    private String actor;

    @Column(nullable = false, updatable = false, length = ACTION_MAX)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private AuditOutcome outcome;

    @Column(name = "source_address", updatable = false, length = ADDRESS_MAX)
    private String sourceAddress;

    @Column(updatable = false, length = TARGET_MAX)
    private String target;

    @Column(updatable = false, length = DETAIL_MAX)
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, String actor, String action, AuditOutcome outcome,
                      String sourceAddress, String target, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = clip(Objects.requireNonNull(actor, "actor"), ACTOR_MAX);
        this.action = clip(Objects.requireNonNull(action, "action"), ACTION_MAX);
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.sourceAddress = clip(sourceAddress, ADDRESS_MAX);
        this.target = clip(target, TARGET_MAX);
        this.detail = clip(detail, DETAIL_MAX);
    }

    /**
     * Audit input is partly attacker-chosen (a typed username): it is cut to the column size
     * rather than rejected, because losing an audit event is worse than shortening it.
     */
    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }
}
