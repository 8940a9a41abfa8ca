package org.waymark.alerting.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An analyst's settings of one built-in rule. Rules without a row run with their defaults, so an
 * upgrade that adds a rule or a parameter needs no data migration. The values are checked by the
 * service before they get here.
 */
@Entity
@Table(name = "alert_rule")
@NamedQuery(name = RuleSettings.ALL, query = "select s from RuleSettings s")
public class RuleSettings {

    public static final String ALL = "RuleSettings.all";
    public static final int SOURCE_MAX = 255;
    public static final int VALUE_MAX = 4_000;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "rule_id", length = 40)
    private DetectionRule rule;

    @Column(nullable = false)
    private boolean enabled;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Severity severity;

    @Column(name = "suppression_seconds", nullable = false)
    private int suppressionSeconds;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "alert_rule_parameter", joinColumns = @JoinColumn(name = "rule_id"))
    @MapKeyColumn(name = "name", length = 40)
    @Column(name = "param_value", nullable = false, length = VALUE_MAX)
    private Map<String, String> parameters = new TreeMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "alert_rule_source", joinColumns = @JoinColumn(name = "rule_id"))
    @Column(name = "source", nullable = false, length = SOURCE_MAX)
    private Set<String> sources = new TreeSet<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Version
    private long version;

    protected RuleSettings() {
        // for JPA
    }

    public RuleSettings(DetectionRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** Replaces every setting at once: an analyst's form is one change. */
    public void change(boolean enabled, Severity severity, int suppressionSeconds, Map<String, String> parameters, Set<String> sources,
                       String by, Instant at) {
        this.enabled = enabled;
        this.severity = Objects.requireNonNull(severity, "severity");
        this.suppressionSeconds = suppressionSeconds;
        this.parameters.clear();
        this.parameters.putAll(parameters);
        this.sources.clear();
        this.sources.addAll(sources);
        this.updatedBy = Objects.requireNonNull(by, "by");
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    public DetectionRule getRule() {
        return rule;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Severity getSeverity() {
        return severity;
    }

    public int getSuppressionSeconds() {
        return suppressionSeconds;
    }

    public Map<String, String> getParameters() {
        return Map.copyOf(parameters);
    }

    public Set<String> getSources() {
        return Set.copyOf(sources);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
