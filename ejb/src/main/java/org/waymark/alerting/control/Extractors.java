package org.waymark.alerting.control;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.alerting.control.SecurityEvent.Outcome;
import org.waymark.alerting.control.SecurityEvent.Type;
import org.waymark.syslog.api.CefEvent;
import org.waymark.syslog.api.LeefEvent;
import org.waymark.syslog.api.ParsedSyslog;
import org.waymark.syslog.api.SyslogMessage;
import org.waymark.syslog.parse.Cef;
import org.waymark.syslog.parse.Leef;

/**
 * The built-in extractors: they read security events out of OpenSSH, Linux PAM, sudo, the shadow
 * utilities (accounts and groups created, members added) and CEF and LEEF records of sign-ins and
 * of accounts, memberships and roles created or granted. A message none of them understands yields nothing
 * (it is still counted and kept by the adapter).
 */
public final class Extractors {

    /** An IPv4 or IPv6 address as sshd and PAM print it. */
    private static final String ADDRESS = "(?<ip>[0-9A-Fa-f:.]+)";
    private static final Pattern SSH_FAILED = Pattern.compile(
            "Failed (?:password|publickey|keyboard-interactive/pam|none) for (?:invalid user )?(?<user>\\S+) from " + ADDRESS + " port \\d+");
    private static final Pattern SSH_ACCEPTED = Pattern.compile(
            "Accepted (?:password|publickey|keyboard-interactive/pam|gssapi-with-mic) for (?<user>\\S+) from " + ADDRESS + " port \\d+");
    private static final Pattern SSH_INVALID_USER = Pattern.compile("Invalid user (?<user>\\S*) from " + ADDRESS);
    private static final Pattern PAM_FAILURE = Pattern.compile(
            "pam_unix\\((?<service>[^:)]+):auth\\): authentication failure;.*?rhost=(?<ip>\\S*)(?:\\s+user=(?<user>\\S+))?");
    private static final Pattern SUDO = Pattern.compile(
            "^\\s*(?<user>\\S+) : (?:(?<failed>.*?incorrect password attempts?|user NOT in sudoers) ; )?TTY=.*?COMMAND=");
    private static final Pattern NEW_ACCOUNT = Pattern.compile("new (?:user|group): name=(?<user>[^,\\s]+)");
    /**
     * usermod -aG ("add 'alice' to group 'sudo'"; the line it adds about the shadow group is the
     * same change) and gpasswd -a ("user alice added by root to group sudo").
     */
    private static final Pattern GROUP_ADDED = Pattern.compile(
            "add '(?<user>[^']+)' to group '[^']+'|user (?<member>\\S+) added by \\S+ to group \\S+");
    /** A CEF or LEEF record's name, class or action about a sign-in (whole words: "authorization" is not one). */
    private static final Pattern SIGN_IN = Pattern.compile("\\b(?:log ?in|log ?on|sign[- ]?in|auth|authentication)\\b");
    /**
     * ... or about an account, a membership or a privilege created or granted: "A user account was
     * created", "A member was added to a security-enabled global group", "Role granted", "add user
     * to group", "Created user"; not "Session created for user" nor "File added by user".
     */
    private static final Pattern GRANT = Pattern.compile(
            "\\b(?:user|account|group|member|membership|role|privilege|permission)s?(?:\\s+\\S+){0,3}?\\s+(?:(?:was|were|is|has been)\\s+)?"
                    + "(?:created|added|granted|assigned)\\b"
                    + "|\\b(?:add|added|grant|granted|assign|assigned)\\b.*\\bto\\b.*\\b(?:group|role)s?\\b"
                    + "|\\bcreated?\\s+(?:a\\s+|new\\s+)?(?:user|account)\\b");

    private Extractors() {
    }

