package org.waymark.syslog.parse;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.syslog.api.ParsedSyslog;

/**
 * RFC 3164 (BSD syslog), heuristically, as real receivers read it: {@code <PRI>Mmm dd hh:mm:ss
 * host tag[pid]: text}. The timestamp has no year and no zone: the receiver's year and
 * configured zone complete it (last year, when that would put it more than a day ahead). A
 * missing host is the sender's address; a missing timestamp is the time of receipt. Anything
 * after a valid PRI is accepted: the format has no way to be wrong after that.
 */
public final class Rfc3164 {

    private static final Pattern BSD_TIME = Pattern.compile(
            "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([ 0-3]\\d) (\\d{2}):(\\d{2}):(\\d{2})");
    /** Some senders (rsyslog's high-precision templates) put an RFC 3339 time where RFC 3164 has its own. */
    private static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:%-]{1,255}");
    /** TAG: up to 32 alphanumeric characters (and the punctuation programs use), then [pid] and/or ":". */
    private static final Pattern TAG = Pattern.compile("([A-Za-z0-9_./-]{1,32})(?:\\[([^\\]\\s]{1,128})\\])?:? ?");
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    private Rfc3164() {
    }

    public static Optional<ParsedSyslog> parse(String text, String peerAddress, Instant receivedAt, ZoneId zone) {
        int pri = Priority.read(text, 0);
        if (pri < 0) {
            return Optional.empty();
        }
        String rest = text.substring(text.indexOf('>') + 1);
        Instant timestamp = null;
        Matcher bsd = BSD_TIME.matcher(rest);
        Matcher iso = ISO_TIME.matcher(rest);
        if (bsd.lookingAt()) {
            timestamp = bsdTime(bsd, receivedAt, zone);
            rest = rest.substring(bsd.end());
        } else if (iso.lookingAt()) {
            try {
                timestamp = OffsetDateTime.parse(iso.group()).toInstant();
                rest = rest.substring(iso.end());
            } catch (DateTimeException e) {
                timestamp = null;
            }
        }
        String hostname = peerAddress;
        if (timestamp != null) {
            rest = rest.startsWith(" ") ? rest.substring(1) : rest;
            int space = rest.indexOf(' ');
            String word = space < 0 ? null : rest.substring(0, space);
            // a word followed by more text, that looks like a host and not like a tag, is the host
            if (word != null && HOST.matcher(word).matches() && !word.endsWith(":")) {
                hostname = word;
                rest = rest.substring(space + 1);
            }
        } else {
            timestamp = receivedAt;
        }
        String appName = null;
        String procId = null;
        Matcher tag = TAG.matcher(rest);
        if (tag.lookingAt() && (tag.group().endsWith(":") || tag.group().endsWith(": ") || tag.group(2) != null)) {
            appName = tag.group(1);
            procId = tag.group(2);
            rest = rest.substring(tag.end());
        }
        return Optional.of(new ParsedSyslog(ParsedSyslog.Format.RFC3164, pri / 8, pri % 8, timestamp, hostname, appName, procId, null,
                List.of(), Messages.withoutTrailingNewline(rest)));
    }

    private static Instant bsdTime(Matcher time, Instant receivedAt, ZoneId zone) {
        Month month = Month.valueOf(monthName(time.group(1)));
        int day = Integer.parseInt(time.group(2).strip());
        int year = ZonedDateTime.ofInstant(receivedAt, zone).getYear();
        try {
            Instant candidate = LocalDateTime.of(year, month, day, Integer.parseInt(time.group(3)), Integer.parseInt(time.group(4)),
                    Integer.parseInt(time.group(5))).atZone(zone).toInstant();
            if (candidate.isAfter(receivedAt.plus(FUTURE_TOLERANCE))) {
                // a December message read in January
                candidate = LocalDateTime.of(year - 1, month, day, Integer.parseInt(time.group(3)), Integer.parseInt(time.group(4)),
                        Integer.parseInt(time.group(5))).atZone(zone).toInstant();
            }
            return candidate;
        } catch (DateTimeException e) {
            return receivedAt; // Feb 30, 25:61:00: keep the time of receipt rather than lose the message
        }
    }

    private static String monthName(String abbreviation) {
        for (Month month : Month.values()) {
            if (month.name().substring(0, 3).equalsIgnoreCase(abbreviation)) {
                return month.name();
            }
        }
        throw new IllegalArgumentException(abbreviation.toUpperCase(Locale.ROOT));
    }
}
