package org.waymark.syslog.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.waymark.syslog.api.CefEvent;

/**
 * CEF inside a syslog message's text. Header fields end at an unescaped {@code |} and unescape
 * {@code \|} and {@code \\}; extension values run to the next {@code key=} and unescape
 * {@code \=}, {@code \\}, {@code \n} and {@code \r}.
 */
public final class Cef {

    private static final int HEADER_FIELDS = 7;
    private static final DateTimeFormatter RT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("MMM dd yyyy HH:mm:ss")
            .optionalStart().appendPattern(".SSS").optionalEnd()
            .toFormatter(Locale.ROOT);

    private Cef() {
    }

    /** The CEF record in the text, wherever the sender's prefix ends; empty when there is none. */
    public static Optional<CefEvent> parse(String text) {
        int start = text.indexOf("CEF:");
        if (start < 0) {
            return Optional.empty();
        }
        List<String> header = new ArrayList<>(HEADER_FIELDS);
        StringBuilder field = new StringBuilder();
        int at = start + 4;
        while (at < text.length() && header.size() < HEADER_FIELDS) {
            char c = text.charAt(at++);
            if (c == '\\' && at < text.length() && (text.charAt(at) == '|' || text.charAt(at) == '\\')) {
                field.append(text.charAt(at++));
            } else if (c == '|') {
                header.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (header.size() < HEADER_FIELDS) {
            return Optional.empty();
        }
        int version;
        try {
            version = Integer.parseInt(header.get(0).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (version != 0 && version != 1) {
            return Optional.empty();
        }
        return Optional.of(new CefEvent(version, header.get(1), header.get(2), header.get(3), header.get(4), header.get(5),
                severity(header.get(6)), extension(text.substring(at))));
    }

    /** CEF's {@code rt}: epoch milliseconds, or {@code MMM dd yyyy HH:mm:ss[.SSS]} in the given zone. */
    public static Optional<Instant> receiptTime(CefEvent event, ZoneId zone) {
        return time(event.get("rt"), zone);
    }

    /**
     * A time as CEF writes it (and LEEF without a format of its own): epoch milliseconds, or
     * {@code MMM dd yyyy HH:mm:ss[.SSS]} with an optional zone name, else in the given zone.
     */
    static Optional<Instant> time(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.chars().allMatch(Character::isDigit) && value.length() <= 15) {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(value)));
        }
        // "Dec 04 2026 10:00:00" with an optional trailing zone name, as some devices write it
        String[] parts = value.split(" ");
        ZoneId effective = zone;
        if (parts.length == 5) {
            try {
                effective = ZoneId.of(parts[4], ZoneId.SHORT_IDS);
                value = String.join(" ", parts[0], parts[1], parts[2], parts[3]);
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(ZonedDateTime.of(LocalDateTime.parse(value, RT), effective).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static int severity(String value) {
        String severity = value.strip();
        return switch (severity.toLowerCase(Locale.ROOT)) {
            case "unknown" -> -1;
            case "low" -> 3;
            case "medium" -> 6;
            case "high" -> 8;
            case "very-high" -> 10;
            default -> {
                try {
                    int number = Integer.parseInt(severity);
                    yield number >= 0 && number <= 10 ? number : -1;
                } catch (NumberFormatException e) {
                    yield -1;
                }
            }
        };
    }

    /** key=value pairs; a key is the word before an unescaped '=', and a value ends where the next key begins. */
    static Map<String, String> extension(String text) {
        List<int[]> keys = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '=' && !escaped(text, i)) {
                int keyStart = i;
                while (keyStart > 0 && isKeyChar(text.charAt(keyStart - 1))) {
                    keyStart--;
                }
                if (keyStart < i && (keyStart == 0 || text.charAt(keyStart - 1) == ' ')) {
                    keys.add(new int[] {keyStart, i});
                }
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int k = 0; k < keys.size(); k++) {
            int valueStart = keys.get(k)[1] + 1;
            int valueEnd = k + 1 < keys.size() ? keys.get(k + 1)[0] - 1 : text.length();
            String value = valueStart <= valueEnd ? text.substring(valueStart, valueEnd) : "";
            fields.put(text.substring(keys.get(k)[0], keys.get(k)[1]), unescape(Messages.withoutTrailingNewline(value.strip())));
        }
        return fields;
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '.' || c == '[' || c == ']' || c == '-';
    }

    /** Preceded by an odd number of backslashes. */
    private static boolean escaped(String text, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next; // \= \\ and anything else stand for the character
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
