package org.waymark.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One security-relevant event. Audit events are written once and never changed, and they form
 * a hash chain: each record's hash covers its own content and the hash of the record before it,
 * so changing, deleting or inserting a record breaks the chain from that record on.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** The "previous hash" of the first record. */
    public static final String GENESIS_HASH = "0".repeat(64);

    public static final int ACTOR_MAX = 64;
    public static final int ACTION_MAX = 64;
    public static final int ADDRESS_MAX = 45;
    public static final int TARGET_MAX = 255;
    public static final int DETAIL_MAX = 2000;
    public static final int USER_AGENT_MAX = 255;

    /** The position in the chain, given when the record is sealed (one more than the record before it). */
    @Id
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

    @Column(name = "user_agent", updatable = false, length = USER_AGENT_MAX)
    private String userAgent;

    @Column(name = "prev_hash", updatable = false, length = 64)
    private String prevHash;

    @Column(updatable = false, length = 64)
    private String hash;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, String actor, String action, AuditOutcome outcome,
                      String sourceAddress, String userAgent, String target, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
        this.actor = clip(Objects.requireNonNull(actor, "actor"), ACTOR_MAX);
        this.action = clip(Objects.requireNonNull(action, "action"), ACTION_MAX);
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.sourceAddress = clip(sourceAddress, ADDRESS_MAX);
        this.userAgent = clip(userAgent, USER_AGENT_MAX);
        this.target = clip(target, TARGET_MAX);
        this.detail = clip(detail, DETAIL_MAX);
    }

    /** Gives the record its place in the chain, after the record with {@code previousHash}. */
    public void seal(long id, String previousHash) {
        if (hash != null) {
            throw new IllegalStateException("audit event " + this.id + " is already sealed");
        }
        this.id = id;
        this.prevHash = Objects.requireNonNull(previousHash, "previousHash");
        this.hash = chainHash(id, occurredAt, actor, action, outcome.name(), sourceAddress, userAgent, target, detail, previousHash);
    }

    /**
     * SHA-256 over every stored field and the previous hash. Each field is written with its
     * length first, so that no two different records can produce the same input. The time counts
     * to the second: mysql-connector-j stores no fraction on MariaDB 10 (it takes the server's
     * "5.5.5-10.11" for MySQL 5.5), and the hash must cover what every database keeps. The id
     * orders records within a second.
     */
    public static String chainHash(long id, Instant occurredAt, String actor, String action, String outcome,
                                   String sourceAddress, String userAgent, String target, String detail,
                                   String previousHash) {
        StringBuilder input = new StringBuilder(256);
        for (String field : new String[] {Long.toString(id), occurredAt.truncatedTo(ChronoUnit.SECONDS).toString(), actor,
                action, outcome, sourceAddress, userAgent, target, detail, previousHash}) {
            if (field == null) {
                input.append("-1:");
            } else {
                input.append(field.length()).append(':').append(field);
            }
        }
        return HexFormat.of().formatHex(sha256().digest(input.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
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

    public String getUserAgent() {
        return userAgent;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
