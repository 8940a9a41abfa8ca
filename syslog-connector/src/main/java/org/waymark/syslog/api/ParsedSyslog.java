package org.waymark.syslog.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A syslog message taken apart: RFC 5424 strictly, else RFC 3164 heuristically, else kept whole
 * as {@link Format#UNPARSED} (never dropped). Absent fields (RFC 5424's "-") are null.
 *
 * @param facility  0–23, null when unparsed
 * @param severity  0 (emergency) to 7 (debug), null when unparsed
 * @param timestamp for RFC 3164, completed with the receiver's year and zone
 * @param message   the free text after the header (for UNPARSED: the whole input)
 */
public record ParsedSyslog(Format format, Integer facility, Integer severity, Instant timestamp, String hostname, String appName,
                           String procId, String msgId, List<StructuredData> structuredData, String message) implements Serializable {

    /** How the message was understood. */
    public enum Format {
        RFC5424, RFC3164, UNPARSED
    }

    /** One SD-ELEMENT of RFC 5424: an id and its parameters, in order, unescaped. */
    public record StructuredData(String id, List<Param> params) implements Serializable {

        public StructuredData {
            Objects.requireNonNull(id, "id");
            params = List.copyOf(params);
        }
    }

    /** One SD-PARAM. */
    public record Param(String name, String value) implements Serializable {
    }

    public ParsedSyslog {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(message, "message");
        structuredData = structuredData == null ? List.of() : List.copyOf(structuredData);
    }

    public static ParsedSyslog unparsed(String text) {
        return new ParsedSyslog(Format.UNPARSED, null, null, null, null, null, null, null, List.of(), text);
    }
}
