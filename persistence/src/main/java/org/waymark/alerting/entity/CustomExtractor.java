package org.waymark.alerting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * An analyst's extractor for a log format the built-in ones do not read: a regular expression
 * whose named groups {@code user}, {@code ip} and {@code outcome} fill a security event. The
 * service checks the expression before it gets here.
 */
@Entity
@Table(name = "custom_extractor")
@NamedQuery(name = CustomExtractor.ALL, query = "select e from CustomExtractor e order by e.name")
@NamedQuery(name = CustomExtractor.ENABLED, query = "select e from CustomExtractor e where e.enabled = true order by e.id")
public class CustomExtractor {

    public static final String ALL = "CustomExtractor.all";
    public static final String ENABLED = "CustomExtractor.enabled";
    public static final int NAME_MAX = 64;
    public static final int PATTERN_MAX = 1_000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "custom_extractor_ids")
    @TableGenerator(name = "custom_extractor_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "custom_extractor", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = PATTERN_MAX)
    private String pattern;

    /** AUTHENTICATION, ACCOUNT_CHANGE or PRIVILEGE_USE. */
    @Column(name = "event_type", nullable = false, length = 16)
    private String eventType;

    /** SUCCESS or FAILURE for every match; null: the {@code outcome} group says. */
    @Column(length = 8)
    private String outcome;

    /** Only messages of this application (the syslog tag or APP-NAME); null: every message. */
    private String application;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CustomExtractor() {
        // for JPA
    }

    public CustomExtractor(String name, String pattern, String eventType, String outcome, String application, String createdBy,
                           Instant createdAt) {
        this.name = Objects.requireNonNull(name, "name");
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.outcome = outcome;
        this.application = application;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.enabled = true;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPattern() {
        return pattern;
    }

    public String getEventType() {
        return eventType;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getApplication() {
        return application;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
