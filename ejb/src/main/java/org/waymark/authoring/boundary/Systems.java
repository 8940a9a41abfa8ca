package org.waymark.authoring.boundary;

import static org.waymark.access.entity.Permission.SYSTEM_CONFIGURE;
import static org.waymark.access.entity.Permission.SYSTEM_CREATE;
import static org.waymark.access.entity.Permission.SYSTEM_VIEW;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.waymark.access.control.AccessControl;
import org.waymark.access.control.Requires;
import org.waymark.access.control.SignedIn;
import org.waymark.access.control.SystemScope;
import org.waymark.audit.boundary.AuditTrail;
import org.waymark.audit.entity.AuditOutcome;
import org.waymark.authoring.control.ItemCheck;
import org.waymark.authoring.control.SystemKeys;
import org.waymark.authoring.control.UrlPattern;
import org.waymark.authoring.entity.TargetSystem;
import org.waymark.common.boundary.Refusal;
import org.waymark.common.control.BudgetedText;

/**
 * The target web applications content is authored for. Administrators (SYSTEM_CREATE) add them;
 * System Managers configure the ones they are assigned to (SYSTEM_CONFIGURE in that system).
 */
@Stateless
public class Systems {

    /** What a new system publishes to unless its author names other environments. */
    public static final List<String> DEFAULT_ENVIRONMENTS = List.of("test", "production");
    static final int PATTERNS_MAX = 50;
    static final int ENVIRONMENTS_MAX = 10;
    static final int URL_MAX = 2_000;
    /** In the snippet's path: lower case, digits and inner hyphens. */
    private static final Pattern KEY = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");
    private static final Pattern ENVIRONMENT = Pattern.compile("[a-z](?:[a-z0-9-]{0,30}[a-z0-9])?");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    /** What an author gave for a system, checked and trimmed. */
    private record Definition(String name, List<String> urlPatterns, List<String> environments) {
    }

    /** How one pattern fared on an example URL; {@code problem} set when the pattern is broken or too slow. */
    public record PatternTrial(String pattern, boolean matches, String problem) implements Serializable {
    }

    /**
     * @param environments null or empty: {@link #DEFAULT_ENVIRONMENTS}
     * @throws Refusal listing every problem of the input at once, each with the field it is about
     */
    @Requires(SYSTEM_CREATE)
    public TargetSystem create(String key, String name, List<String> urlPatterns, List<String> environments) {
        List<String> problems = new ArrayList<>();
        String checkedKey = key == null ? "" : key.strip();
        if (!KEY.matcher(checkedKey).matches()) {
            problems.add("key: The key is 1 to " + TargetSystem.KEY_MAX + " lower-case letters, digits and inner hyphens, such as crm: it is part of"
                    + " the snippet's address and cannot change later.");
        }
        Definition definition = checked(name, urlPatterns, environments, DEFAULT_ENVIRONMENTS, problems);
        String taken = "A system with the key " + checkedKey + " exists already.";
        if (access.systemIdOf(checkedKey) != null) {
            throw Refusal.conflict(taken);
        }
        TargetSystem system = new TargetSystem(checkedKey, definition.name(), definition.urlPatterns(), definition.environments(),
                access.requireCaller(), Instant.now());
        em.persist(system);
        Refusal.flushUnlessTaken(em, taken);
        audit.record(access.requireCaller(), "system.create", AuditOutcome.SUCCESS, "system " + system.getKey(), describe(system));
        return system;
    }

    /**
     * The key stays: it is in the snippets already pasted into the target application.
     *
     * @param environments null or empty: the system's current ones
     */
    @Requires(SYSTEM_CONFIGURE)
    public TargetSystem change(@SystemScope String key, String name, List<String> urlPatterns, List<String> environments) {
        TargetSystem system = find(key);
        List<String> problems = new ArrayList<>();
        Definition definition = checked(name, urlPatterns, environments, system.getEnvironments(), problems);
        String before = describe(system);
        // EclipseLink rewrites an ordered list row by row, which can collide on (system, position)
        // when entries move: the old lists go first
        system.change(system.getName(), List.of(), List.of(), Instant.now());
        em.flush();
        system.change(definition.name(), definition.urlPatterns(), definition.environments(), Instant.now());
        audit.record(access.requireCaller(), "system.change", AuditOutcome.SUCCESS, "system " + system.getKey(),
                "from " + before + " to " + describe(system));
        return system;
    }

    @Requires(SYSTEM_VIEW)
    public TargetSystem get(@SystemScope String key) {
        return find(key);
    }

