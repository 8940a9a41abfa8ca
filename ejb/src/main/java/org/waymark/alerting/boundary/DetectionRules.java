package org.waymark.alerting.boundary;

import static org.waymark.access.entity.Permission.RULE_CONFIGURE;
import static org.waymark.access.entity.Permission.SOC_VIEW;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.waymark.access.control.AccessControl;
import org.waymark.access.control.Requires;
import org.waymark.alerting.control.RuleBook;
import org.waymark.alerting.control.RuleConfig;
import org.waymark.alerting.entity.DetectionRule;
import org.waymark.alerting.entity.RuleSettings;
import org.waymark.alerting.entity.Severity;
import org.waymark.audit.boundary.AuditTrail;
import org.waymark.audit.entity.AuditOutcome;
import org.waymark.common.boundary.Refusal;

/** The built-in alert rules as analysts see and tune them. */
@Stateless
public class DetectionRules {

    public static final int MAX_SUPPRESSION_SECONDS = 7 * 86_400;
    public static final int MAX_SOURCES = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    @Inject
    RuleBook book;

    /** A rule as it runs, with who changed it last (null: never changed, it runs on its defaults). */
    public record Rule(RuleConfig config, Instant updatedAt, String updatedBy) {
    }

    @Requires(SOC_VIEW)
    public List<Rule> list() {
        return Arrays.stream(DetectionRule.values()).map(this::rule).toList();
    }

    @Requires(SOC_VIEW)
    public Rule find(DetectionRule rule) {
        if (rule == null) {
            throw Refusal.notFound("There is no such rule.");
        }
        return rule(rule);
    }

    /**
     * Changes what is given and keeps the rest; parameters not named keep their values. Nothing
     * changes unless everything given is valid.
     */
    @Requires(RULE_CONFIGURE)
    public Rule change(DetectionRule rule, Boolean enabled, Severity severity, Integer suppressionSeconds, Map<String, String> parameters,
                       Set<String> sources) {
        if (rule == null) {
            throw Refusal.notFound("There is no such rule.");
        }
        RuleSettings settings = em.find(RuleSettings.class, rule, LockModeType.PESSIMISTIC_WRITE);
        RuleConfig before = settings == null ? RuleConfig.defaults(rule) : RuleConfig.of(settings);
        RuleConfig after = validated(rule, before, enabled, severity, suppressionSeconds, parameters, sources);
        if (settings == null) {
            settings = new RuleSettings(rule);
            em.persist(settings);
        }
        String caller = access.requireCaller();
        settings.change(after.enabled(), after.severity(), after.suppressionSeconds(), after.parameters(), after.sources(), caller,
                Instant.now());
        em.flush();
        audit.record(caller, "rule.configure", AuditOutcome.SUCCESS, "rule " + rule, differences(before, after));
        book.changed();
        return new Rule(after, settings.getUpdatedAt(), caller);
    }

    private static RuleConfig validated(DetectionRule rule, RuleConfig before, Boolean enabled, Severity severity, Integer suppressionSeconds,
                                        Map<String, String> parameters, Set<String> sources) {
        List<String> problems = new ArrayList<>();
        Map<String, String> merged = new HashMap<>(before.parameters());
        if (parameters != null) {
            parameters.forEach((name, value) -> {
                if (rule.parameter(name).isEmpty()) {
                    problems.add(name + ": " + rule + " has no such parameter");
                } else {
                    merged.put(name, value);
                }
            });
        }
        int suppression = suppressionSeconds == null ? before.suppressionSeconds() : suppressionSeconds;
        if (suppression < 0 || suppression > MAX_SUPPRESSION_SECONDS) {
            problems.add("suppressionSeconds: from 0 to " + MAX_SUPPRESSION_SECONDS + " (a week)");
        }
        Set<String> checkedSources = new TreeSet<>();
        for (String source : sources == null ? before.sources() : sources) {
            if (source == null || source.isBlank() || source.strip().length() > RuleSettings.SOURCE_MAX) {
                problems.add("sources: a source is a host or application name of 1 to " + RuleSettings.SOURCE_MAX + " characters");
            } else {
                checkedSources.add(source.strip());
            }
        }
        if (checkedSources.size() > MAX_SOURCES) {
            problems.add("sources: at most " + MAX_SOURCES);
        }
        for (Map.Entry<String, String> parameter : merged.entrySet()) {
            if (parameter.getValue() != null && parameter.getValue().length() > RuleSettings.VALUE_MAX) {
                problems.add(parameter.getKey() + ": at most " + RuleSettings.VALUE_MAX + " characters");
            }
        }
        RuleConfig after = null;
        if (problems.isEmpty()) {
            try {
                after = RuleConfig.of(rule, enabled == null ? before.enabled() : enabled, severity == null ? before.severity() : severity,
                        suppression, merged, checkedSources);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid("The rule was not changed: " + String.join("; ", problems) + ".");
        }
        return after;
    }

    private static String differences(RuleConfig before, RuleConfig after) {
        List<String> changes = new ArrayList<>();
        if (before.enabled() != after.enabled()) {
            changes.add(after.enabled() ? "enabled" : "disabled");
        }
        if (before.severity() != after.severity()) {
            changes.add("severity " + before.severity() + " -> " + after.severity());
        }
        if (before.suppressionSeconds() != after.suppressionSeconds()) {
            changes.add("suppression " + before.suppressionSeconds() + " s -> " + after.suppressionSeconds() + " s");
        }
        after.parameters().forEach((name, value) -> {
            if (!value.equals(before.parameters().get(name))) {
                changes.add(name + " " + before.parameters().get(name) + " -> " + value);
            }
        });
        if (!before.sources().equals(after.sources())) {
            changes.add("sources " + new TreeSet<>(before.sources()) + " -> " + new TreeSet<>(after.sources()));
        }
        return changes.isEmpty() ? "no change" : String.join(", ", changes);
    }

    private Rule rule(DetectionRule rule) {
        RuleSettings settings = em.find(RuleSettings.class, rule);
        return settings == null ? new Rule(RuleConfig.defaults(rule), null, null)
                : new Rule(RuleConfig.of(settings), settings.getUpdatedAt(), settings.getUpdatedBy());
    }
}
