package org.waymark.alerting.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
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

    public void accept(SyslogMessage message) {
        String source = message.protocol() + " " + message.peerAddress();
        LongAdder counter = receivedBySource.get(source);
        if (counter == null) {
            counter = receivedBySource.size() < MAX_SOURCES
                    ? receivedBySource.computeIfAbsent(source, ignored -> new LongAdder())
                    : receivedBySource.computeIfAbsent(OTHER_SOURCES, ignored -> new LongAdder());
        }
        counter.increment();
    }

    /** Messages received per source ({@code protocol address}) since start. */
    public Map<String, Long> receivedBySource() {
        Map<String, Long> snapshot = new TreeMap<>();
        receivedBySource.forEach((source, count) -> snapshot.put(source, count.sum()));
        return snapshot;
    }
}
