package org.waymark.alerting.entity;

import java.util.List;
import java.util.Optional;

/**
 * The built-in alert rules with their defaults (after Elastic's detection rules and Wazuh's
 * authentication rules). Analysts change the parameters, severity, suppression and sources of a
 * rule; what a rule looks for stays in code.
 */
public enum DetectionRule {

    BRUTE_FORCE_ACCOUNT("Brute force against one account", Severity.HIGH, "T1110.001",
            List.of(Parameter.count("failures", 8, "failed sign-ins for the same user"),
                    Parameter.seconds("windowSeconds", 120, "within this many seconds"))),
    BRUTE_FORCE_SOURCE("Brute force from one source", Severity.HIGH, "T1110",
            List.of(Parameter.count("failures", 12, "failed sign-ins from the same address"),
                    Parameter.seconds("windowSeconds", 160, "within this many seconds"))),
    PASSWORD_SPRAYING("Password spraying", Severity.HIGH, "T1110.003",
            List.of(Parameter.count("users", 10, "distinct users failing from one address"),
                    Parameter.count("failures", 30, "failed sign-ins from that address"),
                    Parameter.seconds("windowSeconds", 300, "within this many seconds"))),
    SUCCESS_AFTER_FAILURES("Success after brute force", Severity.CRITICAL, "T1078, T1110",
            List.of(Parameter.seconds("windowSeconds", 240, "a success this many seconds after a brute-force alert for its address"))),
    UNKNOWN_ADDRESS("Sign-in from an unknown address", Severity.MEDIUM, "T1078",
            List.of(new Parameter("baselineDays", Parameter.Kind.DAYS, "90", "addresses a user signed in from within this many days are known"))),
    OFF_PREMISES("Sign-in from off premises", Severity.MEDIUM, "T1078",
            List.of(new Parameter("corporateNetworks", Parameter.Kind.NETWORKS,
                    "10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 127.0.0.0/8, fc00::/7, ::1/128",
                    "the corporate networks, as IPv4 and IPv6 CIDR blocks"))),
    OFF_HOURS("Sign-in outside business hours", Severity.LOW, "T1078",
            List.of(new Parameter("days", Parameter.Kind.DAYS_OF_WEEK, "MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY", "business days"),
                    new Parameter("start", Parameter.Kind.TIME, "07:00", "business hours start"),
                    new Parameter("end", Parameter.Kind.TIME, "19:00", "business hours end"),
                    new Parameter("timeZone", Parameter.Kind.TIME_ZONE, "UTC", "the time zone of the business hours"),
                    new Parameter("holidays", Parameter.Kind.DATES, "", "days off, as ISO dates such as 2026-12-25"))),
    PRIVILEGE_CHANGE("Privilege change", Severity.MEDIUM, "T1098", List.of());

    /** How long new matches fold into an open alert when no analyst said otherwise. */
    public static final int DEFAULT_SUPPRESSION_SECONDS = 3_600;

    /**
     * A setting of a rule, kept as text.
     *
     * @param name         its key in the REST API and the database
     * @param defaultValue what the rule uses until an analyst changes it
     */
    public record Parameter(String name, Kind kind, String defaultValue, String description) {

        public enum Kind {
            /** A whole number from 1 to 10,000. */
            COUNT,
            /** Seconds, from 1 to one day. */
            SECONDS,
            /** Days, from 1 to ten years. */
            DAYS,
            /** CIDR blocks, at least one. */
            NETWORKS,
            /** Days of the week ({@code MONDAY}), at least one. */
            DAYS_OF_WEEK,
            /** A time of day, {@code HH:mm}. */
            TIME,
            /** An IANA time zone, such as {@code Europe/Berlin}. */
            TIME_ZONE,
            /** ISO dates, possibly none. */
            DATES
        }

        static Parameter count(String name, int value, String description) {
            return new Parameter(name, Kind.COUNT, Integer.toString(value), description);
        }

        static Parameter seconds(String name, int value, String description) {
            return new Parameter(name, Kind.SECONDS, Integer.toString(value), description);
        }
    }

    private final String title;
    private final Severity defaultSeverity;
    private final String technique;
    private final List<Parameter> parameters;

    DetectionRule(String title, Severity defaultSeverity, String technique, List<Parameter> parameters) {
        this.title = title;
        this.defaultSeverity = defaultSeverity;
        this.technique = technique;
        this.parameters = parameters;
    }

    public String title() {
        return title;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** The MITRE ATT&CK technique(s) the rule detects. */
    public String technique() {
        return technique;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(parameter -> parameter.name().equals(name)).findFirst();
    }
}
