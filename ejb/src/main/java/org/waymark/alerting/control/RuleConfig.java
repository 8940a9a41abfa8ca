package org.waymark.alerting.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.waymark.alerting.entity.DetectionRule;
import org.waymark.alerting.entity.DetectionRule.Parameter;
import org.waymark.alerting.entity.RuleSettings;
import org.waymark.alerting.entity.Severity;
import org.waymark.syslog.api.Networks;

/**
 * A rule as it runs now: the analyst's settings over the defaults, its parameters read once.
 *
 * @param parameters the text of every parameter, defaults included
 * @param sources    host or application names the rule listens to; empty: every source
 */
public record RuleConfig(DetectionRule rule, boolean enabled, Severity severity, int suppressionSeconds, Map<String, String> parameters,
                         Set<String> sources, Map<String, Object> values) {

    public RuleConfig {
        parameters = Map.copyOf(parameters);
        sources = Set.copyOf(sources);
        values = Map.copyOf(values);
    }

    /** @throws IllegalArgumentException naming the first parameter that is not valid */
    public static RuleConfig of(DetectionRule rule, boolean enabled, Severity severity, int suppressionSeconds, Map<String, String> changed,
                                Set<String> sources) {
        Map<String, String> parameters = new HashMap<>();
        Map<String, Object> values = new HashMap<>();
        for (Parameter parameter : rule.parameters()) {
            String text = changed.getOrDefault(parameter.name(), parameter.defaultValue());
            values.put(parameter.name(), RuleParameters.parse(parameter, text));
            parameters.put(parameter.name(), RuleParameters.normalize(parameter, text));
        }
        if (values.get("start") instanceof LocalTime start && values.get("end") instanceof LocalTime end && !start.isBefore(end)) {
            throw new IllegalArgumentException("end: business hours end after they start, on the same day");
        }
        return new RuleConfig(rule, enabled, severity, suppressionSeconds, parameters, sources, values);
    }

    public static RuleConfig defaults(DetectionRule rule) {
        return of(rule, true, rule.defaultSeverity(), DetectionRule.DEFAULT_SUPPRESSION_SECONDS, Map.of(), Set.of());
    }

    public static RuleConfig of(RuleSettings settings) {
        return of(settings.getRule(), settings.isEnabled(), settings.getSeverity(), settings.getSuppressionSeconds(), settings.getParameters(),
                settings.getSources());
    }

    /** Whether the rule looks at events from this host or application. */
    public boolean listensTo(String host, String application) {
        return sources.isEmpty() || host != null && sources.contains(host) || application != null && sources.contains(application);
    }

    int number(String name) {
        return (Integer) value(name);
    }

    Networks networks(String name) {
        return (Networks) value(name);
    }

    @SuppressWarnings("unchecked")
    Set<DayOfWeek> days(String name) {
        return (Set<DayOfWeek>) value(name);
    }

    LocalTime time(String name) {
        return (LocalTime) value(name);
    }

    ZoneId zone(String name) {
        return (ZoneId) value(name);
    }

    @SuppressWarnings("unchecked")
    Set<LocalDate> dates(String name) {
        return (Set<LocalDate>) value(name);
    }

    private Object value(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException(rule + " has no parameter " + name);
        }
        return value;
    }
}
