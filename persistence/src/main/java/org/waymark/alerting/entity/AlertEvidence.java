package org.waymark.alerting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;

/** One of the latest security events that caused an alert, as the analyst needs to see it. */
@Entity
@Table(name = "alert_event")
@NamedQuery(name = AlertEvidence.OF_ALERT, query = "select e from AlertEvidence e where e.alertId = :alert order by e.occurredAt desc, e.id desc")
@NamedQuery(name = AlertEvidence.IDS_OF_ALERT, query = "select e.id from AlertEvidence e where e.alertId = :alert order by e.occurredAt desc, e.id desc")
@NamedQuery(name = AlertEvidence.DELETE_IDS, query = "delete from AlertEvidence e where e.id in :ids")
public class AlertEvidence {

    public static final String OF_ALERT = "AlertEvidence.ofAlert";
    public static final String IDS_OF_ALERT = "AlertEvidence.idsOfAlert";
    public static final String DELETE_IDS = "AlertEvidence.deleteIds";
    public static final int RAW_MAX = 8_000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "alert_event_ids")
    @TableGenerator(name = "alert_event_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "alert_event", allocationSize = 50)
    private Long id;

    @Column(name = "alert_id", nullable = false)
    private long alertId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    private String host;

    private String application;

    @Column(name = "event_type", nullable = false, length = 16)
    private String type;

    @Column(nullable = false, length = 8)
    private String outcome;

    @Column(name = "user_name")
    private String user;

    @Column(name = "source_address", length = 45)
    private String sourceAddress;

    @Column(nullable = false, length = RAW_MAX)
    private String raw;

    protected AlertEvidence() {
        // for JPA
    }

    /** @param raw the message as received; longer than {@value #RAW_MAX} characters, its start */
    public AlertEvidence(long alertId, Instant occurredAt, String host, String application, String type, String outcome, String user,
                         String sourceAddress, String raw) {
        this.alertId = alertId;
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.host = cut(host, 255);
        this.application = cut(application, 255);
        this.type = Objects.requireNonNull(type, "type");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.user = cut(user, 255);
        this.sourceAddress = cut(sourceAddress, 45);
        this.raw = cut(Objects.requireNonNull(raw, "raw"), RAW_MAX);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public long getAlertId() {
        return alertId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getHost() {
        return host;
    }

    public String getApplication() {
        return application;
    }

    public String getType() {
        return type;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getUser() {
        return user;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    public String getRaw() {
        return raw;
    }
}
