package org.waymark.alerting.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.waymark.syslog.api.ParsedSyslog;
import org.waymark.syslog.api.SyslogMessage;

/**
 * The entrance of received syslog into the application: counts what each source sent. The alert
 * rules attach here.
 */
@ApplicationScoped
public class SyslogIntake {

    /** UDP sources can be spoofed at will: beyond this many, they share one counter. */
    static final int MAX_SOURCES = 4096;
    static final String OTHER_SOURCES = "other sources";

    private final Map<String, LongAdder> receivedBySource = new ConcurrentHashMap<>();
    private final Map<ParsedSyslog.Format, LongAdder> receivedByFormat = new EnumMap<>(ParsedSyslog.Format.class);

    public SyslogIntake() {
        for (ParsedSyslog.Format format : ParsedSyslog.Format.values()) {
            receivedByFormat.put(format, new LongAdder());
        }
    }

    public void accept(SyslogMessage message) {
        String source = message.protocol() + " " + message.peerAddress();
        LongAdder counter = receivedBySource.get(source);
        if (counter == null) {
            counter = receivedBySource.size() < MAX_SOURCES
                    ? receivedBySource.computeIfAbsent(source, ignored -> new LongAdder())
                    : receivedBySource.computeIfAbsent(OTHER_SOURCES, ignored -> new LongAdder());
        }
        counter.increment();
        receivedByFormat.get(message.parsed().format()).increment();
    }

    /** Messages received per format (RFC 5424, RFC 3164, unparsed) since start. */
    public Map<ParsedSyslog.Format, Long> receivedByFormat() {
        Map<ParsedSyslog.Format, Long> snapshot = new EnumMap<>(ParsedSyslog.Format.class);
        receivedByFormat.forEach((format, count) -> snapshot.put(format, count.sum()));
        return snapshot;
    }

    /** Messages received per source ({@code protocol address}) since start. */
    public Map<String, Long> receivedBySource() {
        Map<String, Long> snapshot = new TreeMap<>();
        receivedBySource.forEach((source, count) -> snapshot.put(source, count.sum()));
        return snapshot;
    }
}
