package org.waymark.alerting.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.waymark.alerting.control.SecurityEvent.Outcome;
import org.waymark.alerting.control.SecurityEvent.Type;
import org.waymark.alerting.entity.DetectionRule;
import org.waymark.configuration.control.Settings;
import org.waymark.syslog.api.Networks;

/**
 * Runs the built-in rules over each security event. Threshold rules slide exact windows over the
 * events' own times (the source's clock, so replayed or delayed syslog counts when it happened);
 * an event later than {@code DAP_ALERT_LATE_SECONDS} behind the newest of its key is too late to
 * count. The windows live in {@link RuleState}, the alerts in the database.
 */
@ApplicationScoped
public class RuleEngine {

    private static final Logger LOG = Logger.getLogger(RuleEngine.class.getName());
    /** Addresses a brute-force alert named, for the success-after-failures rule. */
    private static final String BRUTE_FORCE_SOURCES = "BRUTE_FORCE_SOURCES";

    @Inject
    RuleBook book;

    @Inject
    RuleState state;

    @Inject
    LoginHistory history;

    @Inject
    AlertWriter writer;

    @Inject
    Settings settings;

    private long lateMillis;
    private long outageWaitNanos;

    @PostConstruct
    void configure() {
        lateMillis = settings.getInt("DAP_ALERT_LATE_SECONDS", 300, 0) * 1_000L;
        outageWaitNanos = settings.getInt("DAP_ALERT_OUTAGE_WAIT_SECONDS", 600, 0) * 1_000_000_000L;
    }

    /** @return what the event did to the alerts, for the caller's counts and tests */
    public List<AlertWriter.Written> evaluate(SecurityEvent event) {
        List<AlertWriter.Written> written = new ArrayList<>();
        for (Detection detection : detect(event, book.current())) {
            written.add(write(detection));
        }
        return written;
    }

    /** What the rules find in one event; the windows change, the database does not (but for the sign-in baseline). */
    List<Detection> detect(SecurityEvent event, Map<DetectionRule, RuleConfig> rules) {
        List<Detection> detections = new ArrayList<>();
        String address = normalizeAddress(event.sourceAddress());
        if (event.type() == Type.AUTHENTICATION && event.outcome() == Outcome.FAILURE) {
            failure(event, address, rules, detections::add);
        } else if (event.type() == Type.AUTHENTICATION) {
            success(event, address, rules, detections::add);
        } else if (event.type() == Type.ACCOUNT_CHANGE && event.outcome() == Outcome.SUCCESS) {
            active(rules, DetectionRule.PRIVILEGE_CHANGE, event).ifPresent(rule -> detections.add(new Detection(rule, event, event.user(), null,
                    event.host(), 1, "Account or role change for " + orUnknown(event.user()) + (event.host() == null ? "" : " on " + event.host()))));
        }
        return detections;
    }

