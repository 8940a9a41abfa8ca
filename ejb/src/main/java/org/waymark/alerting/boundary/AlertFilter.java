package org.waymark.alerting.boundary;

import java.time.Instant;
import java.util.Set;
import org.waymark.alerting.entity.AlertStatus;
import org.waymark.alerting.entity.DetectionRule;
import org.waymark.alerting.entity.Severity;

/**
 * Which alerts to list; empty sets and nulls do not filter.
 *
 * @param entity a user, address or host the alert is about, exactly
 * @param from   last seen at or after
 * @param to     first seen before
 */
public record AlertFilter(Set<AlertStatus> statuses, Set<Severity> severities, Set<DetectionRule> rules, String entity, Instant from,
                          Instant to) {

    public AlertFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        severities = severities == null ? Set.of() : Set.copyOf(severities);
        rules = rules == null ? Set.of() : Set.copyOf(rules);
        entity = entity == null || entity.isBlank() ? null : entity.strip();
    }

    public static AlertFilter none() {
        return new AlertFilter(null, null, null, null, null, null);
    }
}
