package org.waymark.alerting.control;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.waymark.alerting.entity.DetectionRule.Parameter;
import org.waymark.syslog.api.Networks;

/** Reads a rule parameter's text as its kind says; the one place where parameter values are checked. */
public final class RuleParameters {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private RuleParameters() {
    }

    /**
     * @return the typed value: Integer, Networks, Set of DayOfWeek, LocalTime, ZoneId or Set of LocalDate
     * @throws IllegalArgumentException with a message for the analyst, naming the parameter
     */
    public static Object parse(Parameter parameter, String text) {
        String value = text == null ? "" : text.strip();
        try {
            return switch (parameter.kind()) {
                // a window keeps as many marks as its threshold: the cap bounds each window's size
                case COUNT -> number(value, 1, 10_000);
                case SECONDS -> number(value, 1, 86_400);
                case DAYS -> number(value, 1, 3_650);
                case NETWORKS -> {
                    Networks networks = Networks.parse(value);
                    if (networks.isEmpty()) {
                        throw new IllegalArgumentException("name at least one network");
                    }
                    yield networks;
                }
                case DAYS_OF_WEEK -> {
                    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                    for (String day : items(value)) {
                        days.add(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)));
                    }
                    if (days.isEmpty()) {
                        throw new IllegalArgumentException("no day");
                    }
                    yield days;
                }
                case TIME -> LocalTime.parse(value, TIME);
                case TIME_ZONE -> ZoneId.of(value);
                case DATES -> {
                    Set<LocalDate> dates = new TreeSet<>();
                    for (String date : items(value)) {
                        dates.add(LocalDate.parse(date));
                    }
                    yield dates;
                }
            };
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException(parameter.name() + ": " + hint(parameter.kind(), value, e), e);
        }
    }

    /** The text stored for a valid value, in one spelling: "monday,Friday" and "MONDAY, FRIDAY" are one setting. */
    public static String normalize(Parameter parameter, String text) {
        Object value = parse(parameter, text);
        return switch (parameter.kind()) {
            case DAYS_OF_WEEK -> ((Set<?>) value).stream().map(Object::toString).collect(Collectors.joining(", "));
            case DATES -> ((Set<?>) value).stream().map(Object::toString).collect(Collectors.joining(", "));
            case TIME -> ((LocalTime) value).format(TIME);
            default -> text.strip();
        };
    }

    private static Set<String> items(String value) {
        Set<String> items = new TreeSet<>();
        for (String item : value.split("[,\\s]+")) {
            if (!item.isBlank()) {
                items.add(item);
            }
        }
        return items;
    }

    private static int number(String value, int min, int max) {
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number", e);
        }
        if (number < min || number > max) {
            throw new IllegalArgumentException("must be from " + min + " to " + max);
        }
        return number;
    }

    private static String hint(Parameter.Kind kind, String value, RuntimeException e) {
        String problem = "'" + value + "' is not valid";
        return switch (kind) {
            case COUNT, SECONDS, DAYS -> e.getMessage() != null && e.getMessage().startsWith("must") ? e.getMessage() : problem + ": a whole number";
            case NETWORKS -> e.getMessage();
            case DAYS_OF_WEEK -> problem + ": days such as MONDAY, TUESDAY, at least one";
            case TIME -> problem + ": a time such as 07:30";
            case TIME_ZONE -> problem + ": a time zone such as Europe/Berlin or UTC";
            case DATES -> problem + ": dates such as 2026-12-25, 2027-01-01";
        };
    }
}