    /**
     * A failed sign-in. Up to four windows, one grid operation each: the user's failures, the
     * address's failures (shared by the per-source and the spraying rule when they listen to the
     * same sources: the newest marks serve every threshold up to the number kept), the users the
     * address failed for, and, after a brute force, the address for the success-after rule.
     */
    private void failure(SecurityEvent event, String address, Map<DetectionRule, RuleConfig> rules, Consumer<Detection> detected) {
        long time = event.time().toEpochMilli();
        boolean bruteForce = false;
        RuleConfig account = active(rules, DetectionRule.BRUTE_FORCE_ACCOUNT, event).orElse(null);
        if (account != null && event.user() != null) {
            int needed = account.number("failures");
            int windowSeconds = account.number("windowSeconds");
            Window marks = state.update("ACCOUNT_FAILURES-" + windowSeconds, lifetime(windowSeconds), event.user(),
                    new WindowChange(time, null, needed, lateMillis));
            int count = reached(marks, time, windowSeconds, needed);
            if (count > 0) {
                detected.accept(new Detection(account, event, event.user(), null, null, count, count + " failed sign-ins for "
                        + event.user() + " within " + windowSeconds + " s"));
                bruteForce = true;
            }
        }
        RuleConfig source = active(rules, DetectionRule.BRUTE_FORCE_SOURCE, event).orElse(null);
        RuleConfig spraying = active(rules, DetectionRule.PASSWORD_SPRAYING, event).orElse(null);
        if (address != null) {
            // one window when both rules count the same failures (they listen to the same sources), else one each
            Window shared = source != null && spraying != null && source.sources().equals(spraying.sources())
                    ? addressFailures(List.of(source, spraying), address, time) : null;
            if (source != null) {
                Window failures = shared != null ? shared : addressFailures(List.of(source), address, time);
                int count = reached(failures, time, source.number("windowSeconds"), source.number("failures"));
                if (count > 0) {
                    detected.accept(new Detection(source, event, null, address, null, count, count + " failed sign-ins from "
                            + address + " within " + source.number("windowSeconds") + " s"));
                    bruteForce = true;
                }
            }
            if (spraying != null) {
                Window failures = shared != null ? shared : addressFailures(List.of(spraying), address, time);
                if (event.user() != null) {
                    int windowSeconds = spraying.number("windowSeconds");
                    int usersNeeded = spraying.number("users");
                    Window users = state.update("ADDRESS_USERS-" + windowSeconds, lifetime(windowSeconds), address,
                            new WindowChange(time, event.user(), usersNeeded, lateMillis));
                    int failureCount = reached(failures, time, windowSeconds, spraying.number("failures"));
                    int userCount = reached(users, time, windowSeconds, usersNeeded);
                    if (failureCount > 0 && userCount > 0) {
                        detected.accept(new Detection(spraying, event, null, address, null, failureCount, failureCount
                                + " failed sign-ins for " + userCount + " users from " + address + " within " + windowSeconds + " s"));
                        bruteForce = true;
                    }
                }
            }
        }
        if (bruteForce && address != null) {
            RuleConfig after = rules.get(DetectionRule.SUCCESS_AFTER_FAILURES);
            state.update(BRUTE_FORCE_SOURCES, lifetime(after.number("windowSeconds")), address, new WindowChange(time, null, 1, lateMillis));
        }
    }

    /** Marks a failure in the address window the given rules share; it keeps what the most demanding of them needs. */
    private Window addressFailures(List<RuleConfig> sharing, String address, long time) {
        int keep = sharing.stream().mapToInt(rule -> rule.number("failures")).max().orElseThrow();
        int longest = sharing.stream().mapToInt(rule -> rule.number("windowSeconds")).max().orElseThrow();
        String space = "ADDRESS_FAILURES-" + sharing.stream().map(rule -> rule.rule().name()).collect(Collectors.joining("+")) + "-" + keep
                + "-" + longest + "-" + sharing.get(0).sources().hashCode();
        return state.update(space, lifetime(longest), address, new WindowChange(time, null, keep, lateMillis));
    }

    /**
     * @return the marks within the window ending at the newest (the event among them), if at least
     *         {@code needed}; else 0
     */
    private static int reached(Window marks, long time, int windowSeconds, int needed) {
        long from = Math.max(marks.newest(), time) - windowSeconds * 1_000L;
        int count = marks.countSince(from);
        return time >= from && count >= needed ? count : 0;
    }

    private void success(SecurityEvent event, String address, Map<DetectionRule, RuleConfig> rules, Consumer<Detection> detected) {
        String user = event.user();
        String who = orUnknown(user);
        if (address != null) {
            active(rules, DetectionRule.SUCCESS_AFTER_FAILURES, event).ifPresent(rule -> {
                long time = event.time().toEpochMilli();
                long alerted = state.read(BRUTE_FORCE_SOURCES, lifetime(rule.number("windowSeconds")), address).newest();
                if (alerted != Long.MIN_VALUE && time >= alerted && time - alerted <= rule.number("windowSeconds") * 1_000L) {
                    detected.accept(new Detection(rule, event, user, address, null, 1, "Sign-in of " + who + " from " + address
                            + " after a brute-force alert for that address"));
                }
            });
            active(rules, DetectionRule.OFF_PREMISES, event).ifPresent(rule -> {
                if (!rule.networks("corporateNetworks").contains(Networks.literal(address))) {
                    detected.accept(new Detection(rule, event, user, address, null, 1, "Sign-in of " + who + " from " + address
                            + ", outside the corporate networks"));
                }
            });
            if (user != null) {
                active(rules, DetectionRule.UNKNOWN_ADDRESS, event).ifPresent(rule -> {
                    if (familiarity(user, address, event, rule.number("baselineDays")) == LoginHistory.Familiarity.UNKNOWN) {
                        detected.accept(new Detection(rule, event, user, address, null, 1, "Sign-in of " + user + " from " + address
                                + ", not seen for this user within " + rule.number("baselineDays") + " days"));
                    }
                });
            }
        }
        active(rules, DetectionRule.OFF_HOURS, event).ifPresent(rule -> {
            ZonedDateTime local = event.time().atZone(rule.zone("timeZone"));
            boolean businessDay = rule.days("days").contains(local.getDayOfWeek()) && !rule.dates("holidays").contains(local.toLocalDate());
            boolean businessHours = !local.toLocalTime().isBefore(rule.time("start")) && local.toLocalTime().isBefore(rule.time("end"));
            if (!businessDay || !businessHours) {
                detected.accept(new Detection(rule, event, user, null, null, 1, "Sign-in of " + who + " at " + local.toLocalDateTime()
                        + " " + local.getZone() + ", outside business hours"));
            }
        });
    }

