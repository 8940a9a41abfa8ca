package org.waymark.web.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
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
}