    /**
     * Whether a system has this environment: public, since the snippet's loader answers anyone
     * who loads it, and tells no more than a 404 would.
     */
    public boolean hasEnvironment(String key, String environment) {
        return em.createNamedQuery(TargetSystem.BY_KEY, TargetSystem.class).setParameter("key", key).getResultStream().findFirst()
                .map(system -> system.getEnvironments().contains(environment)).orElse(false);
    }

    /** The systems the caller may see (SYSTEM_VIEW there), by name. */
    @SignedIn
    public List<TargetSystem> list() {
        Optional<Set<Long>> visible = access.callerSystemsWith(SYSTEM_VIEW);
        return em.createNamedQuery(TargetSystem.ALL, TargetSystem.class).getResultStream()
                .filter(system -> visible.map(ids -> ids.contains(system.getId())).orElse(true))
                .toList();
    }

    /** The form's live test: which of the patterns take the example URL. Nothing is saved. */
    @SignedIn
    public List<PatternTrial> tryPatterns(List<String> patterns, String url) {
        if (url == null || url.isBlank() || url.length() > URL_MAX) {
            throw Refusal.invalid("Give an example URL of at most " + URL_MAX + " characters.");
        }
        if (patterns == null || patterns.isEmpty() || patterns.size() > PATTERNS_MAX) {
            throw Refusal.invalid("Give 1 to " + PATTERNS_MAX + " URL patterns to try.");
        }
        return patterns.stream().map(pattern -> {
            if (pattern == null || pattern.length() > TargetSystem.PATTERN_MAX) {
                return new PatternTrial(pattern, false, "A URL pattern is 1 to " + TargetSystem.PATTERN_MAX + " characters.");
            }
            try {
                return new PatternTrial(pattern, UrlPattern.parse(pattern).matches(url.strip()), null);
            } catch (IllegalArgumentException e) {
                return new PatternTrial(pattern, false, e.getMessage());
            } catch (BudgetedText.TooSlow e) {
                return new PatternTrial(pattern, false, "The expression backtracks without end on this URL; simplify it.");
            }
        }).toList();
    }

    private TargetSystem find(String key) {
        return SystemKeys.find(em, key);
    }

    /** @param fallback the environments when none are given */
    private static Definition checked(String name, List<String> urlPatterns, List<String> environments, List<String> fallback,
                                      List<String> problems) {
        String checkedName = name == null ? "" : name.strip();
        if (checkedName.isEmpty() || checkedName.length() > TargetSystem.NAME_MAX || ItemCheck.hasUnprintable(checkedName)) {
            problems.add("name: The name is 1 to " + TargetSystem.NAME_MAX + " characters, without control characters or direction overrides.");
        }
        List<String> patterns = urlPatterns == null ? List.of() : urlPatterns.stream().map(p -> p == null ? "" : p.strip()).toList();
        if (patterns.isEmpty() || patterns.size() > PATTERNS_MAX) {
            problems.add("urlPatterns: Give 1 to " + PATTERNS_MAX + " URL patterns: the pages of the application that content may appear on.");
        }
        for (String pattern : patterns) {
            if (pattern.length() > TargetSystem.PATTERN_MAX) {
                problems.add("urlPatterns: A URL pattern is at most " + TargetSystem.PATTERN_MAX + " characters.");
                continue;
            }
            try {
                UrlPattern.parse(pattern);
            } catch (IllegalArgumentException e) {
                problems.add("urlPatterns: " + e.getMessage());
            }
        }
        if (new HashSet<>(patterns).size() < patterns.size()) {
            problems.add("urlPatterns: Each URL pattern once.");
        }
        List<String> names = environments == null || environments.isEmpty() ? fallback
                : environments.stream().map(e -> e == null ? "" : e.strip()).toList();
        if (names.size() > ENVIRONMENTS_MAX) {
            problems.add("environments: A system has at most " + ENVIRONMENTS_MAX + " environments.");
        }
        for (String environment : names) {
            if (!ENVIRONMENT.matcher(environment).matches()) {
                problems.add("environments: The environment '" + environment + "' is not a name of 1 to " + TargetSystem.ENVIRONMENT_MAX
                        + " lower-case letters, digits and inner hyphens, such as staging.");
            }
        }
        if (new HashSet<>(names).size() < names.size()) {
            problems.add("environments: Each environment once.");
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        return new Definition(checkedName, patterns, names);
    }

    private static String describe(TargetSystem system) {
        return system.getName() + ", pages " + String.join(" ", system.getUrlPatterns()) + ", environments "
                + String.join(", ", system.getEnvironments());
    }
}
