package org.waymark.web.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.waymark.common.boundary.Refusal;

/** Query parameters that the resources read alike. */
final class QueryParameters {

    private QueryParameters() {
    }

    /** An ISO-8601 instant; blank: none. @throws Refusal (400) naming the expected form */
    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("Times are ISO-8601 instants such as 2026-12-04T10:00:00Z, not " + value + ".");
        }
    }

    /** Values of an enumeration, repeated or separated by commas, in any letter case. @throws Refusal (400) listing the names */
    static <E extends Enum<E>> Set<E> values(Class<E> type, String name, List<String> texts) {
        Set<E> values = EnumSet.noneOf(type);
        for (String text : texts == null ? List.<String>of() : texts) {
            for (String value : text.split(",")) {
                if (value.isBlank()) {
                    continue;
                }
                try {
                    values.add(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw Refusal.invalid(name + " is one of " + EnumSet.allOf(type) + ", not " + value.strip() + ".");
                }
            }
        }
        return values;
    }
}
