package org.waymark.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.waymark.alerting.boundary.DetectionRules;
import org.waymark.alerting.control.RuleConfig;
import org.waymark.alerting.entity.DetectionRule;
import org.waymark.alerting.entity.Severity;
import org.waymark.common.boundary.Refusal;

/** The built-in alert rules and their settings. */
@Path("alert-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlertRulesResource {

    public record ParameterView(String name, String kind, String value, String defaultValue, String description) {
    }

    public record RuleView(String id, String title, String technique, boolean enabled, String severity, String defaultSeverity,
                           int suppressionSeconds, List<ParameterView> parameters, Set<String> sources, Instant updatedAt,
                           String updatedBy) {

        static RuleView of(DetectionRules.Rule rule) {
            RuleConfig config = rule.config();
            DetectionRule id = config.rule();
            return new RuleView(id.name(), id.title(), id.technique(), config.enabled(), config.severity().name(), id.defaultSeverity().name(),
                    config.suppressionSeconds(), id.parameters().stream()
                            .map(p -> new ParameterView(p.name(), p.kind().name(), config.parameters().get(p.name()), p.defaultValue(),
                                    p.description()))
                            .toList(),
                    config.sources(), rule.updatedAt(), rule.updatedBy());
        }
    }

    /** What to change; fields left out keep their values. */
    public record Change(Boolean enabled, Severity severity, Integer suppressionSeconds, Map<String, String> parameters, Set<String> sources) {
    }

    @Inject
    DetectionRules rules;

    @GET
    public List<RuleView> list() {
        return rules.list().stream().map(RuleView::of).toList();
    }

    @GET
    @Path("{id}")
    public RuleView find(@PathParam("id") String id) {
        return RuleView.of(rules.find(rule(id)));
    }

    @PUT
    @Path("{id}")
    public RuleView change(@PathParam("id") String id, Change change) {
        if (change == null) {
            throw Refusal.invalid("The body holds what to change: enabled, severity, suppressionSeconds, parameters, sources.");
        }
        return RuleView.of(rules.change(rule(id), change.enabled(), change.severity(), change.suppressionSeconds(), change.parameters(),
                change.sources()));
    }

    private static DetectionRule rule(String id) {
        try {
            return DetectionRule.valueOf(id.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.notFound("There is no rule " + id + ".");
        }
    }
}
