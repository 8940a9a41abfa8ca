package org.waymark.syslog.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.waymark.syslog.api.LeefEvent;

/**
 * LEEF inside a syslog message's text. LEEF 1.0: five header fields, attributes separated by
 * tabs. LEEF 2.0: a sixth header field names the separator, as a character or in hex ({@code x5E},
 * {@code 0x5E} or {@code ^}); empty means tab.
 */
public final class Leef {

    private static final int MAX_FORMATS = 64;
    private static final Map<String, DateTimeFormatter> FORMATS = new ConcurrentHashMap<>();

    private Leef() {
    }

    public static Optional<LeefEvent> parse(String text) {
        int start = text.indexOf("LEEF:");
        if (start < 0) {
            return Optional.empty();
        }
        String record = Messages.withoutTrailingNewline(text.substring(start + 5));
        String[] header = record.split("\\|", 7);
        if (header.length < 6) {
            return Optional.empty();
        }
        String version = header[0].strip();
        String attributes;
        char separator = '\t';
        if (version.startsWith("2")) {
            if (header.length < 7) {
                return Optional.empty();
            }
            Optional<Character> declared = separator(header[5]);
            if (declared.isEmpty()) {
                return Optional.empty();
            }
            separator = declared.get();
            attributes = header[6];
        } else if (version.startsWith("1")) {
            attributes = header.length == 7 ? header[5] + "|" + header[6] : header[5];
        } else {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : attributes.split(Pattern.quote(String.valueOf(separator)))) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(pair.substring(0, equals).strip(), pair.substring(equals + 1));
            }
        }
        return Optional.of(new LeefEvent(version, header[1], header[2], header[3], header[4], fields));
    }

    /**
     * LEEF's {@code devTime}: in the record's {@code devTimeFormat} (a Java date pattern, as the
     * LEEF specification defines it), else as CEF writes times; a time without a zone is read in
     * the given one.
     */
    public static Optional<Instant> deviceTime(LeefEvent event, ZoneId zone) {
        String value = event.get("devTime");
        String format = event.get("devTimeFormat");
        if (value == null || value.isBlank() || format == null || format.isBlank()) {
            return Cef.time(value, zone);
        }
        try {
            return Optional.of(ZonedDateTime.from(formatter(format.strip()).withZone(zone).parse(value.strip())).toInstant());
        } catch (DateTimeException | IllegalArgumentException unreadable) {
            // a wrong pattern or a time that does not fit it: the caller takes the syslog header's time
            return Optional.empty();
        }
    }

    /** A source sends the same few formats again and again: each is compiled once (up to a bound, for senders that vary them). */
    private static DateTimeFormatter formatter(String pattern) {
        DateTimeFormatter known = FORMATS.get(pattern);
        if (known != null) {
            return known;
        }
        DateTimeFormatter compiled = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
        if (FORMATS.size() < MAX_FORMATS) {
            FORMATS.put(pattern, compiled);
        }
        return compiled;
    }

    private static Optional<Character> separator(String declared) {
        String value = declared.strip();
        if (value.isEmpty()) {
            return Optional.of('\t');
        }
        if (value.length() == 1) {
            return Optional.of(value.charAt(0));
        }
        String hex = value.startsWith("0x") || value.startsWith("0X") ? value.substring(2) : value.startsWith("x") || value.startsWith("X")
                ? value.substring(1) : null;
        if (hex == null || hex.isEmpty() || hex.length() > 4) {
            return Optional.empty();
        }
        try {
            return Optional.of((char) Integer.parseInt(hex, 16));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