    /** A clash with another node recording the same new address fails the first try; the second finds the row. */
    private LoginHistory.Familiarity familiarity(String user, String address, SecurityEvent event, int baselineDays) {
        return waitingOutOutages(() -> {
            try {
                return history.remember(user, address, event.time(), Duration.ofDays(baselineDays));
            } catch (EJBException clash) {
                if (DatabaseOutage.causes(clash)) {
                    throw clash;
                }
                return history.remember(user, address, event.time(), Duration.ofDays(baselineDays));
            }
        });
    }

    /**
     * Another thread or node raising the same alert at the same moment makes one insert fail on the
     * suppression key (or the database pick a deadlock victim): the next attempt finds the alert and joins it.
     */
    private AlertWriter.Written write(Detection detection) {
        return waitingOutOutages(() -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    return writer.write(detection);
                } catch (EJBException clash) {
                    if (attempt == 3 || DatabaseOutage.causes(clash)) {
                        throw clash;
                    }
                    LOG.log(Level.FINE, "Writing an alert again after a clash", clash);
                }
            }
        });
    }

    /**
     * Runs a database step of the rules, waiting out a database outage for up to
     * {@code DAP_ALERT_OUTAGE_WAIT_SECONDS}. Only the step runs again, never the rules before it,
     * so no window counts an event twice; meanwhile the syslog listener that delivered the event
     * waits too, which holds TCP senders back instead of losing their messages.
     */
    private <T> T waitingOutOutages(Supplier<T> step) {
        boolean waiting = false;
        long giveUpAt = 0;
        long pauseMillis = 100;
        while (true) {
            try {
                return step.get();
            } catch (RuntimeException failure) {
                if (!DatabaseOutage.causes(failure)) {
                    throw failure;
                }
                long now = System.nanoTime();
                if (!waiting) {
                    waiting = true;
                    giveUpAt = now + outageWaitNanos;
                    LOG.warning(() -> "The database cannot be reached; the alert rules wait for it up to "
                            + outageWaitNanos / 1_000_000_000L + " s: " + failure);
                }
                if (now - giveUpAt >= 0) {
                    throw failure;
                }
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw failure;
                }
                pauseMillis = Math.min(pauseMillis * 2, 5_000);
            }
        }
    }

    private static Optional<RuleConfig> active(Map<DetectionRule, RuleConfig> rules, DetectionRule rule, SecurityEvent event) {
        RuleConfig config = rules.get(rule);
        return config.enabled() && config.listensTo(event.host(), event.application()) ? Optional.of(config)
                : Optional.empty();
    }

    /** Windows outlive their length by the lateness allowed, so a late event still finds its company. */
    private Duration lifetime(int windowSeconds) {
        return Duration.ofSeconds(windowSeconds).plusMillis(lateMillis);
    }

    private static String orUnknown(String text) {
        return text == null ? "an unknown user" : text;
    }

    /** An IP literal in one spelling; null for anything else. */
    static String normalizeAddress(String address) {
        InetAddress literal = Networks.literal(address);
        return literal == null ? null : literal.getHostAddress();
    }
}