    public static Optional<SecurityEvent> extract(SyslogMessage message, ZoneId zone) {
        ParsedSyslog parsed = message.parsed();
        String text = parsed.message();
        String host = parsed.hostname() != null ? parsed.hostname() : message.peerAddress();
        String application = parsed.appName();
        Instant time = parsed.timestamp() != null ? parsed.timestamp() : message.receivedAt();
        // from the raw text: RFC 3164 heuristics read "CEF:" after the host as a program tag
        Optional<CefEvent> cef = Cef.parse(message.text());
        if (cef.isPresent()) {
            return cef(cef.get(), zone, host, time, message.text());
        }
        Optional<LeefEvent> leef = Leef.parse(message.text());
        if (leef.isPresent()) {
            return leef(leef.get(), zone, host, time, message.text());
        }
        Matcher m = match("Failed ", SSH_FAILED, text);
        if (m != null || (m = match("Invalid user ", SSH_INVALID_USER, text)) != null) {
            return Optional.of(new SecurityEvent(time, host, application, Type.AUTHENTICATION, Outcome.FAILURE, m.group("user"), m.group("ip"),
                    message.text()));
        }
        if ((m = match("Accepted ", SSH_ACCEPTED, text)) != null) {
            return Optional.of(new SecurityEvent(time, host, application, Type.AUTHENTICATION, Outcome.SUCCESS, m.group("user"), m.group("ip"),
                    message.text()));
        }
        if ((m = match("authentication failure", PAM_FAILURE, text)) != null) {
            String ip = m.group("ip").isEmpty() ? null : m.group("ip");
            return Optional.of(new SecurityEvent(time, host, application, Type.AUTHENTICATION, Outcome.FAILURE, m.group("user"), ip,
                    message.text()));
        }
        if ("sudo".equals(application) && (m = match("COMMAND=", SUDO, text)) != null) {
            return Optional.of(new SecurityEvent(time, host, application, Type.PRIVILEGE_USE,
                    m.group("failed") == null ? Outcome.SUCCESS : Outcome.FAILURE, m.group("user"), null, message.text()));
        }
        if ((m = match("name=", NEW_ACCOUNT, text)) != null) {
            return Optional.of(new SecurityEvent(time, host, application, Type.ACCOUNT_CHANGE, Outcome.SUCCESS, m.group("user"), null,
                    message.text()));
        }
        if ((m = match(" group ", GROUP_ADDED, text)) != null) {
            String user = m.group("user") != null ? m.group("user") : m.group("member");
            return Optional.of(new SecurityEvent(time, host, application, Type.ACCOUNT_CHANGE, Outcome.SUCCESS, user, null, message.text()));
        }
        return Optional.empty();
    }

    /**
     * The pattern's first match in the text, or null. Most messages are no security event: looking
     * for a literal that every match contains first spares them a matcher, which costs far more.
     */
    private static Matcher match(String literal, Pattern pattern, String text) {
        if (!text.contains(literal)) {
            return null;
        }
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher : null;
    }

    /**
     * A CEF record about a sign-in (its name, class or action says so, and it has an outcome) or
     * about an account, membership or role created or granted.
     */
    static Optional<SecurityEvent> cef(CefEvent event, ZoneId zone, String host, Instant received, String raw) {
        String what = event.name() + " " + event.signatureId() + " " + nullToEmpty(event.get("act")) + " " + nullToEmpty(event.get("cat"));
        String device = event.get("dvchost") != null ? event.get("dvchost") : host;
        String user = event.get("duser") != null ? event.get("duser") : event.get("suser");
        return classify(what, event.get("outcome"), () -> Cef.receiptTime(event, zone).orElse(received), device, event.deviceProduct(), user,
                event.get("src"), raw);
    }

    /**
     * The same for LEEF, whose attributes name the user {@code usrName} and the time {@code devTime}.
     */
    static Optional<SecurityEvent> leef(LeefEvent event, ZoneId zone, String host, Instant received, String raw) {
        String what = event.eventId() + " " + nullToEmpty(event.get("cat"));
        String outcome = event.get("outcome") != null ? event.get("outcome") : event.get("result");
        return classify(what, outcome, () -> Leef.deviceTime(event, zone).orElse(received), host, event.product(), event.get("usrName"),
                event.get("src"), raw);
    }

    /**
     * A sign-in (with an outcome), or an account, membership or privilege created or granted (and
     * not failed). Without an outcome field, a word of the record's name says it: CEF and LEEF have
     * no standard one, and "Failed to add user to group" must not count as a change.
     *
     * @param time read only for an event: most records (traffic) are none, and parsing their time costs
     */
    private static Optional<SecurityEvent> classify(String what, String outcomeField, Supplier<Instant> time, String host,
                                                    String application, String user, String address, String raw) {
        String words = what.toLowerCase(Locale.ROOT);
        Outcome outcome = outcomeField != null && !outcomeField.isBlank() ? outcome(outcomeField) : outcomeIn(words);
        if (SIGN_IN.matcher(words).find()) {
            return outcome == null ? Optional.empty()
                    : Optional.of(new SecurityEvent(time.get(), host, application, Type.AUTHENTICATION, outcome, user, address, raw));
        }
        if (GRANT.matcher(words).find() && outcome != Outcome.FAILURE) {
            return Optional.of(new SecurityEvent(time.get(), host, application, Type.ACCOUNT_CHANGE, Outcome.SUCCESS, user, address, raw));
        }
        return Optional.empty();
    }

    private static Outcome outcomeIn(String words) {
        return words.contains("fail") || words.contains("denied") || words.contains("reject") ? Outcome.FAILURE
                : words.contains("success") ? Outcome.SUCCESS
                : null;
    }

    private static Outcome outcome(String text) {
        String outcome = text.strip().toLowerCase(Locale.ROOT);
        return outcome.startsWith("success") || outcome.equals("allowed") || outcome.equals("allow") ? Outcome.SUCCESS
                : outcome.startsWith("fail") || outcome.equals("denied") || outcome.equals("deny") ? Outcome.FAILURE
                : null;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
