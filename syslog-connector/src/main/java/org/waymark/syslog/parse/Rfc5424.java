package org.waymark.syslog.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.waymark.syslog.api.ParsedSyslog;
import org.waymark.syslog.api.ParsedSyslog.Param;
import org.waymark.syslog.api.ParsedSyslog.StructuredData;

/**
 * RFC 5424, strictly: a message that breaks the grammar anywhere is not RFC 5424 (and goes on
 * to the RFC 3164 heuristics). Written by hand as a single forward scan, because the grammar is
 * small and every receiver thread parses every message; a parser generator would add a
 * dependency to the adapter for less control over what counts as broken.
 */
public final class Rfc5424 {

    private static final char NIL = '-';
    private static final String NIL_TEXT = "-";
    private static final String BOM = "\uFEFF";

    private final String text;
    private int at;

    private Rfc5424(String text) {
        this.text = text;
    }

    public static Optional<ParsedSyslog> parse(String text) {
        try {
            return Optional.of(new Rfc5424(text).message());
        } catch (Broken e) {
            return Optional.empty();
        }
    }

    private ParsedSyslog message() {
        int pri = Priority.read(text, 0);
        if (pri < 0) {
            throw new Broken();
        }
        at = text.indexOf('>') + 1;
        expect('1');
        space();
        Instant timestamp = timestamp();
        space();
        String hostname = field(255);
        space();
        String appName = field(48);
        space();
        String procId = field(128);
        space();
        String msgId = field(32);
        space();
        List<StructuredData> structuredData = structuredData();
        String message = "";
        if (at < text.length()) {
            expect(' ');
            message = text.substring(at);
            if (message.startsWith(BOM)) {
                message = message.substring(1);
            }
        }
        return new ParsedSyslog(ParsedSyslog.Format.RFC5424, pri / 8, pri % 8, timestamp, hostname, appName, procId, msgId,
                structuredData, Messages.withoutTrailingNewline(message));
    }

    /**
     * FULL-DATE "T" PARTIAL-TIME [SECFRAC of 1–6 digits] TIME-OFFSET ("Z" or ±hh:mm), upper case
     * only. Read by hand, position by position: this runs for every message received, and a
     * regular expression or a DateTimeFormatter costs more than the rest of the parse.
     */
    private Instant timestamp() {
        String value = token();
        if (value.equals(NIL_TEXT)) {
            return null;
        }
        int length = value.length();
        if (length < 20 || value.charAt(4) != '-' || value.charAt(7) != '-' || value.charAt(10) != 'T' || value.charAt(13) != ':'
                || value.charAt(16) != ':') {
            throw new Broken();
        }
        int at = 19;
        int nanos = 0;
        if (value.charAt(at) == '.') {
            int digits = 0;
            at++;
            while (at < length && isDigit(value.charAt(at)) && digits < 6) {
                nanos = nanos * 10 + (value.charAt(at) - '0');
                digits++;
                at++;
            }
            if (digits == 0) {
                throw new Broken();
            }
            for (int i = digits; i < 9; i++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset;
        if (at == length - 1 && value.charAt(at) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (at == length - 6 && (value.charAt(at) == '+' || value.charAt(at) == '-') && value.charAt(at + 3) == ':') {
            int sign = value.charAt(at) == '-' ? -1 : 1;
            try {
                offset = ZoneOffset.ofHoursMinutes(sign * digits(value, at + 1, 2), sign * digits(value, at + 4, 2));
            } catch (DateTimeException e) {
                throw new Broken();
            }
        } else {
            throw new Broken();
        }
        try {
            return LocalDateTime.of(digits(value, 0, 4), digits(value, 5, 2), digits(value, 8, 2), digits(value, 11, 2),
                    digits(value, 14, 2), digits(value, 17, 2), nanos).toInstant(offset);
        } catch (DateTimeException e) {
            throw new Broken();
        }
    }

    private static int digits(String value, int from, int count) {
        int number = 0;
        for (int i = from; i < from + count; i++) {
            char c = value.charAt(i);
            if (!isDigit(c)) {
                throw new Broken();
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A header field: "-" for none, or 1..max printable US-ASCII characters. */
    private String field(int max) {
        String value = token();
        if (value.length() > max) {
            throw new Broken();
        }
        for (int i = 0; i < value.length(); i++) {
            if (!printable(value.charAt(i))) {
                throw new Broken();
            }
        }
        return value.equals(NIL_TEXT) ? null : value;
    }

    private List<StructuredData> structuredData() {
        if (at < text.length() && text.charAt(at) == NIL) {
            at++;
            return List.of();
        }
        List<StructuredData> elements = new ArrayList<>();
        do {
            elements.add(element());
        } while (at < text.length() && text.charAt(at) == '[');
        return elements;
    }

    private StructuredData element() {
        expect('[');
        String id = name();
        List<Param> params = new ArrayList<>();
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
            String name = name();
            expect('=');
            expect('"');
            params.add(new Param(name, quoted()));
        }
        expect(']');
        return new StructuredData(id, params);
    }

    /** SD-NAME: 1–32 printable characters except = space ] and ". */
    private String name() {
        int start = at;
        while (at < text.length() && printable(text.charAt(at)) && "= ]\"".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        if (at == start || at - start > 32) {
            throw new Broken();
        }
        return text.substring(start, at);
    }

    /** PARAM-VALUE up to the closing quote; \" \\ and \] stand for the character, any other \ for itself. */
    private String quoted() {
        StringBuilder value = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\' && at < text.length() && "\"\\]".indexOf(text.charAt(at)) >= 0) {
                value.append(text.charAt(at++));
            } else {
                value.append(c);
            }
        }
        throw new Broken();
    }

    private String token() {
        int start = at;
        while (at < text.length() && text.charAt(at) != ' ') {
            at++;
        }
        if (at == start) {
            throw new Broken();
        }
        return text.substring(start, at);
    }

    private void space() {
        expect(' ');
    }

    private void expect(char c) {
        if (at >= text.length() || text.charAt(at) != c) {
            throw new Broken();
        }
        at++;
    }

    private static boolean printable(int c) {
        return c >= 33 && c <= 126;
    }

    /** Control flow of the scan, not an error: the text is not RFC 5424. */
    private static final class Broken extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Broken() {
            super(null, null, false, false);
        }
    }
}
