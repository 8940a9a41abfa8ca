package org.waymark.alerting.control;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.alerting.control.SecurityEvent.Outcome;
import org.waymark.alerting.control.SecurityEvent.Type;
import org.waymark.syslog.api.CefEvent;
import org.waymark.syslog.api.ParsedSyslog;
import org.waymark.syslog.api.SyslogMessage;
import org.waymark.syslog.parse.Cef;

/**
 * The built-in extractors: they read security events out of OpenSSH, Linux PAM, sudo, the shadow
 * utilities and CEF authentication records. A message none of them understands yields nothing
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
    private static final Set<String> AUTH_WORDS = Set.of("login", "logon", "auth", "authentication", "signin", "sign-in", "log in");

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
            return cefAuthentication(cef.get(), zone, host, time, message.text());
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

    /** A CEF record about a sign-in: its name, class or action says so, and it has an outcome. */
    static Optional<SecurityEvent> cefAuthentication(CefEvent event, ZoneId zone, String host, Instant received, String raw) {
        String what = (event.name() + " " + event.signatureId() + " " + nullToEmpty(event.get("act")) + " "
                + nullToEmpty(event.get("cat"))).toLowerCase(Locale.ROOT);
        String outcome = nullToEmpty(event.get("outcome")).strip().toLowerCase(Locale.ROOT);
        if (AUTH_WORDS.stream().noneMatch(what::contains) || outcome.isEmpty()) {
            return Optional.empty();
        }
        Outcome result = outcome.startsWith("success") || outcome.equals("allowed") || outcome.equals("allow") ? Outcome.SUCCESS
                : outcome.startsWith("fail") || outcome.equals("denied") || outcome.equals("deny") ? Outcome.FAILURE
                : null;
        if (result == null) {
            return Optional.empty();
        }
        String user = event.get("duser") != null ? event.get("duser") : event.get("suser");
        return Optional.of(new SecurityEvent(Cef.receiptTime(event, zone).orElse(received),
                event.get("dvchost") != null ? event.get("dvchost") : host, event.deviceProduct(), Type.AUTHENTICATION, result, user,
                event.get("src"), raw));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
