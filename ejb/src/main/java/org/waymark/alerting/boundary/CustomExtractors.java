package org.waymark.alerting.boundary;

import static org.waymark.access.entity.Permission.RULE_CONFIGURE;
import static org.waymark.access.entity.Permission.SOC_VIEW;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.waymark.access.control.AccessControl;
import org.waymark.access.control.Requires;
import org.waymark.alerting.control.CustomPattern;
import org.waymark.alerting.control.ExtractorBook;
import org.waymark.alerting.control.SecurityEvent;
import org.waymark.alerting.entity.CustomExtractor;
import org.waymark.audit.boundary.AuditTrail;
import org.waymark.audit.entity.AuditOutcome;
import org.waymark.common.boundary.Refusal;
import org.waymark.common.control.BudgetedText;

/** The analysts' own extractors: tried on a sample line, then saved, then applied to every message. */
@Stateless
public class CustomExtractors {

    public static final int SAMPLE_MAX = 8_192;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    @Inject
    ExtractorBook book;

    @Requires(SOC_VIEW)
    public List<CustomExtractor> list() {
        return em.createNamedQuery(CustomExtractor.ALL, CustomExtractor.class).getResultList();
    }

    /**
     * What the extractor makes of a sample line, without saving anything.
     *
     * @return the event, or empty when the line does not match (or its outcome word says neither)
     */
    @Requires(RULE_CONFIGURE)
    public Optional<SecurityEvent> test(String pattern, String type, String outcome, String application, String sample) {
        CustomPattern compiled = compiled(pattern, type, outcome, application);
        if (sample == null || sample.isEmpty() || sample.length() > SAMPLE_MAX) {
            throw Refusal.invalid("Give a sample line of 1 to " + SAMPLE_MAX + " characters.");
        }
        try {
            return compiled.extract(sample, Instant.now(), "sample", application == null || application.isBlank() ? null : application.strip(),
                    sample);
        } catch (BudgetedText.TooSlow e) {
            throw Refusal.invalid("The expression " + e.getMessage() + ": simplify it.");
        }
    }

    /** @param sample a line the extractor must read: none goes live untried */
    @Requires(RULE_CONFIGURE)
    public CustomExtractor add(String name, String pattern, String type, String outcome, String application, String sample) {
        if (name == null || name.isBlank() || name.strip().length() > CustomExtractor.NAME_MAX) {
            throw Refusal.invalid("An extractor needs a name of at most " + CustomExtractor.NAME_MAX + " characters.");
        }
        if (pattern != null && pattern.length() > CustomExtractor.PATTERN_MAX) {
            throw Refusal.invalid("An expression holds at most " + CustomExtractor.PATTERN_MAX + " characters.");
        }
        if (application != null && application.strip().length() > 255) {
            throw Refusal.invalid("An application name holds at most 255 characters.");
        }
        if (test(pattern, type, outcome, application, sample).isEmpty()) {
            throw Refusal.invalid("The extractor does not read the sample line: try it on a line it should read, then save.");
        }
        String taken = "An extractor named " + name.strip() + " exists already.";
        if (list().stream().anyMatch(existing -> existing.getName().equals(name.strip()))) {
            throw Refusal.conflict(taken);
        }
        String caller = access.requireCaller();
        CustomExtractor extractor = new CustomExtractor(name.strip(), pattern, type.strip().toUpperCase(Locale.ROOT),
                outcome == null || outcome.isBlank() ? null : outcome.strip().toUpperCase(Locale.ROOT),
                application == null || application.isBlank() ? null : application.strip(), caller, Instant.now());
        em.persist(extractor);
        Refusal.flushUnlessTaken(em, taken);
        audit.record(caller, "rule.configure", AuditOutcome.SUCCESS, "extractor " + extractor.getName(), "added " + pattern);
        book.changed();
        return extractor;
    }

    @Requires(RULE_CONFIGURE)
    public CustomExtractor setEnabled(long id, boolean enabled) {
        CustomExtractor extractor = find(id);
        extractor.setEnabled(enabled);
        audit.record(access.requireCaller(), "rule.configure", AuditOutcome.SUCCESS, "extractor " + extractor.getName(),
                enabled ? "enabled" : "disabled");
        book.changed();
        return extractor;
    }

    @Requires(RULE_CONFIGURE)
    public void remove(long id) {
        CustomExtractor extractor = find(id);
        em.remove(extractor);
        audit.record(access.requireCaller(), "rule.configure", AuditOutcome.SUCCESS, "extractor " + extractor.getName(), "removed");
        book.changed();
    }

    private static CustomPattern compiled(String pattern, String type, String outcome, String application) {
        try {
            return CustomPattern.compile(pattern, type, outcome, application);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(e.getMessage());
        }
    }

    private CustomExtractor find(long id) {
        CustomExtractor extractor = em.find(CustomExtractor.class, id);
        if (extractor == null) {
            throw Refusal.notFound("There is no extractor " + id + ".");
        }
        return extractor;
    }
}
