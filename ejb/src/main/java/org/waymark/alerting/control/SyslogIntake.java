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

    private final Map<String, LongAdder> receivedBySource = new ConcurrentHashMap<>();

    public void accept(SyslogMessage message) {
        receivedBySource.computeIfAbsent(message.protocol() + " " + message.peerAddress(), source -> new LongAdder()).increment();
    }

    /** Messages received per source ({@code protocol address}) since start. */
    public Map<String, Long> receivedBySource() {
        Map<String, Long> snapshot = new TreeMap<>();
        receivedBySource.forEach((source, count) -> snapshot.put(source, count.sum()));
        return snapshot;
    }
}
