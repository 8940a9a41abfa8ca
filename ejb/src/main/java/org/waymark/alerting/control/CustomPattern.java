package org.waymark.alerting.control;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.waymark.alerting.control.SecurityEvent.Outcome;
import org.waymark.alerting.control.SecurityEvent.Type;
import org.waymark.common.control.BudgetedText;

/**
 * An analyst's extractor, compiled: a regular expression whose named groups {@code user},
 * {@code ip} and {@code outcome} fill a security event. The expression runs on every received
 * message, so each match has a budget of character reads: an expression that backtracks
 * catastrophically on some line fails that line instead of stalling the intake.
 */
public final class CustomPattern {

    /** Character reads one match may make: far beyond any sane expression on a 64 KiB line. */
    static final long BUDGET = 2_000_000;
    private static final Set<String> GROUPS = Set.of("user", "ip", "outcome");

    private final Pattern pattern;
    private final Type type;
    private final Outcome fixedOutcome;
    private final String application;

    private CustomPattern(Pattern pattern, Type type, Outcome fixedOutcome, String application) {
        this.pattern = pattern;
        this.type = type;
        this.fixedOutcome = fixedOutcome;
        this.application = application;
    }

    /**
     * @param outcome     SUCCESS or FAILURE for every match, or null when the expression has an {@code outcome} group
     * @param application only messages of this application; null: every message
     * @throws IllegalArgumentException saying what is wrong, for the analyst
     */
    public static CustomPattern compile(String expression, String type, String outcome, String application) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("Write a regular expression.");
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(expression);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Not a regular expression: " + e.getDescription() + " near position " + e.getIndex() + ".");
        }
        Map<String, Integer> groups = pattern.namedGroups();
        for (String group : groups.keySet()) {
            if (!GROUPS.contains(group)) {
                throw new IllegalArgumentException("The named group " + group + " means nothing here: use user, ip and outcome.");
            }
        }
        if (!groups.containsKey("user") && !groups.containsKey("ip")) {
            throw new IllegalArgumentException("Name at least a user, (?<user>…), or an address, (?<ip>…).");
        }
        Type eventType;
        try {
            eventType = Type.valueOf(type == null ? "" : type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The event type is AUTHENTICATION, ACCOUNT_CHANGE or PRIVILEGE_USE.");
        }
        Outcome fixed = null;
        if (outcome != null && !outcome.isBlank()) {
            try {
                fixed = Outcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The outcome is SUCCESS or FAILURE.");
            }
        }
        if (fixed == null && !groups.containsKey("outcome")) {
            throw new IllegalArgumentException("Capture the outcome, (?<outcome>…), or choose SUCCESS or FAILURE for every match.");
        }
        return new CustomPattern(pattern, eventType, fixed, application == null || application.isBlank() ? null : application.strip());
    }

    /**
     * @return the event the line describes; empty when the line does not match, comes from another
     *         application, or its outcome word is neither a success nor a failure
     * @throws BudgetedText.TooSlow when the match ran out of its budget
     */
    public Optional<SecurityEvent> extract(String line, Instant time, String host, String lineApplication, String raw) {
        if (application != null && !application.equals(lineApplication)) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(new BudgetedText(line, BUDGET));
        if (!m.find()) {
            return Optional.empty();
        }
        Outcome outcome = fixedOutcome != null ? fixedOutcome : outcome(m.group("outcome"));
        if (outcome == null) {
            return Optional.empty();
        }
        Map<String, Integer> groups = pattern.namedGroups();
        String user = groups.containsKey("user") ? blankToNull(m.group("user")) : null;
        String ip = groups.containsKey("ip") ? blankToNull(m.group("ip")) : null;
        return Optional.of(new SecurityEvent(time, host, lineApplication, type, outcome, user, ip, raw));
    }

    /** The words systems use: "Accepted", "success", "OK", "allowed" / "Failed", "denied", "rejected", "invalid". */
    static Outcome outcome(String word) {
        String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        if (w.startsWith("succ") || w.startsWith("accept") || w.equals("ok") || w.startsWith("allow") || w.startsWith("pass")
                || w.equals("granted")) {
            return Outcome.SUCCESS;
        }
        if (w.startsWith("fail") || w.startsWith("den") || w.startsWith("reject") || w.startsWith("invalid") || w.equals("bad")
                || w.startsWith("refuse")) {
            return Outcome.FAILURE;
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
