package org.waymark.audit.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.waymark.alerting.entity.Alert;
import org.waymark.alerting.entity.Severity;
import org.waymark.audit.entity.AuditEvent;
import org.waymark.audit.entity.AuditOutcome;

/**
 * An audit record, or an alert's news, as ArcSight CEF (version 0) inside an RFC 5424 syslog
 * message, the form SIEMs read without a custom parser. Header fields escape {@code \} and
 * {@code |}; extension values escape {@code \} and {@code =} and write line breaks as
 * {@code \n}/{@code \r}.
 */
public final class CefRecord {

    public static final String VENDOR = "Waymark";
    public static final String PRODUCT = "Waymark";
    public static final String VERSION = "1";
    /** This host's name, for the syslog header of what this node sends. */
    public static final String LOCAL_HOST = localHost();
    /** authpriv: security and authorization messages (RFC 5424, facility 10). */
    private static final int FACILITY = 10;
    /** Actions whose target is a user account: it becomes the CEF destination user. */
    private static final Set<String> ACCOUNT_FAMILIES = Set.of("user", "account", "password", "second-factor");

    private CefRecord() {
    }

    /** The whole syslog message (without transport framing). */
    public static String syslogMessage(AuditEvent event, String hostname, boolean cef) {
        int severity = event.getOutcome() == AuditOutcome.SUCCESS ? 6 : 4; // informational, warning
        return syslogHeader(severity, event.getOccurredAt(), hostname, event.getAction()) + (cef ? cef(event) : plain(event));
    }

    public static String cef(AuditEvent event) {
        StringBuilder cef = cefHeader(event.getAction(), title(event), severity(event));
        extension(cef, "rt", String.valueOf(event.getOccurredAt().toEpochMilli()));
        extension(cef, "externalId", String.valueOf(event.getId()));
        extension(cef, "act", event.getAction());
        extension(cef, "outcome", event.getOutcome().name().toLowerCase(Locale.ROOT));
        extension(cef, "suser", event.getActor());
        if (event.getTarget() != null && ACCOUNT_FAMILIES.contains(family(event.getAction()))) {
            extension(cef, "duser", event.getTarget());
        }
        extension(cef, "src", event.getSourceAddress());
        extension(cef, "requestClientApplication", event.getUserAgent());
        extension(cef, "reason", event.getDetail());
        if (event.getTarget() != null) {
            extension(cef, "cs1Label", "target");
            extension(cef, "cs1", event.getTarget());
        }
        extension(cef, "cs2Label", "chainHash");
        extension(cef, "cs2", event.getHash());
        return cef.toString().stripTrailing();
    }

    /** One line of text: any line break a user typed (a username at a failed login) becomes a space. */
    private static String plain(AuditEvent event) {
        String text = event.getActor() + " " + event.getAction() + " " + event.getOutcome().name().toLowerCase(Locale.ROOT)
                + (event.getTarget() == null ? "" : " target=" + event.getTarget())
                + (event.getSourceAddress() == null ? "" : " src=" + event.getSourceAddress())
                + (event.getDetail() == null ? "" : ": " + event.getDetail())
                + " (audit " + event.getId() + ")";
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * An alert's news (raised, or its severity raised) as a syslog message with a CEF record, for a
     * notification channel: the alert's own fields, where the audit record carries only its summary.
     */
    public static String alertMessage(String action, Alert alert, String hostname) {
        StringBuilder cef = cefHeader(alert.getRule().name(), alert.getRule().title(), severity(alert.getSeverity()));
        extension(cef, "rt", String.valueOf(alert.getLastSeen().toEpochMilli()));
        extension(cef, "start", String.valueOf(alert.getFirstSeen().toEpochMilli()));
        extension(cef, "externalId", String.valueOf(alert.getId()));
        extension(cef, "act", action);
        extension(cef, "cat", alert.getSeverity().name());
        extension(cef, "cnt", String.valueOf(alert.getCount()));
        extension(cef, "duser", alert.getUser());
        extension(cef, "src", alert.getAddress());
        extension(cef, "dhost", alert.getHost());
        extension(cef, "msg", alert.getSummary());
        extension(cef, "cs1Label", "technique");
        extension(cef, "cs1", alert.getTechnique());
        extension(cef, "cs2Label", "status");
        extension(cef, "cs2", alert.getStatus().name());
        int severity = alert.getSeverity().compareTo(Severity.HIGH) >= 0 ? 2 : 4; // critical, warning
        return syslogHeader(severity, Instant.now(), hostname, action) + cef.toString().stripTrailing();
    }

    /** RFC 5424's header up to the message, from this product in the authpriv facility. */
    private static String syslogHeader(int severity, Instant time, String hostname, String messageId) {
        return "<" + (FACILITY * 8 + severity) + ">1 " + time.truncatedTo(ChronoUnit.MICROS) + " " + printable(hostname, 255)
                + " waymark - " + printable(messageId, 32) + " - ";
    }

    /** CEF's header, which every record of this product starts with; the extension follows. */
    private static StringBuilder cefHeader(String signatureId, String name, int severity) {
        return new StringBuilder(256)
                .append("CEF:0|").append(header(VENDOR)).append('|').append(header(PRODUCT)).append('|').append(header(VERSION))
                .append('|').append(header(signatureId)).append('|').append(header(name)).append('|').append(severity).append('|');
    }

    /** A SOC's 0–10 for an alert's severity. */
    static int severity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> 10;
            case HIGH -> 8;
            case MEDIUM -> 5;
            case LOW -> 3;
        };
    }

    /** 0–10: how much a SOC should care. */
    static int severity(AuditEvent event) {
        return switch (event.getAction()) {
            // an alert's detail starts with its severity
            case "alert.raise", "alert.escalate" -> event.getDetail() == null ? 5
                    : Arrays.stream(Severity.values()).filter(level -> event.getDetail().startsWith(level.name())).findFirst()
                    .map(CefRecord::severity).orElse(3);
            case "account.locked" -> 8;
            case "access.denied" -> 6;
            case "login", "login.api-key" -> event.getOutcome() == AuditOutcome.FAILURE ? 5 : 3;
            case "role.approve", "role.revoke", "role.request", "user.disable", "api-key.create", "second-factor.remove",
                 "security-setting.change", "audit.verify" -> event.getOutcome() == AuditOutcome.FAILURE ? 7 : 5;
            default -> event.getOutcome() == AuditOutcome.FAILURE ? 5 : 3;
        };
    }

    private static String title(AuditEvent event) {
        return event.getAction().replace('.', ' ') + " " + event.getOutcome().name().toLowerCase(Locale.ROOT);
    }

    private static String family(String action) {
        int dot = action.indexOf('.');
        return dot < 0 ? action : action.substring(0, dot);
    }

    static String header(String value) {
        return value.replace("\\", "\\\\").replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
    }

    static void extension(StringBuilder cef, String key, String value) {
        if (value == null) {
            return;
        }
        cef.append(key).append('=').append(value.replace("\\", "\\\\").replace("=", "\\=").replace("\n", "\\n").replace("\r", "\\r"))
                .append(' ');
    }

    private static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "-";
        }
    }

    /** RFC 5424 header fields: printable US-ASCII without spaces, or "-". */
    private static String printable(String value, int max) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        StringBuilder text = new StringBuilder(Math.min(value.length(), max));
        value.codePoints().limit(max).forEach(c -> text.append(c > 32 && c < 127 ? (char) c : '_'));
        return text.toString();
    }
}
