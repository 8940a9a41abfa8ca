package org.waymark.alerting.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.waymark.audit.entity.AuditEvent;
import org.waymark.configuration.control.Settings;
import org.waymark.syslog.api.ParsedSyslog;
import org.waymark.syslog.api.SyslogMessage;

/**
 * The entrance of security events into the application: counts the formats of what the syslog
 * listeners deliver (the adapter counts per listener and sender), keeps the latest unparsed
 * messages, counts the security events read out of syslog and out of this product's own audit
 * trail, and hands those to the alert rules.
 */
@ApplicationScoped
public class SyslogIntake {

    private static final Logger LOG = Logger.getLogger(SyslogIntake.class.getName());

    /** How many of the latest unparsed messages are kept for analysts to look at, and how much of each. */
    static final int UNPARSED_KEPT = 100;
    static final int UNPARSED_TEXT_MAX = 2_048;

    /** A message neither RFC 5424 nor RFC 3164: where it came from and what it said. */
    public record Unparsed(Instant receivedAt, String source, String text, boolean truncated) {
    }

    /** The latest unparsed messages, newest last; guarded by itself. */
    private final Deque<Unparsed> unparsed = new ArrayDeque<>(UNPARSED_KEPT);
    private final Map<ParsedSyslog.Format, LongAdder> receivedByFormat = new EnumMap<>(ParsedSyslog.Format.class);
    private final Map<String, LongAdder> securityEvents = new ConcurrentHashMap<>();
    private final LongAdder ruleFailures = new LongAdder();

    @Inject
    RuleEngine rules;

    @Inject
    ExtractorBook extractors;

    private ManagedExecutorService executor;

    @Inject
    Settings settings;

    /** The zone of times written without one (CEF's text form of rt). */
    private ZoneId zone = ZoneOffset.UTC;

    @PostConstruct
    void configure() {
        try {
            // looked up, not injected: resource injection does not reach CDI beans in a library jar of the Micro WAR
            executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        } catch (NamingException e) {
            throw new IllegalStateException("The server offers no default managed executor", e);
        }
        zone = settings.get("DAP_SYSLOG_TIME_ZONE").map(ZoneId::of).orElse(ZoneOffset.UTC);
    }

    public SyslogIntake() {
        for (ParsedSyslog.Format format : ParsedSyslog.Format.values()) {
            receivedByFormat.put(format, new LongAdder());
        }
    }

    /**
     * @return false when the database did not take an alert the message raised (counted and logged);
     *         a message no extractor reads, or one an extractor fails on, counts as handled
     */
    public boolean accept(SyslogMessage message) {
        receivedByFormat.get(message.parsed().format()).increment();
        if (message.parsed().format() == ParsedSyslog.Format.UNPARSED) {
            keepUnparsed(message.protocol() + " " + message.peerAddress(), message);
        }
        Optional<SecurityEvent> event;
        try {
            event = Extractors.extract(message, zone).or(() -> extractors.extract(message));
        } catch (RuntimeException e) {
            // one message's trouble must not undo the delivery of its batch, nor be sent again for ever
            ruleFailures.increment();
            LOG.log(Level.WARNING, "A syslog message from " + message.peerAddress() + " could not be read for security events: " + e, e);
            return true;
        }
        if (event.isEmpty()) {
            return true;
        }
        count(event.get());
        return evaluate(event.get());
    }

    /**
     * This product's own audit records, once committed: no network round trip. The rules run on a
     * managed thread of their own, so that a sign-in does not wait for them.
     */
    void auditRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditEvent event) {
        AuditEvents.toSecurityEvent(event, AuditEvents.APPLICATION).ifPresent(security -> {
            count(security);
            executor.execute(() -> evaluate(security));
        });
    }

    private void keepUnparsed(String source, SyslogMessage message) {
        String text = message.text();
        boolean longer = text.length() > UNPARSED_TEXT_MAX;
        Unparsed kept = new Unparsed(message.receivedAt(), source, longer ? text.substring(0, UNPARSED_TEXT_MAX) : text,
                longer || message.truncated());
        synchronized (unparsed) {
            if (unparsed.size() == UNPARSED_KEPT) {
                unparsed.removeFirst();
            }
            unparsed.addLast(kept);
        }
    }

    /** The latest messages no syslog format fitted (on this node), newest first, each cut to 2 KiB. */
    public List<Unparsed> recentUnparsed() {
        synchronized (unparsed) {
            return List.copyOf(unparsed.reversed());
        }
    }

    private void count(SecurityEvent event) {
        securityEvents.computeIfAbsent(event.type() + " " + event.outcome(), ignored -> new LongAdder()).increment();
    }

    /** @return false when the database could not take an alert */
    private boolean evaluate(SecurityEvent event) {
        try {
            rules.evaluate(event);
            return true;
        } catch (RuntimeException e) {
            // the database is the record of alerts: when it cannot take one, say so loudly and count it
            ruleFailures.increment();
            LOG.log(Level.WARNING, "The alert rules could not evaluate " + event.type() + " " + event.outcome() + " from "
                    + event.sourceAddress() + ": " + e, e);
            return false;
        }
    }

    /** Messages and security events the extractors or rules failed on since start (the database refused an alert). */
    public long ruleFailures() {
        return ruleFailures.sum();
    }

    /** Security events read out of received syslog and the audit trail, per type and outcome ({@code AUTHENTICATION FAILURE}) since start. */
    public Map<String, Long> securityEvents() {
        Map<String, Long> snapshot = new TreeMap<>();
        securityEvents.forEach((kind, count) -> snapshot.put(kind, count.sum()));
        return snapshot;
    }

    /** Lines an analyst's extractor gave up on since start (too many steps). */
    public long extractorsTooSlow() {
        return extractors.tooSlow();
    }

    /** Messages received per format (RFC 5424, RFC 3164, unparsed) since start. */
    public Map<ParsedSyslog.Format, Long> receivedByFormat() {
        Map<ParsedSyslog.Format, Long> snapshot = new EnumMap<>(ParsedSyslog.Format.class);
        receivedByFormat.forEach((format, count) -> snapshot.put(format, count.sum()));
        return snapshot;
    }
}
