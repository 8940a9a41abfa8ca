package org.waymark.alerting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * What a rule raised about one entity (a user, an address, a host), with the triage that
 * follows. While it is open and within its rule's suppression window it carries a suppression key,
 * and new matches for the same rule and entity raise its count instead of making new alerts.
 */
@Entity
@Table(name = "alert")
@NamedQuery(name = Alert.BY_SUPPRESSION_KEY, query = "select a from Alert a where a.suppressionKey = :key")
public class Alert {

    public static final String BY_SUPPRESSION_KEY = "Alert.bySuppressionKey";
    public static final int SUMMARY_MAX = 500;
    public static final int KEY_MAX = 700;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "alert_ids")
    @TableGenerator(name = "alert_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "alert", allocationSize = 1)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_id", nullable = false, length = 40)
    private DetectionRule rule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Severity severity;

    @Column(nullable = false, length = 40)
    private String technique;

    @Column(name = "entity_user")
    private String user;

    @Column(name = "entity_address", length = 45)
    private String address;

    @Column(name = "entity_host")
    private String host;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    @Column(name = "event_count", nullable = false)
    private long count;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AlertStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Classification classification;

    @Column(length = 64)
    private String assignee;

    @Column(name = "suppression_key", length = KEY_MAX)
    private String suppressionKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Alert() {
        // for JPA
    }

    /**
     * @param count how many events the rule saw when it matched (a brute force needs several)
     * @param seen  when the matching event happened, by the source's clock
     */
    public Alert(DetectionRule rule, Severity severity, String user, String address, String host, String summary, String suppressionKey,
                 long count, Instant seen, Instant now) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.technique = rule.technique();
        this.user = user;
        this.address = address;
        this.host = host;
        this.summary = summary.length() > SUMMARY_MAX ? summary.substring(0, SUMMARY_MAX) : summary;
        this.suppressionKey = Objects.requireNonNull(suppressionKey, "suppressionKey");
        this.count = count;
        this.firstSeen = seen;
        this.lastSeen = seen;
        this.status = AlertStatus.NEW;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Suppression: another match for the same rule and entity. @return true if the severity rose */
    public boolean matchedAgain(Severity matched, Instant seen, Instant now) {
        count++;
        if (seen.isAfter(lastSeen)) {
            lastSeen = seen;
        }
        if (seen.isBefore(firstSeen)) {
            firstSeen = seen;
        }
        updatedAt = now;
        if (matched.compareTo(severity) > 0) {
            severity = matched;
            return true;
        }
        return false;
    }

    /** Whether a match at {@code seen} still folds into this alert. */
    public boolean suppresses(Instant seen, int suppressionSeconds) {
        return status != AlertStatus.RESOLVED && !seen.isAfter(lastSeen.plusSeconds(suppressionSeconds));
    }

    /** The window has passed: the next match makes a new alert, this one stays open for triage. */
    public void endSuppression() {
        suppressionKey = null;
    }

    public void acknowledge(Instant now) {
        requireOpen();
        if (status == AlertStatus.NEW) {
            status = AlertStatus.ACKNOWLEDGED;
        }
        updatedAt = now;
    }

    public void assign(String assignee, Instant now) {
        requireOpen();
        this.assignee = Objects.requireNonNull(assignee, "assignee");
        status = AlertStatus.IN_PROGRESS;
        updatedAt = now;
    }

    public void resolve(Classification classification, Instant now) {
        requireOpen();
        this.classification = Objects.requireNonNull(classification, "classification");
        status = AlertStatus.RESOLVED;
        suppressionKey = null;
        updatedAt = now;
    }

    public void touched(Instant now) {
        updatedAt = now;
    }

    private void requireOpen() {
        if (status == AlertStatus.RESOLVED) {
            throw new IllegalStateException("alert " + id + " is resolved");
        }
    }

    public Long getId() {
        return id;
    }

    public DetectionRule getRule() {
        return rule;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getTechnique() {
        return technique;
    }

    public String getUser() {
        return user;
    }

    public String getAddress() {
        return address;
    }

    public String getHost() {
        return host;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getFirstSeen() {
        return firstSeen;
    }

    public Instant getLastSeen() {
        return lastSeen;
    }

    public long getCount() {
        return count;
    }

    public AlertStatus getStatus() {
        return status;
    }

    public Classification getClassification() {
        return classification;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getSuppressionKey() {
        return suppressionKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
